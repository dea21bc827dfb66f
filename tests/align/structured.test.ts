// alignStructured on hand-made articles: headings as anchors, moved and missing captions.
import { describe, expect, it } from 'vitest';
import { alignStructured, type AlignDoc } from '../../src/align/index.js';

const de: AlignDoc = {
  blocks: [
    { kind: 'title', sentences: ['Großbrand in Chemiewerk gelöscht'] },
    { kind: 'caption', sentences: ['Rauch über Rouen am Donnerstag.', 'Foto: Keystone'] },
    { kind: 'paragraph', sentences: ['Der Brand in einem Chemiewerk in Rouen ist gelöscht.', 'Das teilte die Präfektur am Freitag mit.'] },
    { kind: 'heading', sentences: ['Niemand verletzt'] },
    { kind: 'paragraph', sentences: ['Das Feuer war in der Nacht ausgebrochen.', 'Verletzt wurde niemand.'] },
    { kind: 'paragraph', sentences: ['In dem Werk arbeiten rund 400 Menschen.'] },
  ],
};
const en: AlignDoc = {
  blocks: [
    { kind: 'title', sentences: ['Major fire in chemical plant extinguished'] },
    { kind: 'paragraph', sentences: ['The fire at a chemical plant in Rouen has been put out, the prefecture said on Friday.'] },
    { kind: 'heading', sentences: ['Nobody hurt'] },
    { kind: 'paragraph', sentences: ['The fire broke out during the night.', 'Nobody was injured.'] },
    { kind: 'caption', sentences: ['Smoke over Rouen on Thursday.', 'Photo: Keystone'] },
    { kind: 'paragraph', sentences: ['Around 400 people work at the plant.'] },
  ],
};

describe('alignStructured', () => {
  const pairs = alignStructured(de, en);
  const shape = pairs.map((p) => [p.de, p.en]);
  it('aligns the flow monotonically with headings on headings', () => {
    expect(shape).toContainEqual([[0], [0]]);
    expect(shape).toContainEqual([[3, 4], [1]]);
    expect(shape).toContainEqual([[5], [2]]);
    expect(shape).toContainEqual([[6], [3]]);
    expect(shape).toContainEqual([[7], [4]]);
    expect(shape).toContainEqual([[8], [7]]);
  });
  it('matches a caption that moved by its content, sentence by sentence', () => {
    expect(shape).toContainEqual([[1], [5]]);
    expect(shape).toContainEqual([[2], [6]]);
    expect(pairs.find((p) => p.de[0] === 1)?.why[0]).toBe('caption');
  });
  it('covers every sentence once and places caption pairs by the German reading order', () => {
    const flow = pairs.filter((p) => p.why[0] !== 'caption');
    for (const side of ['de', 'en'] as const) {
      const seq = flow.flatMap((p) => p[side]);
      expect(seq).toEqual([...seq].sort((a, b) => a - b));
    }
    const all = pairs.flatMap((p) => p.de).sort((a, b) => a - b);
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pairs.flatMap((p) => p.en).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(pairs.findIndex((p) => p.de[0] === 1)).toBe(1);
  });
  it('leaves a caption without counterpart unaligned', () => {
    const noCaption: AlignDoc = { blocks: en.blocks.filter((b) => b.kind !== 'caption') };
    const p = alignStructured(de, noCaption);
    expect(p.find((x) => x.de[0] === 1)).toMatchObject({ de: [1, 2], en: [] });
  });
  it('keeps the heading a heading even when the English merges the paragraphs around it', () => {
    const merged: AlignDoc = {
      blocks: [
        { kind: 'paragraph', sentences: ['The fire broke out during the night.', 'Nobody was injured.'] },
        { kind: 'heading', sentences: ['Staff'] },
        { kind: 'paragraph', sentences: ['Around 400 people work at the plant.'] },
      ],
    };
    const d: AlignDoc = {
      blocks: [
        { kind: 'paragraph', sentences: ['Das Feuer war in der Nacht ausgebrochen.'] },
        { kind: 'paragraph', sentences: ['Verletzt wurde niemand.'] },
        { kind: 'heading', sentences: ['Mitarbeiter'] },
        { kind: 'paragraph', sentences: ['In dem Werk arbeiten rund 400 Menschen.'] },
      ],
    };
    expect(alignStructured(d, merged).map((p) => [p.de, p.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
  });
});
