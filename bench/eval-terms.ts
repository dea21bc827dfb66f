// Glossary term matching and the newsroom QA rules of issue 15, measured: recall and precision per
// term class (tests/fixtures/glossary/classes, and the older accuracy set) for diglot, diglot without
// its lexicon and the literal baseline; real-text recall probes on WMT20/FLORES-200/NTREX-128 German;
// and the QA rules on those 3,414 human DE–EN pairs (firings = false alarms, synthetic swaps = recall).
// Usage: node src/cli/run-ts.js bench/eval-terms.ts   (the real-text parts need ../shared)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileAccuracyGlossary, literalMatcher, loadAccuracyFixture, loadClassSets, precision, recall, scoreCases, scoreMatcher } from '../tests/glossary/accuracy-cases.js';
import { compileGlossary, loadGlossaries, matchTerms } from '../src/glossary/index.js';
import { loadLexicon } from '../src/glossary/lexicon.js';
import { checkEntities, checkNumberWords, createNameTable, readPlaceNames } from '../src/check/index.js';
import { builtinTable } from '../src/align/lexicon.js';
import { readJsonl } from './lib/data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/data/parallel-de-en');
const f3 = (x: number): string => x.toFixed(3);

console.log('Glossary term classes (recall / precision; expected hits)');
const sets = loadClassSets();
const old = loadAccuracyFixture();
sets.push({ name: 'accuracy (older set)', glossaryText: old.glossaryText, cases: old.cases });
const total = { diglot: { expected: 0, predicted: 0, tp: 0 }, rules: { expected: 0, predicted: 0, tp: 0 }, literal: { expected: 0, predicted: 0, tp: 0 } };
const add = (t: { expected: number; predicted: number; tp: number }, s: { expected: number; predicted: number; tp: number }): void => {
  t.expected += s.expected;
  t.predicted += s.predicted;
  t.tp += s.tp;
};
for (const s of sets) {
  const d = scoreMatcher(s.cases, compileAccuracyGlossary(s.glossaryText)).total;
  const r = scoreMatcher(s.cases, compileAccuracyGlossary(s.glossaryText, { lexicon: false })).total;
  const l = scoreCases(s.cases, literalMatcher(s.glossaryText)).total;
  if (!s.name.startsWith('accuracy')) { add(total.diglot, d); add(total.rules, r); add(total.literal, l); }
  console.log(`  ${s.name.padEnd(22)} ${String(s.cases.length).padStart(4)} sentences ${String(d.expected).padStart(4)} hits  diglot ${f3(recall(d))} / ${f3(precision(d))}  rules only ${f3(recall(r))} / ${f3(precision(r))}  literal ${f3(recall(l))} / ${f3(precision(l))}`);
}
console.log(`  ${'all six classes'.padEnd(22)} ${''.padStart(14)} ${String(total.diglot.expected).padStart(4)} hits  diglot ${f3(recall(total.diglot))} / ${f3(precision(total.diglot))}  rules only ${f3(recall(total.rules))} / ${f3(precision(total.rules))}  literal ${f3(recall(total.literal))} / ${f3(precision(total.literal))}`);

if (!fs.existsSync(shared)) {
  console.log('\n../shared is absent: real-text probes and QA figures skipped');
  process.exit(0);
}
const pairs: Array<{ de: string; en: string; set: string }> = [];
for (const [file, set] of [['wmt20-newstest-de-en/dev.docs.jsonl', 'WMT20'], ['par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl', 'FLORES'], ['par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl', 'NTREX']]) {
  for (const doc of readJsonl(path.join(shared, file))) (doc.de as string[]).forEach((de, i) => pairs.push({ de, en: (doc.en as string[])[i], set }));
}

