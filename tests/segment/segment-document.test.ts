import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { segmentPlainDocument } from '../../src/segment/segment-plain-document.js';

const seg = (text: string) => segmentDocument({ path: 't.md', text });

describe('Markdown segmentation', () => {
  it('never crosses block boundaries and knows block kinds', () => {
    const { document } = seg('# Titel ohne Punkt\n\nEin Satz. Noch einer\n\n- Punkt eins\n- Punkt zwei. Mit Satz.\n\n| Zelle. Zwei | B |\n|---|---|\n| x | y |\n\n> Zitat. Zwei.\n');
    expect(document.segments.map((s) => [s.block, s.key])).toEqual([
      ['heading', 'Titel ohne Punkt'],
      ['paragraph', 'Ein Satz.'],
      ['paragraph', 'Noch einer'],
      ['list-item', 'Punkt eins'],
      ['list-item', 'Punkt zwei.'],
      ['list-item', 'Mit Satz.'],
      ['table-cell', 'Zelle.'],
      ['table-cell', 'Zwei'],
      ['table-cell', 'B'],
      ['table-cell', 'x'],
      ['table-cell', 'y'],
      ['blockquote', 'Zitat.'],
      ['blockquote', 'Zwei.'],
    ]);
  });

  it('turns inline markup into numbered placeholders with the exact syntax', () => {
    const { document } = seg('Ein *kursiver* und **fetter** [Link](https://x.ch "T") mit `code` und ![Bild](b.png).[^1] Ende.\n\n[^1]: Quelle.\n');
    const s = document.segments[0];
    expect(s.key).toBe('Ein <1>kursiver</1> und <2>fetter</2> <3>Link</3> mit <4/> und <5/>.<6/>');
    expect(s.markup).toEqual([
      { id: 1, type: 'emphasis', paired: true, open: '*', close: '*' },
      { id: 2, type: 'strong', paired: true, open: '**', close: '**' },
      { id: 3, type: 'link', paired: true, open: '[', close: '](https://x.ch "T")', attrs: { href: 'https://x.ch', title: 'T' } },
      { id: 4, type: 'inlineCode', paired: false, open: '`code`', attrs: { code: 'code' } },
      { id: 5, type: 'image', paired: false, open: '![Bild](b.png)', attrs: { src: 'b.png', alt: 'Bild' } },
      { id: 6, type: 'footnoteReference', paired: false, open: '[^1]', attrs: { label: '1' } },
    ]);
    expect(s.text).toBe('Ein *kursiver* und **fetter** [Link](https://x.ch "T") mit `code` und ![Bild](b.png).[^1]');
    expect(document.segments.map((x) => x.key)).toEqual([s.key, 'Ende.', 'Quelle.']);
  });

  it('splits markup that straddles a sentence boundary into balanced pairs', () => {
    const { document } = seg('Vorher. **Satz eins. Satz zwei.** Danach.');
    expect(document.segments.map((s) => [s.text, s.key, s.markup[0]?.attrs?.split])).toEqual([
      ['Vorher.', 'Vorher.', undefined],
      ['**Satz eins.', '<1>Satz eins.</1>', 'head'],
      ['Satz zwei.**', '<1>Satz zwei.</1>', 'tail'],
      ['Danach.', 'Danach.', undefined],
    ]);
  });

  it('resolves escapes and entities, collapses whitespace, drops soft hyphens, keeps NBSP', () => {
    const { document } = seg('Ein \\*Stern\\* &amp; ein\u00ad Trenn\u00adstrich\nüber  zwei Zeilen mit\u00a0NBSP.');
    expect(document.segments[0].key).toBe('Ein *Stern* & ein Trennstrich über zwei Zeilen mit\u00a0NBSP.');
  });

  it('never confuses a literal <1> with a placeholder', () => {
    const { document } = seg('Der Wert \\<1> ist *klein*.');
    expect(document.segments[0].key).toBe('Der Wert <1> ist <2>klein</2>.');
    expect(document.segments[0].markup.map((m) => m.id)).toEqual([2]);
  });

  it('keeps bare URLs as text and reads "Archivbild:KEYSTONE" as text', () => {
    const { document } = seg('Mehr auf www.nzz.ch. Archivbild:KEYSTONE');
    expect(document.segments.map((s) => s.key)).toEqual(['Mehr auf www.nzz.ch.', 'Archivbild:KEYSTONE']);
  });

  it('keeps exact offsets with BOM, CRLF and NFD text', () => {
    const text = '\ufeff---\r\ntitle: Grüße aus Zürich\r\n---\r\n\r\n## Ü\u0308berschrift\r\n\r\nMu\u0308ller kam.\r\nEr ging. Dr. Ka\u0308se blieb.\r\n';
    const { document } = seg(text);
    for (const s of document.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(document.segments.map((s) => s.key)).toEqual(['Grüße aus Zürich', 'Ü\u0308berschrift'.normalize('NFC'), 'Müller kam.', 'Er ging.', 'Dr. Käse blieb.']);
    const last = document.segments[4];
    expect([last.line, last.column]).toEqual([8, 10]);
  });

  it('reports an unclosed quotation as a warning with its place', () => {
    const { diagnostics, document } = seg('Intro.\n\nEr sagte: «Wir kommen. Dann gingen sie.\n');
    expect(document.segments.map((s) => s.key)).toEqual(['Intro.', 'Er sagte: «Wir kommen.', 'Dann gingen sie.']);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'segment-unbalanced-quote', severity: 'warning', place: expect.objectContaining({ start: { line: 3, column: 11, offset: 18 } }) })]);
  });

  it('segments plain text documents by paragraph', () => {
    const text = 'Erster Absatz. Zwei Sätze.\r\n\r\nZweiter Absatz\r\n';
    const { document } = segmentPlainDocument({ path: 'a.txt', text });
    expect(document.segments.map((s) => [s.blockIndex, s.key])).toEqual([
      [0, 'Erster Absatz.'],
      [0, 'Zwei Sätze.'],
      [1, 'Zweiter Absatz'],
    ]);
  });

  it('passes options through (language from front matter, extra abbreviations)', () => {
    const en = seg('---\nlanguage: en\n---\n\nMr. Smith came. He left.\n').document;
    expect(en.lang).toBe('en');
    expect(en.segments.map((s) => s.key)).toEqual(['Mr. Smith came.', 'He left.']);
    const de = segmentDocument({ path: 'a.md', text: 'Das Ressort Inl. Politik berichtet.' }, { abbreviations: ['Inl.'] }).document;
    expect(de.segments).toHaveLength(1);
  });
});
