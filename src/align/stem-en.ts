// Porter's (1980) English stemmer: a lower-case word in, its stem out ("extinguished" → "extinguish",
// "policies" → "polici"). Used on both sides of the shared key space, so only consistency matters.

const isConsonant = (w: string, i: number): boolean => {
  const c = w[i];
  if ('aeiou'.includes(c)) return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
};

/** Porter's m: the number of VC sequences in the stem. */
function measure(s: string): number {
  let n = 0;
  let i = 0;
  const len = s.length;
  while (i < len && isConsonant(s, i)) i++;
  while (i < len) {
    while (i < len && !isConsonant(s, i)) i++;
    if (i >= len) break;
    n++;
    while (i < len && isConsonant(s, i)) i++;
  }
  return n;
}

const hasVowel = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (!isConsonant(s, i)) return true;
  return false;
};

const endsDoubleConsonant = (s: string): boolean =>
  s.length >= 2 && s[s.length - 1] === s[s.length - 2] && isConsonant(s, s.length - 1);

/** *o: stem ends consonant-vowel-consonant, the last not w, x or y. */
const endsCvc = (s: string): boolean => {
  const n = s.length;
  if (n < 3) return false;
  if (!isConsonant(s, n - 3) || isConsonant(s, n - 2) || !isConsonant(s, n - 1)) return false;
  return !'wxy'.includes(s[n - 1]);
};

/** Replaces suffix `from` by `to` when the remaining stem has measure > `minM`; null when `from` does not end the word. */
function swap(w: string, from: string, to: string, minM: number): string | null {
  if (!w.endsWith(from)) return null;
  const stem = w.slice(0, w.length - from.length);
  return measure(stem) > minM ? stem + to : w;
}

const STEP2: Array<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: Array<[string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism',
  'ate', 'iti', 'ous', 'ive', 'ize'];

function step1(w: string): string {
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);
  let again = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    again = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3);
    again = true;
  }
  if (again) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleConsonant(w) && !'lsz'.includes(w[w.length - 1])) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += 'e';
  }
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;
  return w;
}

function stepList(w: string, list: Array<[string, string]>): string {
  for (const [from, to] of list) {
    const r = swap(w, from, to, 0);
    if (r !== null) return r;
  }
  return w;
}

function step4(w: string): string {
  for (const suf of STEP4) {
    if (!w.endsWith(suf)) continue;
    const stem = w.slice(0, w.length - suf.length);
    if (measure(stem) <= 1) return w;
    if (suf === 'ion' && !(stem.endsWith('s') || stem.endsWith('t'))) return w;
    return stem;
  }
  return w;
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}

const cache = new Map<string, string>();

/** The Porter stem of a lower-case English word; words of one or two letters are returned as they are. */
export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = step1(word);
  w = stepList(w, STEP2);
  w = stepList(w, STEP3);
  w = step4(w);
  w = step5(w);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, w);
  return w;
}
