// German word → English keys, from the glossary, the built-in word list (lexicon/de-en.tsv) and any
// extra dictionaries, with German inflection and compounds undone. Expects surface words; returns
// translations whose `key` is the stemmed English word, the same key the English side uses.
import fs from 'node:fs';
import type { GlossaryEntry } from '../model/glossary.js';
import type { LexiconSource } from './types.js';
import { foldGerman } from '../lang/de/fold.js';
import { foldLatin } from '../lang/normalize-text.js';
import { germanBaseForms, splitCompound } from './german-forms.js';
import { stemEnglish } from './stem-en.js';
import { englishBaseForm } from '../lang/en/irregular-forms.js';
import { GERMAN_STOPWORDS } from '../lang/de/stopwords.js';
import { ENGLISH_STOPWORDS } from '../lang/en/stopwords.js';

export interface Translation {
  /** Shared key: `w:` + Porter stem of the folded English word. */
  key: string;
  /** `glossary`, `dict`, or the name of an extra lexicon. */
  source: string;
  /** The German entry that matched (for explanations). */
  entry: string;
}

export interface Lexicon {
  translate(word: string): readonly Translation[];
}

/** The shared key of an English word: `w:` + Porter stem of its folded lower case (irregular forms to base). */
const keyCache = new Map<string, string>();
export function englishKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    k = `w:${stemEnglish(englishBaseForm(foldLatin(word)))}`;
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

/** Content-word keys of an English phrase from a dictionary ("put out (a fire)" → put, out). */
export function phraseKeys(phrase: string): string[] {
  const plain = phrase.replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>|\b(sth|sb|so|smth)\b\.?/g, ' ');
  const words = plain.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !ENGLISH_STOPWORDS.has(w.toLowerCase()))
    .map(englishKey);
}

type Table = Map<string, string[]>;

let builtin: Table | undefined;

/** Parses the TSV word list: `german<TAB>english; english…`, `#` comments. */
export function parseLexiconTsv(text: string): Table {
  const table: Table = new Map();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const de = foldGerman(line.slice(0, tab).trim());
    const en = line.slice(tab + 1).split(/[;|]/).map((s) => s.trim()).filter(Boolean);
    const list = table.get(de) ?? [];
    table.set(de, [...list, ...en]);
  }
  return table;
}

/** The committed word list (read once). */
export function builtinTable(): Table {
  builtin ??= parseLexiconTsv(fs.readFileSync(new URL('./lexicon/de-en.tsv', import.meta.url), 'utf8'));
  return builtin;
}

function glossaryTable(entries: readonly GlossaryEntry[]): Map<string, Array<{ en: string[]; entry: string }>> {
  const table = new Map<string, Array<{ en: string[]; entry: string }>>();
  const add = (w: string, en: string[], entry: string): void => {
    const list = table.get(w) ?? [];
    list.push({ en, entry });
    table.set(w, list);
  };
  for (const e of entries) {
    const ens = e.en.filter(Boolean);
    if (!ens.length) continue;
    for (const form of [e.de, ...(e.variants ?? [])]) {
      const words = form.split(/[\s-]+/).filter((w) => w.length > 1 && !GERMAN_STOPWORDS.has(foldGerman(w)));
      if (words.length <= 1) {
        for (const w of words) add(foldGerman(w), ens, `${e.de}=${ens[0]}`);
        continue;
      }
      // a term of several words ("Russland-Experte" = "Russia expert"): word by word when the English
      // has as many content words, otherwise every German word may stand for the whole rendering
      for (const en of ens) {
        const enWords = en.split(/[\s-]+/).filter((w) => w.length > 1 && !ENGLISH_STOPWORDS.has(w.toLowerCase()));
        words.forEach((w, k) => add(foldGerman(w), enWords.length === words.length ? [enWords[k]] : [en], `${w}=${enWords.length === words.length ? enWords[k] : en} (${e.de})`));
      }
    }
  }
  return table;
}

/** Builds a lexicon over the glossary, the built-in list and extra sources. */
export function createLexicon(opts: { glossary?: readonly GlossaryEntry[]; lexicons?: readonly LexiconSource[]; builtin?: boolean } = {}): Lexicon {
  const gloss = glossaryTable(opts.glossary ?? []);
  const table = opts.builtin === false ? new Map<string, string[]>() : builtinTable();
  const extra = opts.lexicons ?? [];
  const cache = new Map<string, Translation[]>();

  const direct = (form: string): Translation[] => {
    const out: Translation[] = [];
    for (const g of gloss.get(form) ?? []) for (const en of g.en) for (const key of phraseKeys(en)) out.push({ key, source: 'glossary', entry: g.entry });
    for (const en of table.get(form) ?? []) for (const key of phraseKeys(en)) out.push({ key, source: 'dict', entry: form });
    for (const src of extra) for (const en of src.lookup(form) ?? []) for (const key of phraseKeys(en)) out.push({ key, source: src.name, entry: form });
    return out;
  };
  // a compound head must be a known word in (nearly) base form: the head carries the inflection
  const knownCache = new Map<string, boolean>();
  const known = (form: string): boolean => {
    let k = knownCache.get(form);
    if (k === undefined) {
      const m = /^(.{4,}?)(en|er|es|e|n|s)$/.exec(form);
      k = [form, m?.[1], m ? `${m[1]}e` : undefined].some((b) => b !== undefined && (table.has(b) || gloss.has(b) || extra.some((x) => x.lookup(b) !== undefined)));
      knownCache.set(form, k);
    }
    return k;
  };
  const byForms = (w: string): Translation[] => {
    for (const b of germanBaseForms(w)) {
      const hit = direct(b);
      if (hit.length) return hit;
    }
    return [];
  };

  return {
    translate(word: string): readonly Translation[] {
      const w = foldGerman(word);
      const hit = cache.get(w);
      if (hit) return hit;
      let out = byForms(w);
      if (!out.length && w.length >= 7) {
        for (const [mod, head] of splitCompound(w, known)) {
          // "entscheidende" is a participle (entscheid-end-e), not Entscheid + Ende
          if (head.startsWith('end') && !mod.endsWith('s') && !known(mod)) continue;
          const h = byForms(head);
          if (!h.length) continue;
          out = [...h, ...byForms(mod)];
          break;
        }
      }
      const seen = new Set<string>();
      out = out.filter((t) => (seen.has(t.key) ? false : (seen.add(t.key), true)));
      cache.set(w, out);
      return out;
    },
  };
}
