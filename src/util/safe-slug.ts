// A document slug → whether it is safe as a file name in every folder diglot writes (outDir, the
// locale folders), and a safe suggestion when it is not. The slug is content (front matter, or the
// file name), so it is checked before it becomes part of any path.
import { slugify } from '../markdown/slugify.js';

/** 1–80 characters: lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]{0,79}$/;
export const SLUG_RULE = '1–80 characters of a–z, 0–9, "-" and "_", starting with a letter or digit';

/** Names Windows reserves for devices: `con.json` cannot be created there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** True when `slug` may name files (`<slug>.json`, `<slug>.html`, `.<slug>.diglot-lock`). */
export function isSafeSlug(slug: unknown): slug is string {
  return typeof slug === 'string' && SLUG_PATTERN.test(slug) && !RESERVED.test(slug);
}

/** A safe slug close to `text` (umlauts spelled out), for the hint. */
export function suggestSlug(text: string): string {
  const s = slugify(text).slice(0, 80).replace(/-+$/, '');
  return isSafeSlug(s) ? s : isSafeSlug(`${s}-1`) ? `${s}-1` : 'article';
}
