// Reads and merges several glossary files into one Glossary. The same term in two files is merged
// when the English agrees (`glossary-duplicate-term`, warning) and reported with both locations when
// it does not (`glossary-conflict`, error; the first definition wins).
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import { readText } from '../util/read-text.js';
import type { Glossary, GlossaryEntry } from '../model/glossary.js';
import { parseGlossary, termKey } from './parse-glossary.js';
import type { TermWaiver } from './types.js';

export interface LoadedGlossaries {
  glossary: Glossary;
  waivers: TermWaiver[];
  diagnostics: Diagnostic[];
  /** `name:` and `description:` of each file read, in order. */
  files: Array<{ file: string; name?: string; description?: string }>;
}

const where = (e: GlossaryEntry): string => (e.origin ? `${e.origin.file}:${e.origin.line}:${e.origin.column}` : '(unknown)');
const placeOf = (e: GlossaryEntry) => (e.origin ? { start: { line: e.origin.line, column: e.origin.column, offset: 0 } } : undefined);
const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x.toLowerCase() === b[i].toLowerCase());
/** A copy whose lists can grow without touching the parsed entry. */
const copyEntry = (e: GlossaryEntry): GlossaryEntry => ({ ...e, en: [...e.en], forbidden: [...e.forbidden], variants: [...e.variants] });
const appendNew = (into: string[], from: readonly string[], same = (a: string, b: string) => a === b): void => {
  for (const x of from) if (!into.some((y) => same(x, y))) into.push(x);
};

/**
 * Merges entries with the same German (ß/ss and case folded), joining their English, forbidden and
 * variant lists in order: what an imported term list with one row per sense needs.
 */
export function mergeSameGerman(list: readonly GlossaryEntry[]): GlossaryEntry[] {
  const byDe = new Map<string, GlossaryEntry>();
  const entries: GlossaryEntry[] = [];
  for (const e of list) {
    const first = byDe.get(termKey(e.de));
    if (!first) {
      const copy = copyEntry(e);
      byDe.set(termKey(e.de), copy);
      entries.push(copy);
      continue;
    }
    appendNew(first.en, e.en, (a, b) => a.toLowerCase() === b.toLowerCase());
    appendNew(first.forbidden, e.forbidden);
    appendNew(first.variants, e.variants);
  }
  return entries;
}

/** Merges parsed entries (in file order) into one list, reporting duplicates and conflicts. */
export function mergeEntries(lists: GlossaryEntry[][]): { entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const byDe = new Map<string, GlossaryEntry>();
  const entries: GlossaryEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const list of lists) {
    for (const e of list) {
      const key = termKey(e.de);
      const first = byDe.get(key);
      if (!first) {
        const copy = copyEntry(e);
        byDe.set(key, copy);
        entries.push(copy);
        continue;
      }
      // Duplicates inside one file were already reported by parseGlossary.
      if (first.origin?.file === e.origin?.file) continue;
      if (sameList(first.en, e.en)) {
        appendNew(first.variants, e.variants);
        appendNew(first.forbidden, e.forbidden);
        diagnostics.push({ ruleId: 'glossary-duplicate-term', severity: 'warning', message: `"${e.de}" is also defined at ${where(first)} (same English; merged)`, file: e.origin?.file, place: placeOf(e), source: 'glossary' });
      } else {
        diagnostics.push({
          ruleId: 'glossary-conflict',
          severity: 'error',
          message: `"${e.de}" has different English here (${e.en.join(', ')}) and at ${where(first)} (${first.en.join(', ')})`,
          hint: `keep one definition; the one at ${where(first)} is used`,
          file: e.origin?.file,
          place: placeOf(e),
          source: 'glossary',
        });
      }
    }
  }
  const owner = new Map<string, GlossaryEntry>();
  for (const e of entries) owner.set(termKey(e.de), e);
  for (const e of entries) {
    for (const v of e.variants) {
      const other = owner.get(termKey(v));
      if (other && other !== e) {
        diagnostics.push({ ruleId: 'glossary-variant-conflict', severity: 'warning', message: `variant "${v}" of "${e.de}" is itself an entry at ${where(other)}`, file: e.origin?.file, place: placeOf(e), source: 'glossary' });
      }
    }
  }
  return { entries, diagnostics };
}

/** Reads, validates and merges glossary files (paths as given, used in messages). */
export function loadGlossaries(files: string[], cwd = process.cwd()): LoadedGlossaries {
  const diagnostics: Diagnostic[] = [];
  const lists: GlossaryEntry[][] = [];
  const waivers: TermWaiver[] = [];
  const read: LoadedGlossaries['files'] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(path.resolve(cwd, file), { file, unreadableRuleId: 'glossary-unreadable', source: 'glossary' });
    } catch (e) {
      if (!(e instanceof DiglotError)) throw e;
      diagnostics.push(...e.diagnostics);
      continue;
    }
    const parsed = parseGlossary(text, file);
    diagnostics.push(...parsed.diagnostics);
    lists.push(parsed.entries);
    waivers.push(...parsed.waivers);
    read.push({ file, ...(parsed.name !== undefined ? { name: parsed.name } : {}), ...(parsed.description !== undefined ? { description: parsed.description } : {}) });
  }
  const merged = mergeEntries(lists);
  diagnostics.push(...merged.diagnostics);
  return { glossary: { entries: merged.entries }, waivers, diagnostics, files: read };
}

/** The project's glossary files: `glossary/*.yaml` (and `*.yml`) under `cwd`, sorted by name. */
export function findProjectGlossaries(cwd: string): string[] {
  const dir = path.join(cwd, 'glossary');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => path.join('glossary', f));
}
