// readSlug knows a source's slug from its front matter alone: the slug segmentDocument gives, and the
// front matter's findings, for any front matter (fences, line endings, a BOM, a bad slug, none).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSlug } from '../../src/project/read-slug.js';
import { segmentDocument } from '../../src/segment/index.js';

const sameAsSegmented = (path: string, text: string) => {
  const seg = segmentDocument({ path, text });
  const read = readSlug({ path, text });
  expect(read.slug).toBe(seg.document.slug);
  expect(read.diagnostics).toEqual(seg.diagnostics.filter((d) => d.ruleId.startsWith('frontmatter-')));
};

describe('readSlug', () => {
  it('reads the slug of the front matter, or the file name', () => {
    expect(readSlug({ path: 'locales/de/wahl.md', text: '---\nslug: wahl-2025\ntitle: Wahl\n---\n\nText.\n' }).slug).toBe('wahl-2025');
    expect(readSlug({ path: 'locales/de/wahl.md', text: 'Kein Vorspann.\n' }).slug).toBe('wahl');
    expect(readSlug({ path: 'locales/de/wahl.md', text: '\uFEFF---\r\nslug: mit-bom\r\n---\r\nText.\r\n' }).slug).toBe('mit-bom');
    const bad = readSlug({ path: 'locales/de/wahl.md', text: '---\nslug: ../../etc\n---\nText.\n' });
    expect(bad.diagnostics.map((d) => d.ruleId)).toContain('frontmatter-invalid-slug');
  });

  it('gives the slug and front-matter findings segmentDocument gives', () => {
    const line = fc.constantFrom('slug: a-b', 'slug: ', 'slug: "x y"', 'slug: ../x', 'title: Titel', 'title: "Zitat: ja"', 'tilte: Tippfehler', 'slug: [1, 2]', 'date: 2024-01-01', '  eingerückt: 1', 'slug: zweiter', '---', '...', ': kaputt', 'text ohne doppelpunkt', '');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    const doc = fc.record({
      bom: fc.boolean(),
      open: fc.constantFrom('---', '--- ', '----', '', '+++'),
      lines: fc.array(line, { maxLength: 6 }),
      close: fc.constantFrom('---', '--- ', '...', '', '---x'),
      body: fc.constantFrom('', 'Ein Satz. Noch einer.', '# Titel\n\nText.', '---\nslug: spaeter\n---'),
      eol,
    });
    fc.assert(
      fc.property(doc, (d) => {
        const text = `${d.bom ? '\uFEFF' : ''}${[d.open, ...d.lines, d.close, d.body].join(d.eol)}${d.eol}`;
        sameAsSegmented('locales/de/artikel.md', text);
      }),
      { numRuns: 400 },
    );
  });
});
