// German or English text → the numbers, dates, times and decades it mentions, as comparable
// values ("1000000", "3.5", "month:2", "time:14:30", "decade:70"), plus English number formats
// that are German (1.000.000, 3,5, 24. February). Language data lives in the tables below.

export interface NumberMention {
  /** Canonical value compared across languages. */
  value: string;
  /** The text as written. */
  text: string;
  /** Offset in the searched text. */
  index: number;
  /** Weak mentions (number words, bare month names) may satisfy a strong one but are never required. */
  weak: boolean;
}

const DE_MONTHS: Record<string, number> = { januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12 };
const EN_MONTHS: Record<string, number> = { january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12 };
/** Cardinal number words: each names its number (zwei ↔ two), unlike "ein" (an article) or "erste". */
export const DE_CARDINALS: Record<string, number> = {
  null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreissig: 30, dreißig: 30,
  vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000, beide: 2, beiden: 2, beider: 2,
  einmal: 1, zweimal: 2, dreimal: 3, viermal: 4, fünfmal: 5, zehnmal: 10,
};
export const EN_CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, both: 2, once: 1, twice: 2, thrice: 3,
};
const DE_WORDS: Record<string, number> = { ...DE_CARDINALS, ein: 1, eine: 1, einer: 1, einen: 1, einem: 1, eines: 1, erste: 1, ersten: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, dutzend: 12, halb: 0.5, hälfte: 0.5 };
const EN_WORDS: Record<string, number> = { ...EN_CARDINALS, a: 1, an: 1, first: 1, second: 2, third: 3, dozen: 12, half: 0.5 };
const EN_DECADES: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

const MONTH_DE = Object.keys(DE_MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH_EN = Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const GROUP_DE = "[.'’\\u00a0\\u202f\\u2009]";
const GROUP_EN = '[,\\u00a0\\u202f\\u2009]';
const NOT_AFTER = '(?<![\\d.,])';

/** Patterns tried in order at each position; the first that matches wins (longest forms first). */
const DE_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string[]]> = [
  [re(`${NOT_AFTER}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?!\\d)`), (m) => [num(m[1]), `month:${Number(m[2])}`, num(m[3])]],
  [re(`${NOT_AFTER}(\\d{1,2})\\.\\s?(${MONTH_DE})\\b\\.?`, 'iu'), (m) => [num(m[1]), `month:${DE_MONTHS[m[2].toLowerCase()]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})[.:](\\d{2})\\s?Uhr\\b`), (m) => [`time:${Number(m[1])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2}):(\\d{2})(?!\\d)`), (m) => [`time:${Number(m[1])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})\\s?Uhr\\b`), (m) => [`time:${Number(m[1])}:00`]],
  [re(`${NOT_AFTER}(\\d{2,4})er(?:n|-?Jahre[n]?)?\\b`), (m) => [`decade:${decade(m[1])}`]],
  [re(`${NOT_AFTER}\\d{1,3}(?:${GROUP_DE}\\d{3})+(?:,\\d+)?(?!\\d)`), (m) => [num(m[0].replace(new RegExp(GROUP_DE, 'g'), '').replace(',', '.'))]],
  [re(`${NOT_AFTER}\\d+(?:,\\d+)?(?!\\d)`), (m) => [num(m[0].replace(',', '.'))]],
];

const EN_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string[]]> = [
  [re(`${NOT_AFTER}(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}|\\d{2})(?!\\d)`), (m) => [num(m[1]), `month:${Number(m[2])}`, num(m[3])]],
  [re(`${NOT_AFTER}(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s(?:of\\s)?(${MONTH_EN})\\b\\.?`, 'iu'), (m) => [num(m[1]), `month:${EN_MONTHS[m[2].toLowerCase()]}`]],
  [re(`\\b(${MONTH_EN})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)`, 'iu'), (m) => [num(m[2]), `month:${EN_MONTHS[m[1].toLowerCase()]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})[:.](\\d{2})\\s?([ap])\\.?m\\b\\.?`, 'iu'), (m) => [`time:${hour24(m[1], m[3])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2}):(\\d{2})(?!\\d)`), (m) => [`time:${Number(m[1])}:${m[2]}`]],
  [re(`${NOT_AFTER}(\\d{1,2})\\s?([ap])\\.?m\\b\\.?`, 'iu'), (m) => [`time:${hour24(m[1], m[2])}:00`]],
  [re(`${NOT_AFTER}(\\d{1,2})\\so'clock\\b`), (m) => [`time:${Number(m[1])}:00`]],
  [re(`(?:['’])?(?<!\\d)(\\d{2}|\\d{4})s\\b`), (m) => [`decade:${decade(m[1])}`]],
  [re(`${NOT_AFTER}\\d{1,3}(?:${GROUP_EN}\\d{3})+(?:\\.\\d+)?(?!\\d)`), (m) => [num(m[0].replace(new RegExp(GROUP_EN, 'g'), ''))]],
  [re(`${NOT_AFTER}\\d+(?:\\.\\d+)?(?:st|nd|rd|th)?(?!\\d)`), (m) => [num(m[0].replace(/(st|nd|rd|th)$/, ''))]],
];

