// What the terminal review shows: every line fits the terminal however narrow, words stay whole where
// they fit, the word diff is readable without colour, and colour codes appear only when asked for.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type ProjectResult } from '../../src/project/index.js';
import { collectReviewItems, formatChoices, formatQueueSummary, formatReviewItem, textWidth, wrapSpans, type Painter, type ReviewItem } from '../../src/review/index.js';
import { copyProject } from '../helpers/project.js';

const plain: Painter = (text) => text;
const ansi: Painter = (text, c) => `\u001b[${c === 'red' ? 31 : 36}m${text}\u001b[39m`;
const SGR = /\u001b\[[0-9;]*m/g;
let items: ReviewItem[];
let project: ProjectResult;

beforeAll(async () => {
  project = await runPipeline({ cwd: copyProject('tests/fixtures/review/project') });
  items = collectReviewItems(project.documents, { glossary: project.glossary, waivers: project.terms!.waivers });
});
const item = (reason: string) => items.find((i) => i.reason === reason)!;

describe('wrapSpans', () => {
  it('property: every line fits; the non-space text is kept in order; a word that fits is never cut', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß«»„“.,]{1,14}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n')), { maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (parts, width) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const lines = wrapSpans([{ text }], width).map((l) => l.map((s) => s.text).join(''));
        for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        // word by word: one that fits comes out whole; a longer one in pieces that each fill a line
        const tokens = lines.flatMap((l) => l.split(/\s+/)).filter(Boolean);
        for (const [w] of parts) {
          if (textWidth(w) <= width) {
            expect(tokens.shift()).toBe(w);
            continue;
          }
          let joined = '';
          while (joined.length < w.length) joined += tokens.shift() ?? '\u0000';
          expect(joined).toBe(w);
        }
        expect(tokens).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps colour spans apart and counts width without them', () => {
    const lines = wrapSpans([{ text: 'Die ' }, { text: '[-alte-]', color: 'red' }, { text: '{+neue+}', color: 'cyan' }, { text: ' Fassung' }], 12);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual(['Die [-alte-]', '{+neue+}', 'Fassung']);
    expect(lines[0]).toEqual([{ text: 'Die ' }, { text: '[-alte-]', color: 'red' }]);
    expect(lines[1]).toEqual([{ text: '{+neue+}', color: 'cyan' }]);
  });
});

describe('formatReviewItem', () => {
  it('shows German, the word diff, the old English with its origin, terms and the choices (stale)', () => {
    const text = formatReviewItem(item('stale'), { index: 3, total: 7 }, { width: 100, paint: plain });
    expect(text).toContain('── 3/7 · stale: the German changed since translation');
    expect(text).toMatch(/^locales\/de\/gipfel\.md:8:1 · s[0-9a-f]{8}$/m);
    expect(text).toContain('German    Die Delegationen reisen heute Abend ab.');
    expect(text).toContain('Diff      Die Delegationen reisen heute {+Abend +}ab.');
    expect(text).toContain('Old EN    The delegations leave today.\n          curated · locales/en/gipfel.json · similarity 86');
    expect(text.endsWith('a accept · e edit · s skip · q quit · ? help')).toBe(true);
  });

  it('shows the English with where it came from, and its QA findings (aligned)', () => {
    const text = formatReviewItem(item('aligned'), { index: 1, total: 7 }, { width: 100, paint: plain });
    expect(text).toContain('English   The meeting starts on Monday.\n          aligned from incoming/gipfel.en.md');
    expect(text).toContain('Terms     Gipfel → summit');
    expect(text).toContain('QA        error term-missing-in-target: "Gipfel" (Gipfel) is not rendered as "summit" in the English');
    expect(formatChoices(item('aligned'))).toBe('r mark reviewed · e edit · s skip · q quit · ? help');
    expect(formatChoices(item('missing'))).toBe('e edit · s skip · q quit · ? help');
  });

  it('names the article of a memory match and leaves out an empty diff', () => {
    const text = formatReviewItem(item('memory'), { index: 1, total: 1 }, { width: 100, paint: plain });
    expect(text).toContain('from article "bericht" · locales/en/bericht.json · similarity 100');
    expect(text).not.toContain('Diff');
  });

  it('fits narrow terminals: labels above the text, no line wider than the terminal', () => {
    for (const width of [20, 32, 47, 48, 60]) {
      for (const i of items) {
        const text = formatReviewItem(i, { index: 1, total: items.length }, { width, paint: plain });
        const lines = text.split('\n');
        expect(lines.length).toBeGreaterThanOrEqual(4);
        for (const l of lines) expect(textWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
      }
    }
    const narrow = formatReviewItem(item('stale'), { index: 1, total: 1 }, { width: 30, paint: plain }).split('\n');
    expect(narrow).toContain('German');
    expect(narrow[narrow.indexOf('German') + 1]).toBe('Die Delegationen reisen heute');
  });

  it('colours only through the painter: none without colour, the diff still marked', () => {
    const off = formatReviewItem(item('fuzzy'), { index: 1, total: 1 }, { width: 80, paint: plain });
    expect(off).not.toMatch(SGR);
    expect(off).toContain('[-Rand-]{+Morgen+}');
    const on = formatReviewItem(item('fuzzy'), { index: 1, total: 1 }, { width: 80, paint: ansi });
    expect(on).toContain('\u001b[31m[-Rand-]\u001b[39m');
    expect(on.replace(SGR, '')).toBe(off);
  });

  it('summarises the queue', () => {
    expect(formatQueueSummary(items)).toBe('7 sentences need a decision: 2 missing, 1 stale, 1 fuzzy, 1 memory, 1 aligned, 1 imported');
    expect(formatQueueSummary([])).toMatch(/^nothing to review/);
  });
});
