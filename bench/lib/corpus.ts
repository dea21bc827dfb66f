// A deterministic newsroom project of N articles for the build benchmark: real German and English
// sentence pairs from ../shared/data/parallel-de-en (FLORES-200, NTREX-128, WMT20 paragraphs), ~40
// sentences an article in paragraphs under `##` subheads, each article with its i18next resource.
// The same seed and N give the same files, so cold / no-change / one-edit runs compare like with like.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32, readJsonl } from './data.js';

export interface Pair {
  de: string;
  en: string;
}

/** Sentence pairs of the shared DE–EN data (empty when ../shared is absent). */
export function loadPairs(shared: string): Pair[] {
  const dir = path.join(shared, 'data/parallel-de-en');
  const out: Pair[] = [];
  const add = (de: unknown, en: unknown) => {
    if (typeof de === 'string' && typeof en === 'string' && de.trim() && en.trim() && !/[\n#*_`<>[\]|]/.test(de)) out.push({ de: de.trim(), en: en.trim() });
  };
  for (const [file, deKey, enKey] of [
    ['par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl', 'de', 'en'],
    ['par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl', 'de', 'en'],
  ] as const) {
    const abs = path.join(dir, file);
    if (!fs.existsSync(abs)) continue;
    for (const doc of readJsonl(abs)) {
      const de = doc[deKey] as unknown[];
      const en = doc[enKey] as unknown[];
      if (Array.isArray(de) && Array.isArray(en)) de.forEach((d, i) => add(d, en[i]));
    }
  }
  return out;
}

export interface CorpusOptions {
  articles: number;
  sentences?: number;
  seed?: number;
}

/** Writes the project into `dir` (created): pipeline/edition.yaml, locales/de/*.md, locales/en/*.json, a glossary. */
export function writeCorpus(dir: string, pairs: readonly Pair[], opts: CorpusOptions): { sentences: number } {
  const rand = mulberry32(opts.seed ?? 7);
  const per = opts.sentences ?? 40;
  fs.mkdirSync(path.join(dir, 'pipeline'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales/de'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'locales/en'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'glossary'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), [
    'sources: [locales/de/*.md]',
    'sourceLanguage: de-CH',
    'targetLanguage: en-GB',
    'outputs: [html, review, md, json, coverage, tmx, xliff, index]',
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'glossary/terms.yaml'), [
    'terms:',
    ...[['Regierung', 'government'], ['Präsident', 'president'], ['Polizei', 'police'], ['Wissenschaftler', 'scientist'], ['Stadt', 'city'], ['Unternehmen', 'company']]
      .flatMap(([de, en]) => [`  - de: ${de}`, `    en: ${en}`]),
    '',
  ].join('\n'));
  let total = 0;
  for (let a = 0; a < opts.articles; a++) {
    const slug = `article-${String(a).padStart(5, '0')}`;
    const pick = () => pairs[Math.floor(rand() * pairs.length)];
    const title = pick();
    const body: string[] = [];
    const resource: Record<string, string> = { [title.de.replace(/\s+/g, ' ')]: title.en };
    let n = 0;
    while (n < per) {
      if (n > 0 && n % 12 === 0) {
        const head = pick();
        body.push(`## ${head.de.replace(/[.!?]$/, '')}`, '');
        resource[head.de.replace(/[.!?]$/, '').replace(/\s+/g, ' ')] = head.en.replace(/[.!?]$/, '');
        n++;
      }
      const para: Pair[] = [];
      for (let k = 0; k < 1 + Math.floor(rand() * 4) && n < per; k++, n++) para.push(pick());
      body.push(para.map((p) => p.de).join(' '), '');
      for (const p of para) resource[p.de.replace(/\s+/g, ' ')] = p.en;
    }
    total += n + 1;
    const md = ['---', `title: ${JSON.stringify(title.de)}`, `slug: ${slug}`, 'source: diglot bench', `date: 2026-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`, '---', '', ...body].join('\n');
    fs.writeFileSync(path.join(dir, 'locales/de', `${slug}.md`), md);
    fs.writeFileSync(path.join(dir, 'locales/en', `${slug}.json`), `${JSON.stringify(resource, null, 2)}\n`);
  }
  return { sentences: total };
}
