// `diglot serve` in chromium (playwright-core, Debian's chromium): an article page and the index
// update after a save, a broken save shows the overlay with file:line:col (its text inert), the fix
// makes it go; the injected client runs under the pages' CSP without a console error; and the index
// page has no serious or critical axe-core violation, light and dark. Requests go to 127.0.0.1 only.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { runCli } from '../../src/cli/main.js';
import { copyProject, read } from '../helpers/project.js';
import { CHROMIUM, hasChromium } from './edition-fixture.js';
import { findSeriousViolations } from './page-helpers.js';

declare const document: any;

describe.skipIf(!hasChromium)('diglot serve in chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let dir: string;
  let url = '';
  let out = '';
  const controller = new AbortController();
  let exit: Promise<number>;

  beforeAll(async () => {
    dir = copyProject('tests/fixtures/build/basic/input');
    const yaml = path.join(dir, 'pipeline/edition.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace('outputs: [html, review, md, json, coverage]', 'outputs: [html, review, md, json, coverage, index]'));
    exit = runCli(['serve', '--port', '0'], {
      stdin: Readable.from(['']),
      stdout: { write: (s: string) => { out += s; return true; } },
      stderr: { write: (s: string) => { out += s; return true; } },
      cwd: dir,
      signal: controller.signal,
    });
    for (let i = 0; i < 600 && !/watching .* for changes/.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    url = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1] ?? '';
    expect(url, out).not.toBe('');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  afterAll(async () => {
    await browser?.close();
    controller.abort();
    expect(await exit).toBe(0);
  });

  const save = (file: string, content: string) => fs.writeFileSync(path.join(dir, file), content);

  it('reloads an open page after a save, shows a broken save as an overlay with file:line:col, and removes it after the fix', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}mini.html`);
    await expect.poll(() => page.locator('.en h1').first().textContent()).toBe('A small alliance');
    const en = read(dir, 'locales/en/mini.json');

    save('locales/en/mini.json', en.replace('"A small alliance"', '"A small alliance, live"'));
    await page.waitForFunction(() => document.querySelector('.en h1')?.textContent === 'A small alliance, live', undefined, { timeout: 30_000 });

    // half-written: the JSON stops in the middle, with markup in it that must stay text
    save('locales/en/mini.json', `${en.slice(0, 60)} <img src=x onerror=alert(1)>`);
    const overlay = page.locator('#diglot-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await overlay.textContent();
    expect(text).toMatch(/locales\/en\/mini\.json:\d+:\d+: error resource-invalid-json: /);
    expect(text).toContain('The page shows the last good build.');
    expect(await page.locator('#diglot-overlay img').count()).toBe(0);
    expect(await page.locator('.en h1').first().textContent()).toBe('A small alliance, live');

    // a page opened while the build is broken shows the overlay at once
    const other = await browser.newPage();
    await other.goto(`${url}mini.review.html`);
    await other.locator('#diglot-overlay').waitFor({ state: 'visible', timeout: 30_000 });
    await other.close();

    save('locales/en/mini.json', en);
    await overlay.waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.en h1')?.textContent === 'A small alliance', undefined, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the index with every article linked; a new article appears in it', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('.index-item').count()).toBe(1);
    save('locales/de/zweiter.md', '---\ntitle: Zweiter Artikel\nslug: zweiter\ndate: 2030-01-01\n---\n\nEin neuer Satz.\n');
    await page.waitForFunction(() => document.querySelectorAll('.index-item').length === 2, undefined, { timeout: 30_000 });
    expect(await page.locator('.index-item h2').first().textContent()).toBe('Zweiter Artikel');
    await page.locator('.index-item h2 a').nth(1).click();
    await page.waitForURL(/mini\.html$/);
    await page.close();
  });

  it('the index page has no serious or critical axe-core violations, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected through the DevTools protocol; the page's own CSP would (rightly) refuse it
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(url);
      expect(await page.locator('.index-item').count()).toBeGreaterThan(0);
      expect(await findSeriousViolations(page), colorScheme).toEqual([]);
      await context.close();
    }
  });
});
