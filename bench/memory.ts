// Benchmark of the translation memory: fuzzy look-up in 100,000 and 1,000,000 units (German
// sentences of ../shared/data/parallel-de-en plus deterministic variations), diglot's index vs a
// brute-force token edit distance over every unit, measured in the same run; then coverage of a
// generated 1,000-document project. Run: node src/cli/run-ts.js bench/memory.ts [--quick]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryIndex, type MemoryHit } from '../src/match/index.js';
import { segmentText } from '../src/segment/index.js';
import { runPipeline } from '../src/project/index.js';
import { computeCoverage, formatCoverageJson } from '../src/report/index.js';
import { mulberry32 } from './lib/data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.resolve(root, '../shared/data/parallel-de-en');
const quick = process.argv.includes('--quick');
const THRESHOLD = 75;
const QUERIES = 1000;
const SIZES = quick ? [100_000] : [100_000, 1_000_000];
/**
 * Brute force is slow by design: the full edit distance to every unit runs on the first N queries
 * (for the speed ratio); recall@1 is checked on more queries against the pruned scan (every unit,
 * length filter + cut-off DP: exact as well, only faster).
 */
const BRUTE_QUERIES: Record<number, number> = { 100_000: 10, 1_000_000: 3 };
const RECALL_QUERIES: Record<number, number> = { 100_000: 100, 1_000_000: 20 };

if (!fs.existsSync(data)) {
  console.log(`bench/memory: ${data} is absent (a clone without ../shared); skipped`);
  process.exit(0);
}