/** Numbers in German text (Swiss apostrophe and dot grouping, decimal comma, "24. Februar", "1970er-Jahre"). */
export function germanNumbers(text: string): NumberMention[] {
  return [...scan(text, DE_PATTERNS), ...words(text, DE_WORDS, 'de'), ...bareMonths(text, DE_MONTHS, /\b(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/gu)];
}

/** Numbers in English text (comma grouping, decimal point, "24 February", "February 24", "1970s"). */
export function englishNumbers(text: string): NumberMention[] {
  return [
    ...scan(text, EN_PATTERNS),
    ...words(text, EN_WORDS, 'en'),
    ...words(text, EN_DECADES, 'en', (n) => `decade:${n}`),
    ...bareMonths(text, EN_MONTHS, /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/gu),
  ];
}

/** English numbers written the German way: dot grouping, decimal comma, apostrophe grouping, "24. February". */
export function germanFormatsInEnglish(text: string): Array<{ text: string; index: number; why: string }> {
  const out: Array<{ text: string; index: number; why: string }> = [];
  const find = (pattern: RegExp, why: string) => {
    for (const m of text.matchAll(pattern)) out.push({ text: m[0], index: m.index ?? 0, why });
  };
  find(/(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,])/g, 'a dot as thousands separator (English: 1,000,000)');
  find(/(?<![\d.,])\d+,\d{1,2}(?![\d,])/g, 'a decimal comma (English: 3.5)');
  find(/(?<![\d.,'’])\d{1,3}(?:['’]\d{3})+(?!\d)/g, "an apostrophe as thousands separator (English: 1,000,000)");
  find(new RegExp(`(?<![\\d.,])\\d{1,2}\\.\\s(?:${MONTH_EN})\\b`, 'giu'), 'a German ordinal dot in a date (English: 24 February)');
  return out;
}

function scan(text: string, patterns: Array<[RegExp, (m: RegExpExecArray) => string[]]>): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < text.length) {
    let matched = 0;
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /\d/.test(text[i])) {
      for (const [pattern, values] of patterns) {
        pattern.lastIndex = i;
        const m = pattern.exec(text);
        if (!m || !/\d/.test(m[0])) continue;
        for (const value of values(m)) out.push({ value, text: m[0], index: i, weak: false });
        matched = m[0].length;
        break;
      }
    }
    i += matched || 1;
  }
  return out;
}

function words(text: string, table: Record<string, number>, lang: 'de' | 'en', value: (n: number) => string = (n) => num(String(n))): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const n = table[m[0].toLocaleLowerCase(lang)];
    if (n !== undefined) out.push({ value: value(n), text: m[0], index: m.index ?? 0, weak: true });
  }
  return out;
}

function bareMonths(text: string, table: Record<string, number>, pattern: RegExp): NumberMention[] {
  return [...text.matchAll(pattern)].map((m) => ({ value: `month:${table[m[1].toLowerCase()]}`, text: m[0], index: m.index ?? 0, weak: true }));
}

function re(source: string, flags = 'u'): RegExp {
  return new RegExp(source, `${flags.replace('g', '').replace('y', '')}y`);
}

function num(s: string): string {
  const n = Number(s);
  return Number.isFinite(n) ? String(n) : s;
}

const decade = (digits: string) => String(Number(digits) % 100).padStart(2, '0');
const hour24 = (h: string, ap: string) => (Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0);
