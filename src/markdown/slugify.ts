// Heading text → URL-safe slug (German umlauts and ß spelled out, so ids stay readable).

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** `«Die Wahrscheinlichkeit …»` → `die-wahrscheinlichkeit-…`; empty when nothing alphanumeric is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[äöüßÄÖÜ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