function loadSentences(): string[] {
  const out = new Set<string>();
  for (const file of ['wmt20-newstest-de-en/dev.docs.jsonl', 'par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl', 'par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl']) {
    for (const line of fs.readFileSync(path.join(data, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      for (const para of (JSON.parse(line) as { de: string[] }).de) {
        for (const span of segmentText(para)) {
          const s = para.slice(span.start, span.end).trim();
          if (s.split(' ').length >= 4) out.add(s);
        }
      }
    }
  }
  return [...out];
}

/** 1–4 word-level edits: substitute, delete, insert, swap, or change a number. */
function vary(sentence: string, vocab: string[], next: () => number): string {
  const words = sentence.split(' ');
  const edits = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits && words.length > 2; e++) {
    const i = Math.floor(next() * words.length);
    const op = Math.floor(next() * 5);
    if (op === 0) words[i] = vocab[Math.floor(next() * vocab.length)];
    else if (op === 1) words.splice(i, 1);
    else if (op === 2) words.splice(i, 0, vocab[Math.floor(next() * vocab.length)]);
    else if (op === 3 && i + 1 < words.length) [words[i], words[i + 1]] = [words[i + 1], words[i]];
    else words[i] = /\d/.test(words[i]) ? words[i].replace(/\d+/, String(Math.floor(next() * 1000))) : words[i].toUpperCase();
  }
  return words.join(' ');
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function benchMemory(sentences: string[]): string[][] {
  const next = mulberry32(42);
  const held = new Set(sentences.filter((_, i) => i % 20 === 0)); // 5 % never enter the memory
  const base = sentences.filter((s) => !held.has(s));
  const vocab = [...new Set(sentences.flatMap((s) => s.split(' ')))];
  const queries: string[] = [];
  const heldList = [...held];
  for (let q = 0; q < QUERIES; q++) {
    queries.push(q % 10 === 9 ? heldList[q % heldList.length] : vary(base[Math.floor(next() * base.length)], vocab, next));
  }
  const rows: string[][] = [];
  for (const size of SIZES) {
    const gen = mulberry32(size);
    const units = Array.from({ length: size }, (_, k) => (k < base.length ? base[k] : vary(base[k % base.length], vocab, gen)));
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const index = new MemoryIndex();
    const provenance = { kind: 'memory' as const, file: 'bench', key: '' };
    for (const de of units) index.add({ de, en: '', provenance });
    index.search(queries[0], { threshold: THRESHOLD }); // builds the posting lists
    const buildS = (performance.now() - t0) / 1000;
    gc();
    const heapMb = mb(process.memoryUsage().heapUsed - heapBefore);
    const t1 = performance.now();
    const fast: MemoryHit[][] = queries.map((q) => index.search(q, { threshold: THRESHOLD }));
    const indexQps = QUERIES / ((performance.now() - t1) / 1000);
    const nBrute = BRUTE_QUERIES[size];
    const t2 = performance.now();
    const brute = queries.slice(0, nBrute).map((q) => index.searchBrute(q, { threshold: THRESHOLD }));
    const bruteQps = nBrute / ((performance.now() - t2) / 1000);
    const nRecall = RECALL_QUERIES[size];
    const t3 = performance.now();
    const exact = queries.slice(0, nRecall).map((q) => index.searchBrute(q, { threshold: THRESHOLD, prune: true }));
    const scanQps = nRecall / ((performance.now() - t3) / 1000);
    const same = (a: MemoryHit[], b: MemoryHit[]) => (a[0]?.score ?? -1) === (b[0]?.score ?? -1);
    const bruteAgree = brute.every((b, i) => same(b, exact[i]));
    let agree = 0;
    let withHit = 0;
    exact.forEach((b, i) => {
      if (b.length) withHit++;
      if (same(b, fast[i])) agree++;
    });
    const hits = fast.filter((f) => f.length).length;
    if (!bruteAgree) console.log('  WARNING: the pruned scan disagrees with full brute force');
    rows.push([size.toLocaleString('en'), buildS.toFixed(1), mb(index.indexBytes()), heapMb, indexQps.toFixed(0), `${bruteQps.toFixed(2)} (${nBrute} q)`, `${(indexQps / bruteQps).toFixed(0)}×`, `${scanQps.toFixed(1)}`, `${((agree / nRecall) * 100).toFixed(1)} % of ${nRecall} (${withHit} with a match)`, `${hits}/${QUERIES}`]);
    console.log(`  ${size.toLocaleString('en')} units done`);
  }
  return rows;
}

async function benchCoverage(sentences: string[], docs: number): Promise<string[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-bench-'));
  try {
    fs.mkdirSync(path.join(dir, 'pipeline'));
    fs.mkdirSync(path.join(dir, 'locales/de'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'locales/en'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), 'sources: [locales/de/*.md]\nglossaries: []\noutputs: [coverage]\n');
    const next = mulberry32(7);
    let segments = 0;
    for (let d = 0; d < docs; d++) {
      const pick = (n: number) => Array.from({ length: n }, () => sentences[Math.floor(next() * sentences.length)]);
      const paras = [pick(3), pick(2), pick(3), pick(2)];
      const md = `---\ntitle: Dokument ${d}\nslug: doc-${d}\n---\n\n${paras[0].join(' ')}\n\n## Teil eins ${d}\n\n${paras[1].join(' ')}\n\n${paras[2].join(' ')}\n\n## Teil zwei ${d}\n\n${paras[3].join(' ')}\n`;
      fs.writeFileSync(path.join(dir, `locales/de/doc-${d}.md`), md);
      const en: Record<string, string> = {};
      for (const s of [`Dokument ${d}`, `Teil eins ${d}`, `Teil zwei ${d}`, ...paras.flat()]) if (next() < 0.9) en[s] = `EN ${s.length}`;
      fs.writeFileSync(path.join(dir, `locales/en/doc-${d}.json`), JSON.stringify(en, null, 2));
      segments += 3 + paras.flat().length;
    }
    const rows: string[][] = [];
    for (const run of ['cold (first in the process)', 'warm (second run)']) {
      gc();
      const t0 = performance.now();
      const project = await runPipeline({ cwd: dir });
      const t1 = performance.now();
      const report = computeCoverage(project.documents);
      formatCoverageJson(report);
      const t2 = performance.now();
      rows.push([String(docs), `~${segments}`, run, ((t1 - t0) / 1000).toFixed(2), (t2 - t1).toFixed(0), `${report.total.percent} %`]);
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r, k) => `| ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |${k === 0 ? `\n|${w.map((x) => '-'.repeat(x + 2)).join('|')}|` : ''}`).join('\n');
}

const sentences = loadSentences();
console.log(`bench/memory: ${sentences.length} distinct German sentences from ../shared/data/parallel-de-en; threshold ${THRESHOLD}; ${QUERIES} queries (10 % without a near match); node ${process.version}, ${os.cpus().length} cores`);
const memoryRows = benchMemory(sentences);
console.log('\nFuzzy look-up: diglot index vs brute-force token edit distance (baseline), same queries, same run');
console.log(table(['units', 'build s', 'index arrays MB', 'entries heap MB', 'index q/s', 'brute force q/s', 'ratio', 'pruned scan q/s', 'recall@1 vs exact scan', 'queries with a match'], memoryRows));
const coverageRows = await benchCoverage(sentences, quick ? 200 : 1000);
console.log('\nCoverage of a generated project (read, segment, match, check, then coverage)');
console.log(table(['documents', 'segments', 'run', 'pipeline s', 'coverage ms', 'total'], coverageRows));
