import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits } from '../../src/match/index.js';
import { computeCoverage } from '../../src/report/index.js';
import { escapeHtml, renderHtmlEdition, safeUrl } from '../../src/render/index.js';
import type { GlossaryEntry } from '../../src/model/glossary.js';

const EVIL = '<script>alert("x")</script>';

function render(md: string, en: Record<string, string>, entries: GlossaryEntry[] = []) {
  const { document } = segmentDocument({ path: 'evil.md', text: md });
  const { units } = matchUnits(document, { file: 'evil.json', entries: new Map(Object.entries(en)) });
  const coverage = computeCoverage([{ source: document, units }]).documents[0];
  return renderHtmlEdition({
    source: document,
    units,
    coverage,
    glossary: { entries },
    findTerms: (text) => entries.filter((e) => text.includes(e.de)).map((e) => ({ term: e.de, surface: e.de, start: text.indexOf(e.de), end: text.indexOf(e.de) + e.de.length, en: e.en })),
    sourceLanguage: 'de',
    targetLanguage: 'en',
    policy: 'mixed',
  });
}

describe('HTML edition escaping (XSS)', () => {
  it('renders a <script> in German, English, title, glossary and front matter as inert text', () => {
    const md = `---\ntitle: Titel ${EVIL}\nsource: "${EVIL.replace(/"/g, '\\"')}"\n---\n\nDas ist ${EVIL} böse. Zweiter Satz " onmouseover="alert(1).\n`;
    const de1 = `Das ist ${EVIL} böse.`;
    const html = render(md, { [de1]: `This is ${EVIL} evil.`, [`Titel ${EVIL}`]: `Title ${EVIL}` }, [
      { de: 'böse', en: [`<img src=x onerror=alert(1)>`], forbidden: [], variants: [], match: 'inflect', note: EVIL },
    ]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/ onmouseover="/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
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
