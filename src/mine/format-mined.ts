// Mining results → YAML ready to paste under a glossary's `terms:` (status proposed; score, counts
// and evidence as comments, which the glossary schema would not accept as keys) or JSON for tools.
import { Document, isMap, isSeq } from 'yaml';
import type { MineResult, MinedCandidate } from './types.js';

const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

function describe(c: MinedCandidate, rank: number): string {
  const alt = c.alternatives.length ? ` · also ${c.alternatives.map((a) => `"${a.en}" ${a.dice}`).join(', ')}` : '';
  const lines = [
    ` ${rank}. score ${c.score} · Dice ${c.dice} · G² ${c.llr} · ${c.cooc} of ${c.count} pairs${c.support ? ` · word list/cognate ${c.support}` : ''}${alt}`,
    ...(c.copied ? [' copied unchanged into the English (a name?): needs no translation decision'] : []),
    ...c.evidence.map((e) => ` ${e.where ? `${e.where}: ` : ''}${clip(oneLine(e.de))} ↔ ${clip(oneLine(e.en))}`),
  ];
  return lines.join('\n');
}

/** `terms:` with the candidates (de, en, status: proposed, pos), then the conflicts as comments. */
export function formatMinedYaml(result: MineResult): string {
  const terms = result.candidates.map((c) => ({ de: c.de, en: c.en, status: 'proposed', ...(c.kind === 'name' ? { pos: 'proper noun' } : c.kind === 'phrase' ? { pos: 'noun phrase' } : { pos: 'noun' }) }));
  const doc = new Document({ terms });
  doc.commentBefore = [
    ` diglot glossary mine: ${result.candidates.length} candidate${result.candidates.length === 1 ? '' : 's'} from ${result.pairs} aligned pairs, best first.`,
    ' Review each, then paste the entries you keep under `terms:` of a glossary file.',
  ].join('\n');
  if (isMap(doc.contents)) {
    const seq = doc.contents.get('terms', true);
    if (isSeq(seq)) seq.items.forEach((item, i) => {
      if (isMap(item)) item.commentBefore = describe(result.candidates[i], i + 1);
    });
  }
  const conflicts = result.conflicts.map((k) =>
    [
      ` conflict: "${k.term}" is approved as ${k.approved.map((a) => `"${a}"`).join(' / ')}, but ${k.unrendered} of ${k.total} aligned pairs lack it; ${k.count} of those use "${k.found}"`,
      ...k.evidence.map((e) => `   ${e.where ? `${e.where}: ` : ''}${clip(oneLine(e.de))} ↔ ${clip(oneLine(e.en))}`),
    ].join('\n'),
  );
  if (conflicts.length) doc.comment = `\n${conflicts.join('\n')}`;
  return doc.toString({ lineWidth: 0 });
}

export function formatMinedJson(result: MineResult): string {
  return `${JSON.stringify({ candidates: result.candidates.map((c, i) => ({ rank: i + 1, ...c })), conflicts: result.conflicts, summary: { pairs: result.pairs, candidates: result.candidates.length, conflicts: result.conflicts.length } }, null, 2)}\n`;
}
