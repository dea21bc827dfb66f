// Bracketed URLs and e-mail addresses keep their paragraph in the segments, the edition and the
// resource: `[Quelle: www.srf.ch]`, `[Mail: name@example.org]` and similar forms. diglot's parser reads a
// bare URL as text (no GFM autolink literals); position-less nodes, which that transform made inside
// brackets, are still placed where their text stands by fillPositions (any mdast transform may make them).
import fs from 'node:fs';
import path from 'node:path';
import type { Paragraph, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { fillPositions, spanOf } from '../../src/markdown/positions.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { copyProject, read, repoRoot, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/markdown/autolinks');

describe('bracketed URLs and e-mail addresses', () => {
  it('every form keeps its text, with exact positions (fixture)', () => {
    const text = fs.readFileSync(path.join(FIXTURE, 'input.md'), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8')) as Array<{ key: string; text: string; line: number; column: number }>;
    const { document, diagnostics } = segmentDocument({ path: 'input.md', text });
    expect(diagnostics).toEqual([]);
    expect(document.segments).toHaveLength(expected.length);
    expect(document.segments.map((s) => ({ key: s.key, text: s.text, line: s.line, column: s.column }))).toEqual(expected);
    for (const s of document.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('sync keeps the translation of such a paragraph and the edition shows it', async () => {
    const dir = copyProject('tests/fixtures/sync/basic');
    write(dir, 'locales/de/gipfel.md', `${read(dir, 'locales/de/gipfel.md')}\n[Quelle: www.srf.ch]\n`);
    const resource = JSON.parse(read(dir, 'locales/en/gipfel.json')) as Record<string, string>;
    write(dir, 'locales/en/gipfel.json', JSON.stringify({ ...resource, '[Quelle: www.srf.ch]': '[Source: www.srf.ch]' }, null, 2));
    const sync = await runDiglot(['sync'], { cwd: dir });
    expect(sync.code, sync.stderr).toBe(0);
    expect(JSON.parse(read(dir, 'locales/en/gipfel.json'))['[Quelle: www.srf.ch]']).toBe('[Source: www.srf.ch]');
    expect(fs.existsSync(path.join(dir, '.diglot/locales/en/gipfel.orphans.json'))).toBe(false);
    const build = await runDiglot(['build'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const html = read(dir, 'dist/gipfel.html');
    expect(html).toContain('[Quelle: www.srf.ch]');
    expect(html).toContain('[Source: www.srf.ch]');
  });
});

describe('bare URLs and addresses', () => {
  it('are text, not links: one positioned text node per paragraph', () => {
    const { tree } = parseMarkdown('Sieh www.srf.ch an, https://x.ch/a oder name@example.org.\n\nUnd <https://srf.ch> ist ein Link.\n');
    const [bare, angle] = tree.children as Paragraph[];
    expect(bare.children).toHaveLength(1);
    expect(bare.children[0]).toMatchObject({ type: 'text', value: 'Sieh www.srf.ch an, https://x.ch/a oder name@example.org.', position: { start: { offset: 0 }, end: { offset: 57 } } });
    // CommonMark's own autolink (in angle brackets) stays a link
    expect(angle.children.map((c) => c.type)).toEqual(['text', 'link', 'text']);
  });
});

describe('fillPositions', () => {
  const positionless = (): { tree: Root; para: Paragraph } => {
    const para: Paragraph = {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Sieh ' },
        { type: 'link', url: 'http://www.srf.ch', children: [{ type: 'text', value: 'www.srf.ch' }] },
        { type: 'text', value: ' an.' },
      ],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 21, offset: 20 } },
    };
    return { tree: { type: 'root', children: [para] }, para };
  };

  it('places a run of nodes where their text stands, children included', () => {
    const { tree, para } = positionless();
    fillPositions(tree, 'Sieh www.srf.ch an.\n');
    expect(para.children.map((c) => spanOf(c, 0))).toEqual([[0, 5], [5, 15], [15, 19]]);
    const link = para.children[1] as { children: Paragraph['children'] };
    expect(spanOf(link.children[0], 2)).toEqual([7, 17]);
  });

  it('gives the whole gap when the text cannot be found, so no character is dropped', () => {
    const { tree, para } = positionless();
    fillPositions(tree, 'Ganz anderer Text!!\n');
    expect(para.children.map((c) => spanOf(c, 0))).toEqual([[0, 20], [0, 20], [0, 20]]);
  });

  it('spanOf refuses a node without a position (a bug, not bad input)', () => {
    expect(() => spanOf({ type: 'text', value: 'x' }, 0)).toThrow(/internal: mdast node "text" has no position/);
  });
});
