// Segment text → translation key. The key contract: NFC; inline markup as numbered placeholders
// (`<1>…</1>` paired, `<2/>` standalone; built by inline-key.ts for Markdown); Markdown escapes
// resolved; whitespace runs (line breaks included) → one space; soft hyphens removed; NBSP kept.
// A literal `<1>` in the German is never confused with a placeholder: placeholder numbering skips
// every number that occurs literally in tag form in the segment, and only numbers listed in the
// segment's markup are placeholders.

/** `<n>`, `</n>`, `<n/>` with a canonical number. */
export const TAG_FORM = /<(\/?)([1-9]\d{0,8})(\/?)>/g;

const COLLAPSIBLE = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;

/** Normalises key text: NFC, soft hyphens out, whitespace runs (not NBSP) → one space, trimmed. */
export function normalizeKeyText(text: string): string {
  return text.normalize('NFC').replace(/\u00ad/g, '').replace(COLLAPSIBLE, ' ').replace(/^ | $/g, '');
}

/**
 * The key of a plain-text segment (no Markdown): what a translator sees, independent of line
 * wrapping. For Markdown segments the key comes from segmentDocument (`Segment.key`).
 */
export function segmentKey(text: string): string {
  return normalizeKeyText(text);
}

/** Numbers that occur literally in tag form (`<3>`, `</3>`, `<3/>`) in `text`; placeholders skip them. */
export function literalTagNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(TAG_FORM)) if (!(m[1] && m[3])) out.add(Number(m[2]));
  return out;
}
