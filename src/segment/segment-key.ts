// Segment text → translation key (NFC, whitespace runs collapsed, soft hyphens removed).

/** The i18next key of a segment: what a translator sees, independent of line wrapping. */
export function segmentKey(text: string): string {
  return text.normalize('NFC').replace(/\u00ad/g, '').replace(/[\t\n\r ]+/g, ' ').trim();
}
