// Markdown fidelity: links, tables, ordered lists, quotations, footnotes and images come through in
// both languages — in the reader page and in the bilingual Markdown (which must parse back to the
// same structures). Fixtures: tests/fixtures/render/<case>/{input.md, en.json, expected.html, expected.md};
// UPDATE_FIXTURES=1 rewrites the expected files after an intended change.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from 'mdast';
import { renderHtmlEdition, renderMarkdownEdition } from '../../src/render/index.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { repoRoot } from '../helpers/project.js';
import { editionInput } from './helpers.js';

const DIR = path.join(repoRoot, 'tests/fixtures/render');
const CASES = fs.readdirSync(DIR).filter((c) => fs.existsSync(path.join(DIR, c, 'input.md'))).sort();

function render(c: string) {
  const md = fs.readFileSync(path.join(DIR, c, 'input.md'), 'utf8');
  const en = JSON.parse(fs.readFileSync(path.join(DIR, c, 'en.json'), 'utf8')) as Record<string, string>;
  const input = editionInput(md, en, { path: 'input.md' });
  const page = renderHtmlEdition(input);
  const article = page.slice(page.indexOf('<article'), page.indexOf('</article>') + '</article>'.length);
  return { page, article, markdown: renderMarkdownEdition(input), units: input.units };
}

/** Every node of the tree, depth first. */
function nodes(tree: Root): Nodes[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    out.push(n);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(tree);
  return out;
}
const reparse = (markdown: string) => nodes(parseMarkdown(markdown).tree);

describe.each(CASES)('fixture %s', (c) => {
  it('renders the article and the bilingual Markdown exactly as expected', () => {
    const { article, markdown, units } = render(c);
    expect(units.length).toBeGreaterThan(2);
    expect(units.every((u) => u.en !== null), 'every fixture sentence is translated').toBe(true);
    if (process.env.UPDATE_FIXTURES === '1') {
      fs.writeFileSync(path.join(DIR, c, 'expected.html'), `${article}\n`);
      fs.writeFileSync(path.join(DIR, c, 'expected.md'), markdown);
    }
    expect(`${article}\n`).toBe(fs.readFileSync(path.join(DIR, c, 'expected.html'), 'utf8'));
    expect(markdown).toBe(fs.readFileSync(path.join(DIR, c, 'expected.md'), 'utf8'));
  });
});

describe('Markdown fidelity, structure by structure', () => {
  it('links keep their targets and titles, inline, by reference and autolinked, in both languages', () => {
    const { article, markdown } = render('links');
    expect(article).not.toContain('href="#"');
    expect(article.match(/<a href="https:\/\/example\.org\/bericht\?a=1&amp;b=2" title="Der Bericht">/g)).toHaveLength(2);
    expect(article.match(/<a href="https:\/\/example\.org\/dpa" title="Agentur">/g)).toHaveLength(2);
    expect(article.match(/<a href="https:\/\/example\.org\/mehr">/g)).toHaveLength(2);
    const links = reparse(markdown).filter((n) => n.type === 'link' || n.type === 'linkReference');
    expect(links.length).toBe(6);
    const defs = reparse(markdown).filter((n) => n.type === 'definition');
    expect(defs.map((d) => (d as { url: string }).url)).toEqual(['https://example.org/dpa']);
  });

  it('a table keeps its header, columns, alignment and empty cells', () => {
    const { article, markdown } = render('table');
    expect(article.match(/<table>/g)).toHaveLength(2);
    expect(article.match(/<th scope="col"/g)).toHaveLength(6);
    expect(article.match(/<tr>/g)).toHaveLength(6);
    expect(article).toContain('<td class="align-right"></td>');
    expect(article).toContain('<th scope="col" class="align-center"><span class="s" data-u="sc6ec2d10">Trend</span></th>');
    const tables = reparse(markdown).filter((n): n is Extract<Nodes, { type: 'table' }> => n.type === 'table');
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      expect(t.align).toEqual(['left', 'right', 'center']);
      expect(t.children.map((r) => r.children.length)).toEqual([3, 3, 3]);
    }
  });

  it('an ordered list keeps its start number, multi-paragraph items and a nested list', () => {
    const { article, markdown } = render('ordered-list');
    expect(article.match(/<ol start="3">/g)).toHaveLength(2);
    expect(article.match(/<li><p>/g)).toHaveLength(2);
    expect(article.match(/<ul><li>/g)).toHaveLength(2);
    const lists = reparse(markdown).filter((n): n is Extract<Nodes, { type: 'list' }> => n.type === 'list');
    expect(lists.map((l) => [l.ordered, l.start ?? null, l.children.length])).toEqual([[true, 3, 3], [false, null, 1]]);
  });

  it('a block quotation stays one quotation of two paragraphs, its English a quotation inside it', () => {
    const { article, markdown } = render('blockquote');
    expect(article.match(/<blockquote><p>/g)).toHaveLength(2);
    expect(article.match(/<\/p><p>/g)).toHaveLength(2);
    const quotes = reparse(markdown).filter((n): n is Extract<Nodes, { type: 'blockquote' }> => n.type === 'blockquote');
    const outer = quotes.filter((q) => q.children.some((c) => c.type === 'blockquote'));
    expect(outer).toHaveLength(1);
    expect(outer[0].children.map((c) => c.type)).toEqual(['paragraph', 'blockquote', 'paragraph', 'blockquote']);
  });

  it('footnotes keep their labels: references link to one note per label, the note links back', () => {
    const { article, markdown } = render('footnotes');
    expect(article.match(/<a href="#fn-decl" id="fnref-(de|en)-decl(-2)?">decl<\/a>/g)).toHaveLength(4);
    expect(new Set(article.match(/id="[^"]+"/g)).size).toBe(article.match(/id="[^"]+"/g)!.length);
    expect(article).toContain('<div class="pair pair--note" id="fn-decl">');
    expect(article).toContain('<a href="#fnref-en-2" class="fn-back" aria-label="Back to the text">↩</a>');
    const tree = reparse(markdown);
    const defs = tree.filter((n): n is Extract<Nodes, { type: 'footnoteDefinition' }> => n.type === 'footnoteDefinition');
    expect(defs.map((d) => d.label)).toEqual(['decl', '2']);
    // the English sits inside its note, not after it
    expect(defs.every((d) => d.children.some((c) => c.type === 'blockquote'))).toBe(true);
    expect(tree.filter((n) => n.type === 'footnoteReference')).toHaveLength(6);
  });

  it('images: a picture paragraph and its caption make one figure; inline images stay inline; both keep src and alt', () => {
    const { article, markdown } = render('images');
    expect(article.match(/<figure class="figure">/g)).toHaveLength(1);
    expect(article).toMatch(/<figure class="figure"><div class="figure-image" lang="de">[^]*?<img src="https:\/\/example\.org\/helsinki\.jpg" alt="Trump und Putin in Helsinki" title="Foto: Reuters"[^]*?<figcaption class="pair">/);
    expect(article).toContain('<span class="s credit" data-u="s4b4bac2b">Photo: Reuters</span>');
    expect(article.match(/<img src="icons\/pfeil\.svg" alt="Symbol"/g)).toHaveLength(2);
    const images = reparse(markdown).filter((n): n is Extract<Nodes, { type: 'image' }> => n.type === 'image');
    expect(images.map((i) => [i.url, i.alt])).toEqual([['https://example.org/helsinki.jpg', 'Trump und Putin in Helsinki'], ['icons/pfeil.svg', 'Symbol'], ['icons/pfeil.svg', 'Symbol']]);
  });
});