console.log(`\nReal-text probes on ${pairs.length} German paragraphs: every word of a class found in the text, as an entry`);
const lexicon = loadLexicon();
if (lexicon) {
  const fold = (s: string): string => s.toLowerCase().replace(/ß/g, 'ss');
  const words = new Set<string>();
  for (const p of pairs) for (const m of p.de.matchAll(/\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*/gu)) words.add(m[0]);
  const hit = (entry: string, w: string): boolean => matchTerms(compileGlossary({ entries: [{ de: entry, en: ['x'], forbidden: [], variants: [], match: 'inflect' }] }), `Man sah die ${w} gestern.`).some((h) => h.surface === w);
  const probe = (name: string, list: Array<[string, string]>): void => {
    const missed = list.filter(([e, w]) => !hit(e, w));
    console.log(`  ${name.padEnd(46)} ${list.length - missed.length}/${list.length}  missed: ${missed.slice(0, 6).map(([e, w]) => `${e}→${w}`).join(' ') || '—'}`);
  };
  const deUml = (s: string): string => s.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  const fem: Array<[string, string]> = [];
  const gen: Array<[string, string]> = [];
  const hyp: Array<[string, string]> = [];
  const clo: Array<[string, string]> = [];
  for (const w of words) {
    const parts = w.split('-');
    const m = /^(.+?)in(?:nen)?$/.exec(w);
    if (m && lexicon.paradigm(fold(w))?.gender === 'F') {
      const masc = [m[1], `${m[1]}e`, deUml(m[1]), `${deUml(m[1])}e`].find((c) => lexicon.paradigm(fold(c))?.gender === 'M');
      if (masc) fem.push([masc, w]);
    }
    if (parts.length === 1) {
      for (const end of ['es', 's']) {
        if (!w.endsWith(end)) continue;
        const p = lexicon.paradigm(fold(w.slice(0, -end.length)));
        if (p && p.gender !== 'F' && !p.lemma.endsWith('e') && w.length - end.length > 2) { gen.push([w.slice(0, -end.length), w]); break; }
      }
      const f = fold(w);
      if (w.length >= 8 && lexicon.paradigm(f)) {
        for (let k = 4; k <= f.length - 4; k++) {
          if (lexicon.paradigm(f.slice(k)) && lexicon.isModifier(f.slice(0, k)) && lexicon.paradigm(f.slice(0, k))) { clo.push([`${w.slice(0, k)}-${w[k].toUpperCase()}${w.slice(k + 1)}`, w]); break; }
        }
      }
    } else if (parts.length === 2 && parts[0].length >= 3 && parts[0] !== parts[0].toUpperCase() && lexicon.paradigm(fold(parts[1]))) {
      hyp.push([parts[0] + parts[1].toLowerCase(), w]);
    }
  }
  probe('feminine (-in/-innen) by the masculine entry', fem);
  probe('genitive -s/-es of lexicon nouns', gen);
  probe('hyphenated text, closed entry', hyp);
  probe('closed text, hyphenated entry', clo);
}

console.log(`\nQA rules on ${pairs.length} human DE–EN pairs (a firing is a false alarm, or a real difference)`);
const glossary = loadGlossaries(['people-and-places.yaml', 'politics.yaml'].map((f) => path.join(root, 'glossary', f))).glossary;
const matcher = compileGlossary(glossary);
const table = createNameTable({ places: readPlaceNames(), words: builtinTable(), glossary: glossary.entries, ...(lexicon ? { isNounForm: lexicon.isNounForm } : {}) });
const fired = new Map<string, number>();
for (const p of pairs) {
  for (const f of [...checkNumberWords(p.de, p.en), ...checkEntities(p.de, p.en, table, matchTerms(matcher, p.de))]) fired.set(`${p.set} ${f.ruleId}`, (fired.get(`${p.set} ${f.ruleId}`) ?? 0) + 1);
}
for (const set of ['WMT20', 'FLORES', 'NTREX']) {
  const n = pairs.filter((p) => p.set === set).length;
  console.log(`  ${set.padEnd(7)} ${String(n).padStart(5)} pairs: ${['number-word-mismatch', 'entity-mismatch', 'entity-missing', 'entity-extra'].map((r) => `${r} ${fired.get(`${set} ${r}`) ?? 0}`).join(', ')}`);
}
// Recall: change the English the way a careless edit would, where the pair was clean.
const swap: Record<string, string> = { one: 'two', two: 'three', three: 'four', four: 'five', five: 'six', six: 'seven', seven: 'eight', eight: 'nine', nine: 'ten', ten: 'eleven' };
const names = ['Macron', 'Johnson', 'Scholz', 'Paris', 'Madrid', 'Warsaw', 'Obama', 'Lisbon'];
let numTried = 0;
let numCaught = 0;
let nameTried = 0;
let nameCaught = 0;
pairs.forEach((p, i) => {
  if (!checkNumberWords(p.de, p.en).length) {
    const m = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(p.en);
    if (m && /\b(eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|beiden?|ein(e|en|em|er|es)? (jahr|monat|woche|tag|stunde))/i.test(p.de)) {
      numTried++;
      if (checkNumberWords(p.de, p.en.slice(0, m.index) + swap[m[1]] + p.en.slice(m.index + m[1].length)).length) numCaught++;
    }
  }
  const hits = matchTerms(matcher, p.de);
  if (checkEntities(p.de, p.en, table, hits).some((f) => f.ruleId === 'entity-mismatch')) return;
  const name = [...p.en.matchAll(/(?<=[a-z,] )([A-Z][a-z]{3,})\b/g)].map((x) => x[1]).find((w) => new RegExp(`\\b${w}\\b`).test(p.de) && !names.includes(w));
  if (!name) return;
  nameTried++;
  const en = p.en.replace(new RegExp(`\\b${name}\\b`, 'g'), names[i % names.length]);
  if (checkEntities(p.de, en, table, hits).some((f) => f.ruleId === 'entity-mismatch')) nameCaught++;
});
console.log(`  synthetic recall: number word changed in the English ${numCaught}/${numTried} (${f3(numCaught / numTried)}); a name of both texts replaced by another ${nameCaught}/${nameTried} (${f3(nameCaught / nameTried)})`);
