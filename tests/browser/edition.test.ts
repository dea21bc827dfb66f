// Real-browser tests: Debian's chromium (driven by playwright-core) opens the built sample's reader
// and review pages. One browser for the whole file; each test gets a fresh context (own storage).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { copyProject, repoRoot } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { renderHtmlEdition } from '../../src/render/index.js';
import { editionInput } from '../render/helpers.js';
import { contrast, findSeriousViolations, tabStops } from './page-helpers.js';

// Browser globals used inside page.evaluate callbacks: those run in chromium, not in Node, so they are
// declared here for the type checker only (module-scoped; the DOM library stays out of the project).
declare const document: any, location: any, window: any;
declare function getComputedStyle(el: unknown): any;
type HTMLElement = any;
type HTMLInputElement = any;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED browser tests: no chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does this)`);

/** Screenshots the README shows; rewritten only with UPDATE_SCREENSHOT=1 (`npm run screenshot`). */
const SHOTS = { readerDesktop: 'reader-desktop.png', readerPhone: 'reader-phone.png', review: 'review.png' } as const;
const WIDTHS = [320, 390, 768, 1280];
const MODES = ['de', 'en', 'side', 'inter'] as const;

describe.skipIf(!hasChromium)('edition pages in chromium', () => {
  let browser: Browser;
  let reader: string;
  let review: string;
  let linksPage: string;
  let dir: string;

  beforeAll(async () => {
    dir = copyProject('.', ['pipeline', 'locales', 'glossary']);
    const res = await runDiglot(['build', '--quiet'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    reader = `file://${path.join(dir, 'dist', 'trump-russland-china.html')}`;
    review = `file://${path.join(dir, 'dist', 'trump-russland-china.review.html')}`;
    // a page with every kind of link: inline, by reference, autolink
    const fixture = path.join(repoRoot, 'tests/fixtures/render/links');
    const input = editionInput(fs.readFileSync(path.join(fixture, 'input.md'), 'utf8'), JSON.parse(fs.readFileSync(path.join(fixture, 'en.json'), 'utf8')) as Record<string, string>);
    linksPage = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-links-')), 'links.html');
    fs.writeFileSync(linksPage, renderHtmlEdition(input));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A page in a fresh context; console errors (a CSP violation is one) and page errors are collected. */
  async function open(url: string, opts: BrowserContextOptions & { width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
    const { width = 1280, ...ctx } = opts;
    const context = await browser.newContext({ viewport: { width, height: 900 }, ...ctx });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    return { page, errors };
  }

  const mode = (page: Page) => page.evaluate(() => (document.querySelector('input[name=mode]:checked') as HTMLInputElement | null)?.value);
  const visibleCells = (page: Page, side: 'de' | 'en') =>
    page.$$eval(`.pair > .${side}`, (els) => els.filter((e) => e.childNodes.length && getComputedStyle(e).display !== 'none').length);

  it('both pages show every sentence in both languages, run their scripts under the CSP without a console error', async () => {
    for (const url of [reader, review]) {
      const { page, errors } = await open(url);
      const pairs = await page.$$eval('[data-u]', (els) => {
        const by = new Map<string, number>();
        for (const e of els) by.set(e.getAttribute('data-u')!, (by.get(e.getAttribute('data-u')!) ?? 0) + 1);
        return [...by.values()];
      });
      if (url === reader) {
        expect(pairs.length).toBe(47);
        expect(pairs.every((n) => n === 2)).toBe(true);
      } else {
        expect(await page.$$eval('.row', (els) => els.length)).toBe(47);
      }
      expect(await page.$$eval('.status--missing', (els) => els.length)).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('never scrolls sideways at 320, 390, 768 and 1280 px, in any reading mode; term pop-ups stay inside the viewport', async () => {
    for (const width of WIDTHS) {
      for (const url of [reader, review]) {
        const { page } = await open(url, { width });
        for (const m of url === reader ? MODES : (['side'] as const)) {
          if (url === reader) await page.click(`label[for=mode-${m}]`);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll, `${url.endsWith('review.html') ? 'review' : 'reader'} ${m} at ${width} px`).toBeLessThanOrEqual(client);
        }
        const terms = page.locator('.term:visible');
        const n = await terms.count();
        expect(n).toBeGreaterThan(3);
        for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 6))) {
          await terms.nth(i).scrollIntoViewIfNeeded();
          await terms.nth(i).hover();
          const box = await terms.nth(i).locator('.term-tip').boundingBox();
          expect(box, `tip ${i} at ${width} px`).not.toBeNull();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll, `with tip ${i} open at ${width} px`).toBeLessThanOrEqual(client);
        }
        await page.context().close();
      }
    }
  });

  it('switches reading modes and remembers the choice across visits', async () => {
    const { page } = await open(reader);
    expect(await mode(page)).toBe('side');
    const de = await page.locator('.pair--paragraph > .de').first().boundingBox();
    const en = await page.locator('.pair--paragraph > .en').first().boundingBox();
    expect(en!.x).toBeGreaterThan(de!.x + de!.width - 1);
    await page.click('label[for=mode-de]');
    expect(await visibleCells(page, 'en')).toBe(0);
    expect(await visibleCells(page, 'de')).toBeGreaterThan(20);
    await page.reload();
    expect(await mode(page)).toBe('de');
    expect(await visibleCells(page, 'en')).toBe(0);
    await page.click('label[for=mode-en]');
    expect(await visibleCells(page, 'de')).toBe(0);
    await page.click('label[for=mode-inter]');
    const de2 = await page.locator('.pair--paragraph > .de').first().boundingBox();
    const en2 = await page.locator('.pair--paragraph > .en').first().boundingBox();
    expect(en2!.y).toBeGreaterThanOrEqual(de2!.y + de2!.height - 1);
    await page.reload();
    expect(await mode(page)).toBe('inter');
    // the radios work from the keyboard: one tab stop, arrow keys choose
    await page.focus('#mode-inter');
    await page.keyboard.press('ArrowLeft');
    expect(await mode(page)).toBe('side');
    await page.context().close();
  });

  it('exposes the documented heading outline to assistive technology: one h1 per shown language, subheads as h2', async () => {
    const { page } = await open(reader);
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

  it('restores a remembered mode before the article is laid out: no layout shift', async () => {
    const { page } = await open(reader);
    await page.click('label[for=mode-inter]');
    await page.reload();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          const Observer = (window as { PerformanceObserver: any }).PerformanceObserver;
          new Observer((list: { getEntries(): Array<{ value: number; hadRecentInput: boolean }> }) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(await mode(page)).toBe('inter');
    expect(shift).toBe(0);
    await page.context().close();
  });

  it('highlights the counterpart of a hovered or focused sentence, and gives each pair a permalink', async () => {
    const { page } = await open(reader);
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
    const { page: again } = await open(`${reader}#${id}`);
    expect(await again.$$eval(`[data-u="${id}"].is-target`, (els) => els.length)).toBe(2);
    await page.context().close();
    await again.context().close();
  });

  it('lets the keyboard walk the sentences (one tab stop, arrow keys), lighting up each pair; Enter gives its permalink', async () => {
    const { page } = await open(reader);
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
    expect(new URL(page.url()).hash).toBe(`#${third.u}`);
    // reading English only, the sentence stop moves to the English column
    await page.click('label[for=mode-en]');
    expect(await sentenceStop()).toBe(true);
    expect((await focused()).col).toBe('en');
    await page.context().close();
  });

  it('follows links to their real targets', async () => {
    const { page } = await open(`file://${linksPage}`);
    const hrefs = await page.$$eval('.article a[href]', (els) => els.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['https://example.org/bericht?a=1&b=2', 'https://example.org/dpa', 'https://example.org/mehr', 'https://example.org/bericht?a=1&b=2', 'https://example.org/dpa', 'https://example.org/mehr']);
    // internal links of the sample lead to elements that exist
    const { page: sample } = await open(reader);
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
      for (const url of [reader, review]) {
        const { page } = await open(url, { colorScheme });
        const stops = await tabStops(page);
        expect(stops.filter((s) => s.includes('term')).length, `${colorScheme} ${url}`).toBe(1);
        expect(stops.filter((s) => /^span(#[^.]+)?\.s\b/.test(s)).length).toBe(url === reader ? 1 : 0);
        expect(stops.length).toBeLessThan(15);
        const total = await page.locator('.term:visible').count();
        expect(total).toBeGreaterThan(url === reader ? 8 : 40);
        // Tab to the marks, then walk them with the arrow keys
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let i = 0; i < stops.length; i++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate(() => document.activeElement?.classList.contains('term'))) break;
        }
        // the reader page's marks all the way; the review page's (one per occurrence) the first 12, then End
        const walk = url === reader ? total : 12;
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
      for (const url of [reader, review]) {
        // axe is injected through the DevTools protocol; the page's own CSP would (rightly) refuse it
        const { page } = await open(url, { colorScheme, bypassCSP: true });
        // every reading mode in light; dark changes colours only, so side by side is enough there
        for (const m of url === reader && colorScheme === 'light' ? MODES : (['side'] as const)) {
          if (url === reader) await page.click(`label[for=mode-${m}]`);
          const found = await findSeriousViolations(page);
          expect(found, `${colorScheme} ${m} ${url}`).toEqual([]);
        }
        if (url === review && colorScheme === 'dark') {
          // control: the check does fail on a real violation (an image without a text alternative)
          await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
          expect((await findSeriousViolations(page)).map((v) => v.id)).toContain('image-alt');
        }
        await page.context().close();
      }
    }
  });

  it('works without JavaScript: side by side, modes switch by CSS, terms show their English on focus', async () => {
    const { page } = await open(reader, { javaScriptEnabled: false });
    const de = await page.locator('.pair--paragraph > .de').first().boundingBox();
    const en = await page.locator('.pair--paragraph > .en').first().boundingBox();
    expect(en!.x).toBeGreaterThan(de!.x + de!.width - 1);
    await page.click('label[for=mode-de]');
    expect(await visibleCells(page, 'en')).toBe(0);
    const term = page.locator('.de .term').first();
    await term.focus();
    expect(await term.locator('.term-tip').isVisible()).toBe(true);
    await page.context().close();
  });

  it('prints both columns without the interactive chrome, whatever the mode; dark mode follows the system', async () => {
    const { page } = await open(reader);
    await page.click('label[for=mode-de]');
    await page.emulateMedia({ media: 'print' });
    expect(await visibleCells(page, 'en')).toBeGreaterThan(20);
    expect(await page.locator('.modes').isVisible()).toBe(false);
    const de = await page.locator('.pair--paragraph > .de').first().boundingBox();
    const en = await page.locator('.pair--paragraph > .en').first().boundingBox();
    expect(en!.x).toBeGreaterThan(de!.x + de!.width - 1);
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 24, 28)');
    await page.context().close();
  });

  it('takes the README screenshots: reader on desktop and phone, review page', async () => {
    const shots: Array<[keyof typeof SHOTS, string, number, number]> = [
      ['readerDesktop', reader, 1280, 860],
      ['readerPhone', reader, 390, 844],
      ['review', review, 1280, 860],
    ];
    for (const [name, url, width, height] of shots) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(url);
      const out = path.join(dir, 'dist', SHOTS[name]);
      await page.screenshot({ path: out });
      expect(fs.statSync(out).size).toBeGreaterThan(10_000);
      if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(out, path.join(repoRoot, 'tests/browser', SHOTS[name]));
      await context.close();
    }
  });
});
