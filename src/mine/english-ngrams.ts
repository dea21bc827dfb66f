// An English sentence → its word n-grams (1–3 words) that may render a term: no n-gram starts or
// ends with a function word or is only a number; each word keyed without plural and possessive
// ("summits'" → summit), so "the summit" and "summits" count as one rendering.
import { ENGLISH_STOPWORDS } from '../lang/en/stopwords.js';
import { englishBaseForm } from '../lang/en/irregular-forms.js';

export interface EnglishNgram {
  /** Lower-case words without plural/possessive, joined by a space. */
  key: string;
  /** The words as written. */
  surface: string;
  words: number;
  /** Starts the sentence (its capital letter says nothing about a name). */
  initial: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Irregular noun plurals of the shared table (its verb forms — "left", "saw" — are no plurals). */
const IRREGULAR_PLURAL = /^(?:women|men|children|people|feet|teeth|mice|lives|wives|knives|thieves|halves|wolves|shelves|crises|analyses)$/;

/** Lower case without possessive and plural: "ministers'" → minister, "policies" → policy, "feet" → foot. */
export function englishWordKey(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'").replace(/'s$|'$/, '');
  if (IRREGULAR_PLURAL.test(w) && w !== 'people') return englishBaseForm(w);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The n-grams of one sentence, once each (a sentence counts a rendering once). */
export function englishNgrams(text: string, maxN = 3): EnglishNgram[] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  const out = new Map<string, EnglishNgram>();
  const isStop = (t: string) => ENGLISH_STOPWORDS.has(t.toLowerCase().replace(/’/g, "'"));
  for (let i = 0; i < tokens.length; i++) {
    if (isStop(tokens[i].text) || !/\p{L}/u.test(tokens[i].text)) continue;
    for (let n = 1; n <= maxN && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1];
      // an n-gram never spans punctuation: "summit, NATO" is not a rendering
      const gapOk = tokens.slice(i + 1, i + n).every((t, k) => /^['’]?[\s\u00a0-]*$/.test(text.slice(tokens[i + k].start + tokens[i + k].text.length, t.start)));
      if (!gapOk) break;
      if (isStop(last.text) || !/\p{L}/u.test(last.text)) continue;
      const words = tokens.slice(i, i + n);
      const key = words.map((w) => englishWordKey(w.text)).join(' ');
      const initial = i === 0 || /[.!?:;]["'”’»)]*\s*["'“‘«(]*$/.test(text.slice(0, tokens[i].start));
      if (!out.has(key)) out.set(key, { key, surface: text.slice(tokens[i].start, last.start + last.text.length), words: n, initial });
    }
  }
  return [...out.values()];
}
