// Real-browser tests of reading and accessibility: heading outline, sentence pairs and permalinks,
// the keyboard paths through sentences and term marks with measured focus contrast, links, and
// axe-core on both pages. Debian's chromium through playwright-core, one launch for the file.
import { describe, expect, it } from 'vitest';
import { contrast, findSeriousViolations, tabStops } from './page-helpers.js';
import { hasChromium, MODES, useEditionPages } from './edition-fixture.js';

// Browser globals used inside page.evaluate callbacks (they run in chromium): declared for the type
// checker only, module-scoped, so the DOM library stays out of the project.
declare const document: any, location: any, window: any;
declare function getComputedStyle(el: unknown): any;
type HTMLElement = any;

// a real browser at four widths and in every mode: on a loaded 2-core machine a test takes longer than 30 s
describe.skipIf(!hasChromium)('edition pages in chromium', { timeout: 120_000 }, () => {
  const ed = useEditionPages();

  it('exposes the documented heading outline to assistive technology: one h1 per shown language, subheads as h2', async () => {
    const { page } = await ed.open(ed.reader);
    // the article's own headings (the glossary heading belongs to the page, in the interface language)
    const outline = async () => page.locator('.pair').getByRole('heading').evaluateAll((hs) => hs.map((h) => `${h.tagName} ${h.closest('[lang]')!.getAttribute('lang')}`));
    const side = await outline();
    expect(side.slice(0, 4)).toEqual(['H1 de-CH', 'H1 en-GB', 'H2 de-CH', 'H2 en-GB']);
    expect(side.filter((h) => h.startsWith('H1'))).toHaveLength(2);
    expect(side.filter((h) => h.startsWith('H2 de')).length).toBe(side.filter((h) => h.startsWith('H2 en')).length);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Die USA versuchen, Russland aus dem Einflussbereich Chinas zu lösen', 'US seeks to pull Russia out of China’s sphere of influence']);
    // a one-language mode hides the other language from the accessibility tree too
    await page.click('label[for=mode-en]');
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['US seeks to pull Russia out of China’s sphere of influence']);
    const english = await outline();
    expect(english.length).toBe(side.length / 2);
    expect(english.every((h) => h.endsWith(' en-GB'))).toBe(true);
    await page.context().close();
  });

  it('highlights the counterpart of a hovered or focused sentence, and gives each pair a permalink', async () => {
    const { page } = await ed.open(ed.reader);
    const id = await page.locator('.de .s').nth(5).getAttribute('data-u');
    await page.locator(`.de [data-u="${id}"]`).hover();
    expect(await page.$$eval(`[data-u="${id}"].is-pair`, (els) => els.length)).toBe(2);
    const enBg = await page.$eval(`.en [data-u="${id}"]`, (e) => getComputedStyle(e).backgroundColor);
    expect(enBg).not.toBe('rgba(0, 0, 0, 0)');
    // focus: a term mark inside a sentence lights up the pair
    await page.mouse.move(0, 0);
    const term = page.locator('.term').first();
    await term.focus();
    const termPair = await term.evaluate((t) => t.closest('[data-u]')!.getAttribute('data-u'));
    expect(await page.$$eval(`[data-u="${termPair}"].is-pair`, (els) => els.length)).toBe(2);
    // permalink: a click writes the pair's address; opening it highlights both sentences
    await page.locator(`.de [data-u="${id}"]`).click({ position: { x: 2, y: 2 } });
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const { page: again } = await ed.open(`${ed.reader}#${id}`);
    expect(await again.$$eval(`[data-u="${id}"].is-target`, (els) => els.length)).toBe(2);
    await page.context().close();
    await again.context().close();
  });

  it('lets the keyboard walk the sentences (one tab stop, arrow keys), lighting up each pair; Enter gives its permalink', async () => {
    const { page } = await ed.open(ed.reader);
    const focused = () => page.evaluate(() => ({ u: document.activeElement?.getAttribute('data-u'), col: document.activeElement?.closest('.de, .en')?.className }));
    const sentenceStop = async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('s'))) return true;
      }
      return false;
    };
    expect(await sentenceStop()).toBe(true);
    const first = await focused();
    expect(first.col).toBe('de');
    expect(await page.$$eval(`[data-u="${first.u}"].is-pair`, (els) => els.length)).toBe(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await focused();
    expect(third.u).not.toBe(first.u);
    expect(await page.$$eval(`[data-u="${third.u}"].is-pair`, (els) => els.length)).toBe(2);
    expect(await page.$$eval(`[data-u="${first.u}"].is-pair`, (els) => els.length)).toBe(0);
    expect(await contrast(page)).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    // the permalink is set by the page's handler: waited for (read at once, it failed under load)
    await page.waitForFunction((u) => location.hash === `#${u}`, third.u, { timeout: 5000 }).catch(() => undefined);
    expect(new URL(page.url()).hash).toBe(`#${third.u}`);
    // reading English only, the sentence stop moves to the English column
    await page.click('label[for=mode-en]');
    expect(await sentenceStop()).toBe(true);
    expect((await focused()).col).toBe('en');
    await page.context().close();
  });

  it('follows links to their real targets', async () => {
    const { page } = await ed.open(ed.linksPage);
    const hrefs = await page.$$eval('.article a[href]', (els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/bericht?a=1&b=2', 'https://example.org/dpa', 'https://example.org/mehr', 'https://example.org/bericht?a=1&b=2', 'https://example.org/dpa', 'https://example.org/mehr']);
    // internal links of the sample lead to elements that exist
    const { page: sample } = await ed.open(ed.reader);
    const internal = await sample.$$eval('a[href^="#"]', (els) => els.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
    expect(internal).toEqual([]);
    await sample.keyboard.press('Tab');
    expect(await sample.evaluate(() => document.activeElement?.className)).toBe('skip');
    await sample.keyboard.press('Enter');
    expect(await sample.evaluate(() => location.hash)).toBe('#article');
    await page.context().close();
    await sample.context().close();
  });

  it('reaches all term marks through one tab stop and the arrow keys, with a visible focus of at least 3:1, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const url of [ed.reader, ed.review]) {
        const { page } = await ed.open(url, { colorScheme });
        const stops = await tabStops(page);
        expect(stops.filter((s) => s.includes('term')).length, `${colorScheme} ${url}`).toBe(1);
        expect(stops.filter((s) => /^span(#[^.]+)?\.s\b/.test(s)).length).toBe(url === ed.reader ? 1 : 0);
        expect(stops.length).toBeLessThan(15);
        const total = await page.locator('.term:visible').count();
        expect(total).toBeGreaterThan(url === ed.reader ? 8 : 40);
        // Tab to the marks, then walk them with the arrow keys
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let i = 0; i < stops.length; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => document.activeElement?.classList.contains('term'))) break;
        }
        // the ed.reader page's marks all the way; the ed.review page's (one per occurrence) the first 12, then End
        const walk = url === ed.reader ? total : 12;
        const seen: string[] = [];
        for (let i = 0; i < walk; i++) {
          const info = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const tip = el.querySelector('.term-tip') as HTMLElement;
            return { term: el.classList.contains('term'), text: el.firstChild?.textContent ?? '', tip: getComputedStyle(tip).display, tabIndex: el.tabIndex };
          });
          expect(info.term).toBe(true);
          expect(info.tip).toBe('block');
          expect(info.tabIndex).toBe(0);
          seen.push(info.text);
          if (i === 0) {
            const ratio = await contrast(page);
            expect(ratio, `focus contrast ${colorScheme}`).toBeGreaterThanOrEqual(3);
          }
          await page.keyboard.press('ArrowRight');
        }
        expect(new Set(seen).size).toBeGreaterThan(walk / 2);
        if (walk < total) {
          await page.keyboard.press('End');
          const last = await page.evaluate(() => [...document.querySelectorAll('.term')].indexOf(document.activeElement));
          expect(last).toBe(total - 1);
        }
        await page.keyboard.press('Escape');
        expect(await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.term-tip')!).display)).toBe('none');
        await page.context().close();
      }
    }
  });

  it('has no serious or critical axe-core violations on either page, in light and dark mode and every reading mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const url of [ed.reader, ed.review]) {
        // axe is injected through the DevTools protocol; the page's own CSP would (rightly) refuse it
        const { page } = await ed.open(url, { colorScheme, bypassCSP: true });
        // every reading mode in light; dark changes colours only, so side by side is enough there
        for (const m of url === ed.reader && colorScheme === 'light' ? MODES : (['side'] as const)) {
          if (url === ed.reader) await page.click(`label[for=mode-${m}]`);
          const found = await findSeriousViolations(page);
          expect(found, `${colorScheme} ${m} ${url}`).toEqual([]);
        }
        if (url === ed.review && colorScheme === 'dark') {
          // control: the check does fail on a real violation (an image without a text alternative)
          await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
          expect((await findSeriousViolations(page)).map((v) => v.id)).toContain('image-alt');
        }
        await page.context().close();
      }
    }
  });
});
