// Aligned pairs for mining from the two places they live: the project's units that have English
// (German key form, English, file:line:col) and a `diglot align --format json` output file (pairs
// with `deText`/`enText`; 1:0 and 0:1 pairs skipped). Bad JSON is a DiglotError at its line.
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import type { SourceDocument } from '../model/document.js';
import { createLineIndex } from '../util/line-index.js';
import type { MinePair } from './types.js';

/** Units with English of the project's documents → pairs (stale, fuzzy and missing units have none). */
export function pairsFromUnits(documents: ReadonlyArray<{ source: SourceDocument; units: readonly AlignedUnit[] }>): MinePair[] {
  return documents.flatMap((d) =>
    d.units.filter((u) => u.en !== null && u.en.trim() !== '').map((u) => ({ de: u.segment.key, en: u.en as string, where: `${d.source.path}:${u.segment.line}:${u.segment.column}` })),
  );
}

const bad = (file: string, message: string, line?: number): DiglotError =>
  new DiglotError({
    ruleId: 'mine-invalid-input',
    severity: 'error',
    message,
    hint: 'pass the output of `diglot align DE EN --format json` (without --presegmented, so each pair carries deText and enText)',
    file,
    ...(line ? { place: { start: { line, column: 1, offset: 0 } } } : {}),
    source: 'mine',
  });

/** Pairs of a `diglot align --format json` output; the German and English of an n:m pair are joined. */
export function pairsFromAlignJson(text: string, file: string): MinePair[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    throw bad(file, `not valid JSON: ${String((e as Error).message ?? e).split('\n')[0]}`, m ? createLineIndex(text).pointAt(Number(m[1])).line : undefined);
  }
  const pairs = (data as { pairs?: unknown }).pairs;
  if (!Array.isArray(pairs)) throw bad(file, 'no "pairs" list: this is not diglot align output');
  const lines = text.split('\n');
  const out: MinePair[] = [];
  const problems: Diagnostic[] = [];
  pairs.forEach((p: { de?: unknown; en?: unknown; deText?: unknown; enText?: unknown }, i) => {
    const de = p.deText;
    const en = p.enText;
    if (!Array.isArray(de) || !Array.isArray(en)) {
      if (Array.isArray(p.de) && Array.isArray(p.en) && (p.de.length === 0 || p.en.length === 0)) return;
      // diglot align writes one pair per line after the opening line
      problems.push(bad(file, `pair ${i + 1} has no deText/enText`, lines[i + 1]?.startsWith('{') ? i + 2 : undefined).diagnostics[0]);
      return;
    }
    if (!de.length || !en.length) return;
    out.push({ de: de.map(String).join(' '), en: en.map(String).join(' '), where: `${file} pair ${i + 1}` });
  });
  if (problems.length) throw new DiglotError(problems.slice(0, 5));
  return out;
}
