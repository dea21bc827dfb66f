// Shared set-up of the browser tests: the sample built once per file, Debian's chromium launched
// once per file (playwright-core), and fresh contexts per page with console errors collected.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { copyProject, repoRoot } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { renderHtmlEdition } from '../../src/render/index.js';
import { editionInput } from '../render/helpers.js';

// Browser globals used inside page.evaluate callbacks: those run in chromium, not in Node, so they are
// declared here for the type checker only (module-scoped; the DOM library stays out of the project).
declare const document: any;
declare function getComputedStyle(el: unknown): any;
type HTMLInputElement = any;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED browser tests: no chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run does this)`);

export const WIDTHS = [320, 390, 768, 1280];
export const MODES = ['de', 'en', 'side', 'inter'] as const;

export interface EditionPages {
  browser: Browser;
  /** file:// URLs of the sample's reader and review pages, and of a page with every kind of link. */
  reader: string;
  review: string;
  linksPage: string;
  /** The temporary project the sample was built in (its dist/ holds the pages). */
  dir: string;
  open(url: string, opts?: BrowserContextOptions & { width?: number }): Promise<{ page: Page; errors: string[] }>;
}

/** Registers beforeAll/afterAll for one test file; the returned object is filled in by beforeAll. */
export function useEditionPages(): EditionPages {
  const pages = {} as EditionPages;
  beforeAll(async () => {
    pages.dir = copyProject('.', ['pipeline', 'locales', '.diglot', 'glossary']);
    const res = await runDiglot(['build', '--quiet'], { cwd: pages.dir });
    expect(res.code, res.stderr).toBe(0);
    pages.reader = `file://${path.join(pages.dir, 'dist', 'trump-russland-china.html')}`;
    pages.review = `file://${path.join(pages.dir, 'dist', 'trump-russland-china.review.html')}`;
    const fixture = path.join(repoRoot, 'tests/fixtures/render/links');
    const input = editionInput(fs.readFileSync(path.join(fixture, 'input.md'), 'utf8'), JSON.parse(fs.readFileSync(path.join(fixture, 'en.json'), 'utf8')) as Record<string, string>);
    const linksFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-links-')), 'links.html');
    fs.writeFileSync(linksFile, renderHtmlEdition(input));
    pages.linksPage = `file://${linksFile}`;
    pages.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    pages.open = async (url, opts = {}) => {
      const { width = 1280, ...ctx } = opts;
      const context = await pages.browser.newContext({ viewport: { width, height: 900 }, ...ctx });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      return { page, errors };
    };
  });
  afterAll(async () => {
    await pages.browser?.close();
  });
  return pages;
}

/** The reading mode whose radio is checked. */
export const mode = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.querySelector('input[name=mode]:checked') as HTMLInputElement | null)?.value);

/** How many language cells of one side are shown (not empty, not display: none). */
export const visibleCells = (page: Page, side: 'de' | 'en'): Promise<number> =>
  page.$$eval(`.pair > .${side}`, (els) => els.filter((e) => e.childNodes.length && getComputedStyle(e).display !== 'none').length);
