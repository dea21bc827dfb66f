// Text normalisation shared by both languages: a segment in, a comparable form out (NFC, soft hyphens
// and zero-width characters removed, every space-like character a plain space, ß folded for look-ups).

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\v\f\u0085\u2028\u2029]+/g;

/** NFC, invisible characters removed, whitespace runs (NBSP, thin space, line breaks) as one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ');
}

/** Look-up form of a German word: lower case, ß → ss (Swiss spelling and German spelling meet). */
export function foldGerman(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').replace(/ẞ/g, 'ss');
}

/** Accent- and umlaut-free lower case (ä → a, é → e), for names and cognates across languages. */
export function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}
