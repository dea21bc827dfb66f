// Term-mining precision@20: `diglot glossary mine`'s ranking (association + word-list prior) and, as the
// baseline in the same run, plain Dice association (no prior), on the sample project and on the
// FLORES-200 and NTREX-128 DE–EN sentence pairs, judged against the hand-made gold lists in
// tests/fixtures/mine/gold/*.tsv (how they were judged: tests/fixtures/mine/gold/README.md).
// Usage: node src/cli/run-ts.js bench/eval-mine.ts [--show] [--k 20]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './lib/data.js';
import { loadLexicon } from '../src/glossary/index.js';
import { mineTerms, pairsFromUnits, type MinePair, type MinedCandidate } from '../src/mine/index.js';
import { runPipeline } from '../src/project/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared/data/parallel-de-en');
const show = process.argv.includes('--show');
const kArg = process.argv.indexOf('--k');
const K = kArg > 0 ? Number(process.argv[kArg + 1]) : 20;

interface Verdict {
  ok: boolean;
  note: string;
}

/** `de<TAB>en<TAB>yes|no<TAB>note` lines; `#` comments. */
export function readGold(file: string): Map<string, Verdict> {
  const gold = new Map<string, Verdict>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [de, en, verdict, note = ''] = line.split('\t');
    gold.set(`${de}\t${en}`, { ok: verdict === 'yes', note });
  }
  return gold;
}

function score(list: readonly MinedCandidate[], gold: Map<string, Verdict>): { correct: number; judged: number; copied: number; unjudged: string[]; rows: string[] } {
  const top = list.slice(0, K);
  let correct = 0;
  let judged = 0;
  const unjudged: string[] = [];
  const rows: string[] = [];
  for (const [i, c] of top.entries()) {
    const v = gold.get(`${c.de}\t${c.en}`);
    if (v) judged++;
    else unjudged.push(`${c.de}\t${c.en}`);
    if (v?.ok) correct++;
    rows.push(`${String(i + 1).padStart(3)} ${v ? (v.ok ? '✓' : '✗') : '?'} ${c.de} → ${c.en}${c.copied ? ' (copied)' : ''}  [${c.cooc}/${c.count}, Dice ${c.dice}, score ${c.score}]`);
  }
  return { correct, judged, copied: top.filter((c) => c.copied).length, unjudged, rows };
}

async function samplePairs(): Promise<MinePair[]> {
  const project = await runPipeline({ cwd: root });
  return pairsFromUnits(project.documents);
}

function sharedPairs(file: string): MinePair[] {
  return readJsonl(file).flatMap((d) => (d.de as string[]).map((de, i) => ({ de, en: (d.en as string[])[i], where: `${String(d.docid)}:${i + 1}` })));
}

const sets: Array<{ name: string; gold: string; pairs: () => Promise<MinePair[]> | MinePair[]; withGlossary: boolean }> = [
  { name: 'sample project', gold: 'sample.tsv', pairs: samplePairs, withGlossary: true },
  { name: 'FLORES-200 devtest', gold: 'flores.tsv', pairs: () => sharedPairs(path.join(shared, 'par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl')), withGlossary: false },
  { name: 'NTREX-128', gold: 'ntrex.tsv', pairs: () => sharedPairs(path.join(shared, 'par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl')), withGlossary: false },
];

const lexicon = loadLexicon();
const project = await runPipeline({ cwd: root });
console.log(`precision@${K} of \`diglot glossary mine\` (minCount 2) against tests/fixtures/mine/gold/*.tsv`);
console.log(`| set | pairs | candidates | diglot P@${K} | copied names in top ${K} | Dice only P@${K} |`);
console.log('|:--|--:|--:|--:|--:|--:|');
const details: string[] = [];
for (const set of sets) {
  if (set.name !== 'sample project' && !fs.existsSync(shared)) {
    console.log(`| ${set.name} | skipped: ../shared is absent | | | | |`);
    continue;
  }
  const pairs = await set.pairs();
  const gold = readGold(path.join(root, 'tests/fixtures/mine/gold', set.gold));
  const input = { pairs, lexicon, ...(set.withGlossary ? { glossary: project.glossary, matcher: project.terms!.matcher } : {}) };
  const t0 = performance.now();
  const mined = mineTerms(input, { limit: K });
  const ms = performance.now() - t0;
  const plain = mineTerms(input, { limit: K, lexicalPrior: false });
  const a = score(mined.candidates, gold);
  const b = score(plain.candidates, gold);
  const n = Math.min(K, mined.candidates.length);
  const m = Math.min(K, plain.candidates.length);
  console.log(`| ${set.name} | ${pairs.length} | ${mined.candidates.length} | **${(a.correct / n).toFixed(2)}** (${a.correct}/${n}) | ${a.copied} | ${(b.correct / m).toFixed(2)} (${b.correct}/${m}) |`);
  details.push(`\n${set.name}: mined in ${(ms / 1000).toFixed(1)} s; conflicts with existing entries: ${mined.conflicts.length}`);
  if (show) details.push('diglot:', ...a.rows, 'Dice only:', ...b.rows);
  for (const u of [...new Set([...a.unjudged, ...b.unjudged])]) details.push(`  not in the gold list (counted wrong): ${u}`);
}
console.log(details.join('\n'));
