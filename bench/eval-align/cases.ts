// Evaluation cases: parallel documents from ../shared (WMT20 dev, paragraph-aligned; FLORES-200 and
// NTREX-128, sentence-aligned) disturbed deterministically from a seed, each with its gold beads.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 as rng, readJsonl } from '../lib/data.js';
export { rng };

export interface ParallelDoc {
  id: string;
  de: string[];
  en: string[];
}

export interface Case {
  corpus: string;
  id: string;
  de: string[];
  en: string[];
  gold: Array<{ de: number[]; en: number[]; op: string }>;
}

export type Op = 'keep' | 'drop-en' | 'drop-de' | 'merge-en' | 'merge-de' | 'split-de' | 'split-en' | 'insert-en' | 'insert-de';

/** Probability of each disturbance per unit (the rest is kept). */
export type Mix = Partial<Record<Exclude<Op, 'keep' | 'insert-en' | 'insert-de'>, number>> & { 'insert-en'?: number; 'insert-de'?: number };

export const PARAGRAPH_MIX: Mix = { 'drop-en': 0.05, 'drop-de': 0.03, 'merge-en': 0.12, 'merge-de': 0.06, 'split-de': 0.1, 'split-en': 0.05, 'insert-en': 0.03, 'insert-de': 0.02 };
export const SENTENCE_MIX: Mix = { 'drop-en': 0.04, 'drop-de': 0.02, 'merge-en': 0.1, 'merge-de': 0.06, 'split-de': 0.06, 'split-en': 0.04, 'insert-en': 0.02, 'insert-de': 0.02 };

const oneLine = (s: string): string => s.replace(/[\r\n\u2028\u2029\u0085\v\f]+/g, ' ').trim();


export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const DE_SPLIT = /(?<=[.!?][«»"“”)]?)\s+(?=[A-ZÄÖÜ„"«(])/;
const EN_SPLIT = /(?<=[.!?]["”’)]?)\s+(?=[A-Z"“(])/;

/** Splits a unit into sentences (paragraph units) or at a clause comma near the middle (sentence units). */
function splitUnit(text: string, lang: 'de' | 'en', sentenceLevel: boolean): string[] {
  if (!sentenceLevel) return text.split(lang === 'de' ? DE_SPLIT : EN_SPLIT).map((s) => s.trim()).filter(Boolean);
  const commas = [...text.matchAll(/[,;:] /g)].map((m) => (m.index ?? 0) + 1);
  if (!commas.length) return [text];
  const mid = text.length / 2;
  const at = commas.reduce((a, b) => (Math.abs(b - mid) < Math.abs(a - mid) ? b : a));
  const parts = [text.slice(0, at).trim(), text.slice(at).trim()];
  return parts.every((p) => p.length >= 12) ? parts : [text];
}

/** One disturbed case from an aligned document; `others` supplies foreign units for insertions. */
export function disturb(corpus: string, doc: ParallelDoc, others: readonly ParallelDoc[], seed: number, mix: Mix, sentenceLevel: boolean): Case {
  const r = rng(hash(`${seed}:${corpus}:${doc.id}`));
  const de: string[] = [];
  const en: string[] = [];
  const gold: Case['gold'] = [];
  const n = doc.de.length;
  const cut = (['drop-en', 'drop-de', 'merge-en', 'merge-de', 'split-de', 'split-en'] as const).map((op) => [op, mix[op] ?? 0] as const);
  const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, k) => from + k);
  const foreign = (lang: 'de' | 'en'): string => {
    const o = others[Math.floor(r() * others.length)];
    return oneLine(o[lang][Math.floor(r() * o[lang].length)]);
  };
  for (let k = 0; k < n; k++) {
    const dk = oneLine(doc.de[k]);
    const ek = oneLine(doc.en[k]);
    let x = r();
    let op: Op = 'keep';
    for (const [name, p] of cut) {
      if (x < p) {
        op = name;
        break;
      }
      x -= p;
    }
    if ((op === 'merge-en' || op === 'merge-de') && k + 1 >= n) op = 'keep';
    if (op === 'split-de' || op === 'split-en') {
      const parts = splitUnit(op === 'split-de' ? dk : ek, op === 'split-de' ? 'de' : 'en', sentenceLevel);
      if (parts.length < 2) op = 'keep';
      else if (op === 'split-de') {
        gold.push({ de: range(de.length, parts.length), en: [en.length], op });
        de.push(...parts);
        en.push(ek);
      } else {
        gold.push({ de: [de.length], en: range(en.length, parts.length), op });
        de.push(dk);
        en.push(...parts);
      }
    }
    if (op === 'drop-en') {
      gold.push({ de: [de.length], en: [], op });
      de.push(dk);
    } else if (op === 'drop-de') {
      gold.push({ de: [], en: [en.length], op });
      en.push(ek);
    } else if (op === 'merge-en') {
      gold.push({ de: [de.length, de.length + 1], en: [en.length], op });
      de.push(dk, oneLine(doc.de[k + 1]));
      en.push(`${ek} ${oneLine(doc.en[k + 1])}`);
      k++;
    } else if (op === 'merge-de') {
      gold.push({ de: [de.length], en: [en.length, en.length + 1], op });
      de.push(`${dk} ${oneLine(doc.de[k + 1])}`);
      en.push(ek, oneLine(doc.en[k + 1]));
      k++;
    } else if (op === 'keep') {
      gold.push({ de: [de.length], en: [en.length], op });
      de.push(dk);
      en.push(ek);
    }
    if (others.length && r() < (mix['insert-en'] ?? 0)) {
      gold.push({ de: [], en: [en.length], op: 'insert-en' });
      en.push(foreign('en'));
    }
    if (others.length && r() < (mix['insert-de'] ?? 0)) {
      gold.push({ de: [de.length], en: [], op: 'insert-de' });
      de.push(foreign('de'));
    }
  }
  return { corpus, id: doc.id, de, en, gold };
}


const asDoc = (o: Record<string, unknown>): ParallelDoc | null => {
  const de = o.de as string[];
  const en = o.en as string[];
  return Array.isArray(de) && Array.isArray(en) && de.length === en.length && de.length > 0 ? { id: String(o.docid), de, en } : null;
};

/** The three corpora, or null when ../shared is absent. FLORES excerpts are joined into ~30-sentence documents. */
export function loadCorpora(shared: string): Record<string, ParallelDoc[]> | null {
  const base = path.join(shared, 'data/parallel-de-en');
  const files = {
    wmt: path.join(base, 'wmt20-newstest-de-en/dev.docs.jsonl'),
    flores: path.join(base, 'par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl'),
    ntrex: path.join(base, 'par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl'),
  };
  if (!Object.values(files).every((f) => fs.existsSync(f))) return null;
  const load = (f: string): ParallelDoc[] => readJsonl(f).map(asDoc).filter((d): d is ParallelDoc => d !== null);
  const floresRaw = load(files.flores);
  const flores: ParallelDoc[] = [];
  let cur: ParallelDoc | null = null;
  for (const d of floresRaw) {
    cur ??= { id: `flores-${flores.length + 1}`, de: [], en: [] };
    cur.de.push(...d.de);
    cur.en.push(...d.en);
    if (cur.de.length >= 30) {
      flores.push(cur);
      cur = null;
    }
  }
  if (cur) flores.push(cur);
  return { wmt: load(files.wmt), flores, ntrex: load(files.ntrex) };
}
