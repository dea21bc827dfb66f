// Structured evaluation cases: WMT20 documents as articles (title, headings, paragraphs of sentences)
// with photo captions taken from FLORES sentence pairs and placed at different positions in the two
// editions, plus English paragraph merges, drops and foreign insertions. Gold is block-level.
import type { AlignDoc } from '../../src/align/index.js';
import { hash, rng, type ParallelDoc } from './cases.js';

export interface StructuredCase {
  id: string;
  de: AlignDoc;
  en: AlignDoc;
  /** Gold links between German and English blocks ("deBlock,enBlock"). */
  goldBlockLinks: Set<string>;
  /** Caption sentence pairs that must be aligned ("deSentence|enSentence", global indices). */
  captionPairs: string[];
}

const DE_SPLIT = /(?<=[.!?][«»"“”)]?)\s+(?=[A-ZÄÖÜ„"«(])/;
const EN_SPLIT = /(?<=[.!?]["”’)]?)\s+(?=[A-Z"“(])/;
const isHeading = (s: string): boolean => s.length < 100 && !/[.!?:"«»“”]$/.test(s.trim());

/** Builds one structured case from a WMT document; `captions` are short FLORES pairs. */
export function structuredCase(doc: ParallelDoc, others: readonly ParallelDoc[], captions: readonly [string, string][], seed: number): StructuredCase {
  const r = rng(hash(`${seed}:structured:${doc.id}`));
  type B = { kind: string; de?: string; en?: string };
  const units: B[] = doc.de.map((d, k) => ({ kind: k === 0 ? 'title' : isHeading(d) ? 'heading' : 'paragraph', de: d, en: doc.en[k] }));
  const deBlocks: Array<{ kind: string; text: string; id: number }> = [];
  const enBlocks: Array<{ kind: string; text: string; ids: number[] }> = [];
  let id = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const x = r();
    const myId = id++;
    deBlocks.push({ kind: u.kind, text: u.de as string, id: myId });
    if (u.kind === 'paragraph' && x < 0.05) continue; // English paragraph dropped
    if (u.kind === 'paragraph' && x < 0.2 && units[k + 1]?.kind === 'paragraph') {
      const next = units[++k];
      const nextId = id++;
      deBlocks.push({ kind: next.kind, text: next.de as string, id: nextId });
      enBlocks.push({ kind: 'paragraph', text: `${u.en} ${next.en}`, ids: [myId, nextId] });
    } else enBlocks.push({ kind: u.kind, text: u.en as string, ids: [myId] });
    if (r() < 0.03) {
      const o = others[Math.floor(r() * others.length)];
      enBlocks.push({ kind: 'paragraph', text: o.en[Math.floor(r() * o.en.length)], ids: [] });
    }
  }
  // one or two captions, each at its own position in either edition (never before the title)
  const nCaptions = 1 + Math.floor(r() * 2);
  for (let c = 0; c < nCaptions; c++) {
    const [cd, ce] = captions[Math.floor(r() * captions.length)];
    const capId = id++;
    deBlocks.splice(1 + Math.floor(r() * deBlocks.length), 0, { kind: 'caption', text: cd, id: capId });
    enBlocks.splice(1 + Math.floor(r() * enBlocks.length), 0, { kind: 'caption', text: ce, ids: [capId] });
  }
  const split = (t: string, re: RegExp, kind: string) => (kind === 'paragraph' ? t.split(re).map((s) => s.trim()).filter(Boolean) : [t]);
  const de: AlignDoc = { blocks: deBlocks.map((b) => ({ kind: b.kind, sentences: split(b.text, DE_SPLIT, b.kind) })) };
  const en: AlignDoc = { blocks: enBlocks.map((b) => ({ kind: b.kind, sentences: split(b.text, EN_SPLIT, b.kind) })) };
  const deIndex = new Map(deBlocks.map((b, k) => [b.id, k]));
  const goldBlockLinks = new Set<string>();
  enBlocks.forEach((b, k) => {
    for (const i of b.ids) goldBlockLinks.add(`${deIndex.get(i)},${k}`);
  });
  const firstSentence = (doc2: AlignDoc, block: number) => doc2.blocks.slice(0, block).reduce((a, b) => a + b.sentences.length, 0);
  const captionPairs: string[] = [];
  enBlocks.forEach((b, k) => {
    if (b.kind !== 'caption') return;
    captionPairs.push(`${firstSentence(de, deIndex.get(b.ids[0]) as number)}|${firstSentence(en, k)}`);
  });
  return { id: doc.id, de, en, goldBlockLinks, captionPairs };
}

/** Block of every global sentence index. */
export function sentenceBlocks(doc: AlignDoc): number[] {
  return doc.blocks.flatMap((b, k) => b.sentences.map(() => k));
}
