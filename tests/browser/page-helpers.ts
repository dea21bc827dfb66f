// Browser-test helpers: tab order, focus-indicator contrast (WCAG 2.2, 1.4.11 / 2.4.13) and axe-core.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// Browser globals used inside page.evaluate callbacks: those run in chromium, not in Node, so they are
// declared here for the type checker only (module-scoped; the DOM library stays out of the project).
declare const document: any, window: any;
declare function getComputedStyle(el: unknown): any;
type HTMLElement = any;

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A short description of every element Tab reaches, from the top of the page until focus wraps. */
export async function tabStops(page: Page, limit = 60): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const d = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`;
    });
    if (d === null || stops.includes(d)) break;
    stops.push(d);
  }
  return stops;
}

const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
};
const rgb = (css: string) => (/rgba?\(([^)]+)\)/.exec(css)?.[1] ?? '0,0,0').split(',').map((x) => Number.parseFloat(x));

/**
 * Contrast between the focused element's outline and the background it is drawn on (the first
 * opaque background among its ancestors). Also checks that the outline is really drawn (≥ 2 px).
 */
export async function contrast(page: Page): Promise<number> {
  const { outline, width, style, background } = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cs = getComputedStyle(el);
    let bg = 'rgb(255, 255, 255)';
    for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c)) {
        bg = c;
        break;
      }
    }
    return { outline: cs.outlineColor, width: Number.parseFloat(cs.outlineWidth), style: cs.outlineStyle, background: bg };
  });
  if (style === 'none' || width < 2) return 0;
  const [a, b] = [luminance(rgb(outline)), luminance(rgb(background))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Runs axe-core in the page; returns the serious and critical violations (rule id, impact, first targets). */
export async function findSeriousViolations(page: Page): Promise<Array<{ id: string; impact: string; targets: string[] }>> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
