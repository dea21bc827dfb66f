// The publish policy: a section that is not completely translated is never shown half in English.
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits } from '../../src/match/index.js';
import { computeCoverage } from '../../src/report/index.js';
import { renderHtmlEdition, renderMarkdownEdition } from '../../src/render/index.js';
import type { IncompletePolicy } from '../../src/config/index.js';

const md = '---\ntitle: Titel\n---\n\nLede eins.\n\n## Fertig\n\nAlles übersetzt.\n\n## Halb\n\nDieser Satz ja. Dieser nicht.\n';
const en = { Titel: 'Title', 'Lede eins.': 'Lede one.', Fertig: 'Done', 'Alles übersetzt.': 'All translated.', Halb: 'Half', 'Dieser Satz ja.': 'This sentence yes.' };

function build(policy: IncompletePolicy) {
  const { document } = segmentDocument({ path: 'p.md', text: md });
  const { units } = matchUnits(document, { file: 'p.json', entries: new Map(Object.entries(en)) });
  const coverage = computeCoverage([{ source: document, units }]).documents[0];
  const html = renderHtmlEdition({ source: document, units, coverage, glossary: { entries: [] }, findTerms: () => [], sourceLanguage: 'de', targetLanguage: 'en', policy });
  const markdown = renderMarkdownEdition({ source: document, units, coverage, policy });
  return { html, markdown };
}

const section = (html: string, id: string) => /<section[^>]*id="sec-([^"]+)"[^>]*>[\s\S]*?<\/section>/g[Symbol.match](html)?.find((s) => s.includes(`id="sec-${id}"`)) ?? '';

describe('publish policy for incomplete sections', () => {
  it('german-only: the incomplete section shows German, no English at all; complete ones are bilingual', () => {
    const { html, markdown } = build('german-only');
    const half = section(html, 'halb');
    expect(half).toContain('Dieser Satz ja.');
    expect(half).not.toContain('This sentence yes.');
    expect(half).toContain('data-english="withheld"');
    expect(section(html, 'fertig')).toContain('All translated.');
    expect(markdown).not.toContain('This sentence yes.');
    expect(markdown).toContain('All translated.');
  });

  it('hide: the incomplete section is left out', () => {
    const { html, markdown } = build('hide');
    expect(html).not.toContain('Dieser Satz ja.');
    expect(html).toContain('Alles übersetzt.');
    expect(markdown).not.toContain('Dieser Satz ja.');
  });

  it('mixed: shows what there is, with the missing unit marked', () => {
    const { html } = build('mixed');
    expect(html).toContain('This sentence yes.');
    expect(html).toMatch(/data-status="missing"[\s\S]*?Dieser nicht\.[\s\S]*?status--missing/);
  });
});

describe('status badges', () => {
  it('marks English that diglot align paired and nobody reviewed yet', () => {
    const { document } = segmentDocument({ path: 'p.md', text: '---\ntitle: Titel\n---\n\nEin Satz.\n' });
    const { units } = matchUnits(document, { file: 'p.json', entries: new Map(Object.entries({ Titel: 'Title', 'Ein Satz.': 'One sentence.' })) });
    units[1].provenance = { kind: 'align', file: 'p.json', key: 'Ein Satz.' };
    const coverage = computeCoverage([{ source: document, units }]).documents[0];
    const html = renderHtmlEdition({ source: document, units, coverage, glossary: { entries: [] }, findTerms: () => [], sourceLanguage: 'de', targetLanguage: 'en', policy: 'mixed' });
    expect(html).toMatch(/<span class="status status--review"[^>]*>aligned<\/span>One sentence\./);
    units[1].status = 'reviewed';
    const reviewed = renderHtmlEdition({ source: document, units, coverage, glossary: { entries: [] }, findTerms: () => [], sourceLanguage: 'de', targetLanguage: 'en', policy: 'mixed' });
    expect(reviewed).not.toContain('>aligned<');
  });
});
