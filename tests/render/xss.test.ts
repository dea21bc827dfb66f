// Escaping: whatever the German, the English, the glossary or the front matter say, both pages stay
// inert (no markup, script or handler of the input's making), and hrefs never carry a script URL.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHtml, renderHtmlEdition, renderReviewEdition, safeUrl } from '../../src/render/index.js';
import { editionInput, entry } from './helpers.js';

const EVIL = '<script>alert("x")</script>';

function pages(md: string, en: Record<string, string>, entries = [entry('böse', '<img src=x onerror=alert(1)>', { note: EVIL, readerNote: EVIL, audience: 'both' })]) {
  const input = editionInput(md, en, { entries, policy: 'mixed', path: `evil ${EVIL}.md` });
  return [renderHtmlEdition(input), renderReviewEdition(input)];
}

/** Script elements the renderer wrote itself (inline, hashed in the CSP), with their text. */
const scripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe('HTML edition escaping (XSS)', () => {
  it('renders a <script> in German, English, title, glossary notes, file name and front matter as inert text', () => {
    const md = `---\ntitle: Titel ${EVIL}\nsource: "${EVIL.replace(/"/g, '\\"')}"\nauthor: "${EVIL.replace(/"/g, '\\"')}"\n---\n\nDas ist ${EVIL} böse. Zweiter Satz " onmouseover="alert(1).\n`;
    const de1 = `Das ist ${EVIL} böse.`;
    for (const html of pages(md, { [de1]: `This is ${EVIL} evil.`, [`Titel ${EVIL}`]: `Title ${EVIL}` })) {
      expect(html).toContain('class="term"');
      expect(scripts(html).every((s) => !s.includes('alert'))).toBe(true);
      expect(html.replace(/<script>[\s\S]*?<\/script>/g, '')).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/ on[a-z]+="/i);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('turns a javascript: link or image of the article into a harmless one', () => {
    const md = 'Ein [Link](javascript:alert(1)) und ![Bild](javascript:alert(2)) und [gut](https://example.org/?a=1&b=2).\n';
    const key = 'Ein <1>Link</1> und <2/> und <3>gut</3>.';
    for (const html of pages(md, { [key]: 'A <1>link</1> and <2/> and <3>good</3>.' }, [])) {
      expect(html).not.toMatch(/javascript:/i);
      expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
    }
  });

  it('never lets a javascript: URL into an href', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBe('#');
    expect(safeUrl('data:text/html,x')).toBe('#');
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeUrl('../other.html')).toBe('../other.html');
  });

  it('escapeHtml output never contains a raw markup character (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});
