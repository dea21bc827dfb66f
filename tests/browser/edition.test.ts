// Real-browser test: Debian's chromium (driven by playwright-core) opens the built sample edition.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { copyProject, repoRoot } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED browser test: no chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does this)`);

/** Committed screenshot used by the README; rewritten only with UPDATE_SCREENSHOT=1. */
const README_SHOT = path.join(repoRoot, 'tests/browser/edition.png');

describe.skipIf(!hasChromium)('HTML edition in chromium', () => {
  let browser: Browser;
  let htmlFile: string;
  let dir: string;

  beforeAll(async () => {
    dir = copyProject('.', ['pipeline', 'locales', 'glossary']);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    htmlFile = path.join(dir, 'dist', 'trump-russland-china.html');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every row in both languages, without console errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${htmlFile}`);
    const rows = await page.$$eval('.row', (els) =>
      els.map((el) => ({
        id: el.id,
        de: el.querySelector('[lang^="de"]')?.textContent?.trim() ?? '',
        en: el.querySelector('[lang^="en"]')?.textContent?.trim() ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(47);
    for (const r of rows) {
      expect(r.de, `row ${r.id} German`).not.toBe('');
      expect(r.en, `row ${r.id} English`).not.toBe('');
    }
    expect(await page.$$eval('.status--missing', (els) => els.length)).toBe(0);
    await page.screenshot({ path: path.join(dir, 'dist', 'edition.png'), fullPage: false });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.copyFileSync(path.join(dir, 'dist', 'edition.png'), README_SHOT);
    expect(errors).toEqual([]);
  });

  it('reveals the approved English of a glossary term on keyboard focus, without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`file://${htmlFile}`);
    const term = page.locator('.cell--de .term').first();
    const tip = term.locator('.term-tip');
    expect(await tip.isVisible()).toBe(false);
    await term.focus();
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent()) ?? '').toMatch(/→ \S/);
  });
});
