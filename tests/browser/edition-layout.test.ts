// Real-browser tests of the edition pages' layout: both pages at four widths in every reading mode,
// the mode switch and its memory, no layout shift, the no-JavaScript fallback, print, dark mode, and
// the README screenshots. Debian's chromium through playwright-core, one launch for the file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/project.js';
import { hasChromium, MODES, mode, useEditionPages, visibleCells, WIDTHS } from './edition-fixture.js';

// Browser globals used inside page.evaluate callbacks (they run in chromium): declared for the type
// checker only, module-scoped, so the DOM library stays out of the project.
declare const document: any, location: any, window: any;
declare function getComputedStyle(el: unknown): any;
type HTMLElement = any;

// a real browser at four widths and in every mode: on a loaded 2-core machine a test takes longer than 30 s
describe.skipIf(!hasChromium)('edition pages in chromium', { timeout: 120_000 }, () => {
  const ed = useEditionPages();
  /** Screenshots the README shows; rewritten only with UPDATE_SCREENSHOT=1 (`npm run screenshot`). */
  const SHOTS = { readerDesktop: 'reader-desktop.png', readerPhone: 'reader-phone.png', review: 'review.png' } as const;

  it('both pages show every sentence in both languages, run their scripts under the CSP without a console error', async () => {
    for (const url of [ed.reader, ed.review]) {
      const { page, errors } = await ed.open(url);
      const pairs = await page.$$eval('[data-u]', (els) => {
        const by = new Map<string, number>();
        for (const e of els) by.set(e.getAttribute('data-u')!, (by.get(e.getAttribute('data-u')!) ?? 0) + 1);
        return [...by.values()];
      });
      if (url === ed.reader) {
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
      for (const url of [ed.reader, ed.review]) {
        const { page } = await ed.open(url, { width });
        for (const m of url === ed.reader ? MODES : (['side'] as const)) {
          if (url === ed.reader) await page.click(`label[for=mode-${m}]`);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll, `${url.endsWith('review.html') ? 'review' : 'reader'} ${m} at ${width} px`).toBeLessThanOrEqual(client);
        }
        const terms = page.locator('.term:visible');
        const n = await terms.count();
        expect(n).toBeGreaterThan(3);
        for (let i = 0; i < n; i += Math.max(1, Math.floor(n / 6))) {
          await terms.nth(i).scrollIntoViewIfNeeded();
          await terms.nth(i).hover();
          const tip = terms.nth(i).locator('.term-tip');
          // the pop-up is placed when it opens: on a loaded machine that can take a frame or two
          await expect.poll(async () => {
            const box = await tip.boundingBox();
            return box !== null && box.x >= 0 && box.x + box.width <= width;
          }, { timeout: 3000, message: `tip ${i} inside the viewport at ${width} px` }).toBe(true);
          const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          expect(scroll, `with tip ${i} open at ${width} px`).toBeLessThanOrEqual(client);
        }
        await page.context().close();
      }
    }
  });

  it('switches reading modes and remembers the choice across visits', async () => {
    const { page } = await ed.open(ed.reader);
    expect(await mode(page)).toBe('side');
    const de = await page.locator('.pair--paragraph > .de').first().boundingBox();
    const en = await page.locator('.pair--paragraph > .en').first().boundingBox();
    expect(en!.x).toBeGreaterThan(de!.x + de!.width - 1);
    await page.click('label[for=mode-de]');
    expect(await visibleCells(page, 'en')).toBe(0);
    expect(await visibleCells(page, 'de')).toBeGreaterThan(20);
    // (stored before the reload: see the next test)
    await page.waitForFunction("localStorage.getItem('reading-mode') === 'de'");
    await page.reload();
    expect(await mode(page)).toBe('de');
    expect(await visibleCells(page, 'en')).toBe(0);
    await page.click('label[for=mode-en]');
    expect(await visibleCells(page, 'de')).toBe(0);
    await page.click('label[for=mode-inter]');
    const de2 = await page.locator('.pair--paragraph > .de').first().boundingBox();
    const en2 = await page.locator('.pair--paragraph > .en').first().boundingBox();
    expect(en2!.y).toBeGreaterThanOrEqual(de2!.y + de2!.height - 1);
    await page.waitForFunction("localStorage.getItem('reading-mode') === 'inter'");
    await page.reload();
    expect(await mode(page)).toBe('inter');
    // the radios work from the keyboard: one tab stop, arrow keys choose
    await page.focus('#mode-inter');
    await page.keyboard.press('ArrowLeft');
    expect(await mode(page)).toBe('side');
    await page.context().close();
  });

  it('restores a remembered mode before the article is laid out: no layout shift', async () => {
    const { page } = await ed.open(ed.reader);
    await page.click('label[for=mode-inter]');
    // the choice is remembered (the page's change handler) …
    expect(await page.evaluate("localStorage.getItem('reading-mode')")).toBe('inter');
    // … and restored before layout on the next visit. The next visit finds it stored: a reload right
    // after the click could, on a loaded machine, read the storage before Chromium's storage service
    // had the write (seen once in CI: the reloaded page showed the default mode).
    await page.addInitScript("localStorage.setItem('reading-mode', 'inter')");
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

  it('works without JavaScript: side by side, modes switch by CSS, terms show their English on focus', async () => {
    const { page } = await ed.open(ed.reader, { javaScriptEnabled: false });
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
    const { page } = await ed.open(ed.reader);
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

  it('takes the README screenshots: ed.reader on desktop and phone, ed.review page', async () => {
    const shots: Array<[keyof typeof SHOTS, string, number, number]> = [
      ['readerDesktop', ed.reader, 1280, 860],
      ['readerPhone', ed.reader, 390, 844],
      ['review', ed.review, 1280, 860],
    ];
    for (const [name, url, width, height] of shots) {
      const context = await ed.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(url);
      const out = path.join(ed.dir, 'dist', SHOTS[name]);
      await page.screenshot({ path: out });
      expect(fs.statSync(out).size).toBeGreaterThan(10_000);
      if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(out, path.join(repoRoot, 'tests/browser', SHOTS[name]));
      await context.close();
    }
  });
});
