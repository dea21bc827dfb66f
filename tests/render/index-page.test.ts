// The multi-article index (index.html + index.json): entries from three fixture articles, their order,
// statuses and links; the JSON shape sites read; escaping of every front-matter string; the slug clash.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeCoverage } from '../../src/report/index.js';
import { buildIndexEntries, escapeHtml, findIndexClash, renderIndexFiles, renderIndexPage, type IndexOutputs } from '../../src/render/index.js';
import { editionInput } from './helpers.js';
import { repoRoot } from '../helpers/project.js';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/render/index');
const ALL: IndexOutputs = { html: true, review: true, md: true, json: true };

function fixtureDocuments() {
  return ['alt', 'neu', 'ohne-datum'].map((name) => {
    const md = fs.readFileSync(path.join(FIXTURE, `${name}.md`), 'utf8');
    const en = JSON.parse(fs.readFileSync(path.join(FIXTURE, `${name}.json`), 'utf8')) as Record<string, string>;
    const input = editionInput(md, en, { path: `locales/de/${name}.md` });
    return { source: input.source, units: input.units };
  });
}

function indexOf(documents = fixtureDocuments(), outputs = ALL, interfaceLanguage = 'en') {
  const coverage = computeCoverage(documents);
  const [html, json] = renderIndexFiles({ documents, coverage, outputs, sourceLanguage: 'de-CH', targetLanguage: 'en-GB', interfaceLanguage });
  return { html: html.content, json: JSON.parse(json.content) as Record<string, any>, names: [html.name, json.name] };
}

describe('index entries', () => {
  it('lists every article newest first (undated last) with both titles, date, source, status and coverage', () => {
    const { json, names } = indexOf();
    expect(names).toEqual(['index.html', 'index.json']);
    expect(json.format).toBe('diglot-index/1');
    expect(json.articles.map((a: { slug: string }) => a.slug)).toEqual(['neue-meldung', 'aeltere-meldung', 'ohne-datum']);
    const [neu, alt, undated] = json.articles;
    expect(neu).toMatchObject({ title: { de: 'Neue Meldung mit *Betonung*', en: null }, date: '2025-01-15', source: 'blue News', author: null, status: 'untranslated' });
    expect(neu.coverage).toEqual({ segments: 3, translated: 0, reviewed: 0, stale: 0, fuzzy: 0, missing: 3, percent: 0 });
    expect(alt).toMatchObject({ title: { de: 'Ältere Meldung über «Zölle»', en: 'Older report on “tariffs”' }, date: '2024-03-01', source: 'SRF', author: 'Anna Muster', status: 'partial', path: 'locales/de/alt.md' });
    expect(alt.coverage).toMatchObject({ segments: 3, translated: 2, missing: 1 });
    expect(undated).toMatchObject({ date: null, source: null, status: 'complete', href: 'ohne-datum.html' });
    expect(undated.pages).toEqual({ reader: 'ohne-datum.html', review: 'ohne-datum.review.html', markdown: 'ohne-datum.md', json: 'ohne-datum.json' });
    expect(json.total).toMatchObject({ segments: 8, translated: 4 });
  });

  it('links the reader page, else the review page, else the Markdown, else nothing', () => {
    const docs = fixtureDocuments();
    const href = (outputs: IndexOutputs) => buildIndexEntries(docs.map((d) => ({ ...d, coverage: computeCoverage([d]).documents[0] })), outputs).map((e) => e.href);
    expect(href({ html: false, review: true, md: true, json: true })).toEqual(['neue-meldung.review.html', 'aeltere-meldung.review.html', 'ohne-datum.review.html']);
    expect(href({ html: false, review: false, md: true, json: false })).toEqual(['neue-meldung.md', 'aeltere-meldung.md', 'ohne-datum.md']);
    expect(href({ html: false, review: false, md: false, json: false })).toEqual([null, null, null]);
    const { html } = indexOf(docs, { html: false, review: false, md: false, json: false });
    expect(html).not.toContain('<a href="neue');
    expect(html).toContain('Neue Meldung mit *Betonung*');
  });

  it('renders one list item per article with its link, titles in their languages, badge and coverage, in the interface language', () => {
    const { html } = indexOf();
    expect(html.match(/<li class="index-item"/g)).toHaveLength(3);
    expect(html).toContain('<a href="aeltere-meldung.html"><span lang="de-CH">Ältere Meldung über «Zölle»</span></a>');
    expect(html).toContain('<p class="index-en" lang="en-GB">Older report on “tariffs”</p>');
    expect(html).toContain('English title to follow');
    expect(html).toContain('<time datetime="2024-03-01">2024-03-01</time>');
    expect(html).toContain('index-badge--partial">partly in English<');
    expect(html).toContain('66.7 % translated (2/3)');
    expect(html).toContain('Articles: 3 · 50 % translated (4/8 sentences)');
    // one publication across the articles would be the masthead; these have two
    expect(html).toMatch(/<p class="brand"><span class="kicker">/);
    const de = indexOf(undefined, ALL, 'de').html;
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('66,7 % übersetzt (2/3)');
    expect(de).toContain('teilweise auf Englisch');
  });

  it('allows exactly its own two stylesheets by hash and no script (CSP)', () => {
    const { html } = indexOf();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp.match(/'sha256-[^']+'/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script/i);
  });

  it('renders an empty project as a page that says so', () => {
    const html = renderIndexPage({ entries: [], total: computeCoverage([]).total, sourceLanguage: 'de', targetLanguage: 'en' });
    expect(html).toContain('No articles yet.');
    expect(html).not.toContain('<ol');
  });
});

describe('index escaping', () => {
  it('keeps any front-matter title, source, author and English title inert (property)', () => {
    const nasty = fc.stringMatching(/^[<>"'&a-z ]{1,30}$/).map((s) => `${s}<script>alert(1)</script>"'&`);
    fc.assert(
      fc.property(nasty, nasty, nasty, (title, source, english) => {
        const yamlString = (s: string) => JSON.stringify(s);
        const md = `---\ntitle: ${yamlString(title)}\nsource: ${yamlString(source)}\nauthor: ${yamlString(source)}\ndate: "2024-01-01<b>"\n---\n\nEin Satz.\n`;
        const input = editionInput(md, { [title.trim().replace(/\s+/g, ' ')]: english }, { path: 'a.md' });
        const { html, json } = indexOf([{ source: input.source, units: input.units }]);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toContain('<b>');
        const textOf = (s: string) => s.replace(/<[^>]*>/g, '');
        expect(json.articles).toHaveLength(1);
        // what the reader sees is exactly what was written (as a segment key: whitespace collapsed)
        const de = json.articles[0].title.de as string;
        expect([title.trim(), title.trim().replace(/\s+/g, ' ')]).toContain(de);
        expect(textOf(html)).toContain(escapeHtml(de));
        expect(json.articles[0].source).toBe(source.trim());
      }),
      { numRuns: 40 },
    );
  });
});

describe('index slug clash', () => {
  it('refuses an article with the slug "index" when its reader page or JSON would take the index files', () => {
    const docs = [{ source: { slug: 'index', path: 'locales/de/index.md' } }];
    expect(findIndexClash(docs, ALL)).toMatchObject({ ruleId: 'index-slug-clash', severity: 'error', file: 'locales/de/index.md' });
    expect(findIndexClash(docs, { html: false, review: true, md: true, json: false })).toBeUndefined();
    expect(findIndexClash([{ source: { slug: 'indexe', path: 'a.md' } }], ALL)).toBeUndefined();
  });
});
