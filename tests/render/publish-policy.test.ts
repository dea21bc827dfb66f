// The publish policy: a section that is not completely translated is never shown half in English,
// and the reader is told so once per section, in the language of the column that lacks it.
import { describe, expect, it } from 'vitest';
import { renderHtmlEdition, renderMarkdownEdition, renderReviewEdition } from '../../src/render/index.js';
import type { IncompletePolicy } from '../../src/config/index.js';
import { editionInput, elementById } from './helpers.js';

const md = '---\ntitle: Titel\n---\n\nLede eins.\n\n## Fertig\n\nAlles übersetzt.\n\n## Halb\n\nDieser Satz ja. Dieser nicht.\n\nNoch ein Absatz ohne Englisch.\n';
const en = { Titel: 'Title', 'Lede eins.': 'Lede one.', Fertig: 'Done', 'Alles übersetzt.': 'All translated.', Halb: 'Half', 'Dieser Satz ja.': 'This sentence yes.' };

function build(policy: IncompletePolicy) {
  const input = editionInput(md, en, { policy });
  return { html: renderHtmlEdition(input), markdown: renderMarkdownEdition(input), review: renderReviewEdition(input) };
}

const NOTICE = 'This section has not been translated into English yet; it is shown in German.';
const count = (s: string, needle: string) => s.split(needle).length - 1;

describe('publish policy for incomplete sections', () => {
  it('german-only: the incomplete section shows German with one notice, no English at all; complete ones are bilingual', () => {
    const { html, markdown } = build('german-only');
    const half = elementById(html, 'sec-halb');
    expect(half).toContain('Dieser Satz ja.');
    expect(half).toContain('section--withheld');
    expect(half).not.toContain('This sentence yes.');
    expect(count(half, NOTICE)).toBe(1);
    expect(count(html, NOTICE)).toBe(1);
    // the notice sits in the English column, after the section's heading
    expect(half).toMatch(/<h2>[\s\S]*Halb[\s\S]*<div class="en" lang="en"><p class="notice">/);
    expect(elementById(html, 'sec-fertig')).toContain('All translated.');
    expect(markdown).not.toContain('This sentence yes.');
    expect(count(markdown, 'English withheld')).toBe(1);
    expect(markdown).toContain('All translated.');
  });

  it('hide: the incomplete section is left out', () => {
    const { html, markdown } = build('hide');
    expect(html).not.toContain('Dieser Satz ja.');
    expect(html).toContain('Alles übersetzt.');
    expect(markdown).not.toContain('Dieser Satz ja.');
  });

  it('mixed: shows what there is; a sentence without English says so in English', () => {
    const { html } = build('mixed');
    expect(html).toContain('This sentence yes.');
    expect(html).toMatch(/<span class="s notice" data-u="[^"]+">Translation to follow\.<\/span>/);
    expect(html).not.toMatch(/class="[^"]*section--withheld/);
  });

  it('the interface language of the notice follows the column: German notices never appear in the English column', () => {
    const input = editionInput(md, en, { policy: 'german-only' });
    const html = renderHtmlEdition({ ...input, interfaceLanguage: 'de' });
    expect(html).toContain(NOTICE);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Zum Artikel springen');
    const markdown = renderMarkdownEdition({ ...input, interfaceLanguage: 'de' });
    expect(markdown).toContain('> Zweisprachige Ausgabe DE/EN · 75 % übersetzt (6/8 Segmente) · Quelle `article.md`');
    expect(markdown).toContain('*(English withheld: this section is not completely translated)*');
    expect(renderMarkdownEdition({ ...input, policy: 'mixed' })).toMatch(/\*\(missing\)\*/);
  });

  it('the review page shows all English there is and says once which sections readers get in German only', () => {
    const { review } = build('german-only');
    expect(review).toContain('This sentence yes.');
    const half = elementById(review, 'sec-halb');
    expect(count(half, 'English withheld by the publish policy')).toBe(1);
    expect(half).toMatch(/data-status="missing"[\s\S]*?Dieser nicht\.[\s\S]*?status--missing/);
    expect(build('mixed').review).not.toContain('English withheld');
  });
});
