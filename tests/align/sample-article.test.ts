// End to end: the sample article against its own English (locales copy in tests/fixtures/align/sample),
// with English sentences merged and split and a caption moved; the gold is known by construction.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignStructured, type AlignDoc } from '../../src/align/index.js';
import { plainDoc, readMarkdownSide } from '../../src/align/markdown-input.js';
import { fixture, runAlign, strictF1, type GoldBead } from './helpers.js';

const deText = fs.readFileSync(fixture('sample', 'de.md'), 'utf8');
const english = JSON.parse(fs.readFileSync(fixture('sample', 'en.json'), 'utf8')) as Record<string, string>;
const de = readMarkdownSide({ path: 'de.md', text: deText }, 'de');

/** The English edition: every third paragraph of 2+ sentences merges its first two, every long sentence with ": " splits there, the first caption moves down one block. */
function buildEnglish(): { doc: AlignDoc; gold: GoldBead[] } {
  const blocks: AlignDoc['blocks'] = [];
  const gold: GoldBead[] = [];
  let g = 0;
  let e = 0;
  let paragraphs = 0;
  const order = de.source.blocks.map((_, k) => k);
  const cap = order.findIndex((k) => de.source.blocks[k].kind === 'caption');
  order.splice(cap, 2, order[cap + 1], order[cap]);
  const firstDe = new Map<number, number>();
  let acc = 0;
  for (const b of de.source.blocks) {
    firstDe.set(b.index, acc);
    acc += b.segments.length;
  }
  for (const k of order) {
    const b = de.source.blocks[k];
    g = firstDe.get(k) as number;
    const sentences: string[] = [];
    const ens = b.segments.map((s) => english[s.key]);
    const merge = b.kind === 'paragraph' && ens.length >= 2 && paragraphs++ % 3 === 0;
    for (let s = 0; s < ens.length; s++) {
      if (merge && s === 0) {
        sentences.push(`${ens[0].replace(/\.$/, ';')} ${ens[1][0].toLowerCase()}${ens[1].slice(1)}`);
        gold.push({ de: [g, g + 1], en: [e++] });
        g += 2;
        s++;
        continue;
      }
      const at = ens[s].indexOf(': ');
      if (b.kind === 'paragraph' && at > 40 && ens[s].length - at > 40) {
        sentences.push(`${ens[s].slice(0, at)}.`, `${ens[s][at + 2].toUpperCase()}${ens[s].slice(at + 3)}`);
        gold.push({ de: [g++], en: [e, e + 1] });
        e += 2;
        continue;
      }
      sentences.push(ens[s]);
      gold.push({ de: [g++], en: [e++] });
    }
    blocks.push({ kind: b.kind, sentences });
  }
  return { doc: { blocks }, gold };
}

describe('the sample article against its own English', () => {
  it('has an English rendering for every German segment (fixture sanity)', () => {
    for (const s of de.source.segments) expect(english[s.key], s.key).toBeTypeOf('string');
  });
  it('recovers merged, split and moved sentences (strict bead F1 ≥ 0.95)', () => {
    const { doc, gold } = buildEnglish();
    expect(gold.some((b) => b.de.length === 2)).toBe(true);
    expect(gold.some((b) => b.en.length === 2)).toBe(true);
    const pairs = alignStructured(plainDoc(de.doc), doc);
    const f1 = strictF1(gold, pairs);
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(pairs.filter((p) => p.review).length).toBeLessThanOrEqual(2);
  });
  it('aligns the Markdown edition end to end through the CLI', async () => {
    const res = await runAlign([fixture('sample', 'de.md'), fixture('sample', 'en.md'), '--format', 'json']);
    expect(res.code).toBe(0);
    const pairs = JSON.parse(res.stdout).pairs as Array<{ deText: string[]; enText: string[] }>;
    const oneToOne = pairs.filter((p) => p.deText.length === 1 && p.enText.length === 1);
    const right = oneToOne.filter((p) => english[p.deText[0]] === p.enText[0]);
    expect(right.length / oneToOne.length).toBeGreaterThanOrEqual(0.95);
    expect(pairs.find((p) => p.deText[0]?.startsWith('Seit dem Beginn'))?.deText).toHaveLength(2);
    expect(pairs.find((p) => p.deText[0]?.startsWith('US-Präsident Donald Trump'))?.enText).toHaveLength(2);
    expect(pairs.find((p) => p.deText[0] === 'Machthaber Trump, Putin.')?.enText).toEqual(['Strongmen Trump and Putin.']);
  });
});
