// Plain text → sentence spans (first version: terminal punctuation outside quotes, a few
// abbreviations). Spans are trimmed and index the input; the engine issue replaces this.

export interface TextSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(['z. B', 'z.B', 'Dr', 'Prof', 'bzw', 'usw', 'vgl', 'Nr', 'ca', 'etc', 'u. a', 'd. h', 'St', 'Hr', 'Fr']);
const OPEN = '«„“"‹»(';
const CLOSE = '»“”"›«)';

/** Splits plain text into sentences; whitespace between sentences is not part of any span. */
export function segmentText(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let sentenceStart = -1;
  let depth = 0;
  const push = (to: number) => {
    let s = sentenceStart;
    let e = to;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
    sentenceStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (sentenceStart < 0 && !/\s/.test(c)) sentenceStart = i;
    if (c === '«' || c === '„') depth++;
    else if ((c === '»' || c === '“') && depth > 0) depth--;
    // a closing quote right after terminal punctuation ends the sentence too: «… nicht.» Schon …
    const closesQuote = (c === '»' || c === '“') && depth === 0 && /[.!?…]/.test(text[i - 1] ?? '');
    if (depth > 0 || (!closesQuote && !/[.!?…]/.test(c))) continue;
    let j = i + 1;
    while (j < text.length && /[.!?…]/.test(text[j])) j++;
    while (j < text.length && CLOSE.includes(text[j]) && text[j] !== '«') j++;
    if (j < text.length && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k >= text.length) continue;
    const next = text[k];
    if (!(/\p{Lu}/u.test(next) || OPEN.includes(next) || /\d/.test(next))) continue;
    if (c === '.' && isAbbreviation(text, sentenceStart, i)) continue;
    push(j);
    i = j - 1;
  }
  if (sentenceStart >= 0) push(text.length);
  return spans;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  const before = text.slice(Math.max(from, dot - 6), dot);
  const word = /(?:^|[\s(«„])([\p{L}]+(?:\. ?[\p{L}]+)*)$/u.exec(before)?.[1] ?? '';
  if (ABBREVIATIONS.has(word)) return true;
  // ordinals and dates: "24. Februar", "3. Quartal"
  return /(?:^|\s)\d{1,3}$/.test(before);
}
