// German word lists live in src/lang (and the segmentation rule packs in src/segment/lang): a list of
// 30 or more German words anywhere else in src/ — as a string array, a word table, object keys or a
// regex alternation — is a copy that will drift. The detector itself is tested on a fixture first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findWordLists, type WordList } from './find-word-lists.js';
import { germanVocabulary } from './german-vocabulary.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MIN_GERMAN = 30;
/** Language-data homes: src/lang, and the segmenter's rule packs (engine configuration, see src/lang/index.ts). */
const ALLOWED = ['src/lang/', 'src/segment/lang/', 'src/segment/srx/'];

const isGerman = germanVocabulary();
/** A German word list: 30 German words or more, and at least half of the list's words German. */
const strays = (source: string, file: string): WordList[] =>
  findWordLists(source, file, isGerman, MIN_GERMAN).filter((l) => l.german.length >= MIN_GERMAN && l.german.length * 2 >= l.words.length);

describe('the German word-list detector', () => {
  const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/lang/stray-lists.ts.txt'), 'utf8');
  const found = strays(fixture, 'stray-lists.ts');
  const lineOf = (name: string) => fixture.split('\n').findIndex((l) => l.startsWith(`const ${name} =`)) + 1;

  it('finds arrays, word tables, object keys and regex alternations of 30 German words', () => {
    expect(found.map((l) => [l.kind, l.line])).toEqual([
      ['array', lineOf('PARTICLES')],
      ['table', lineOf('TABLE')],
      ['record', lineOf('NUMBERS')],
      ['regex', lineOf('MONTHS')],
    ]);
    expect(found.every((l) => l.german.length >= MIN_GERMAN)).toBe(true);
  });

  it('leaves shorter lists, English lists and prose alone', () => {
    const all = findWordLists(fixture, 'stray-lists.ts', isGerman, 20);
    const short = all.find((l) => l.line === lineOf('SHORT'));
    expect(short?.german).toHaveLength(29);
    expect(all.find((l) => l.line === lineOf('ENGLISH'))?.words).toHaveLength(40);
    for (const name of ['SHORT', 'ENGLISH', 'HINT']) expect(found.some((l) => l.line === lineOf(name)), name).toBe(false);
  });
});

describe('src/', () => {
  it('has no German word list outside src/lang and the segmentation rule packs', () => {
    const files = (fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
      .map((f) => `src/${f.split(path.sep).join('/')}`)
      .filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(200);
    const outside = files.filter((f) => !ALLOWED.some((dir) => f.startsWith(dir)));
    const offending = outside.flatMap((f) => strays(fs.readFileSync(path.join(root, f), 'utf8'), f).map((l) => `${f}:${l.line}: ${l.kind} of ${l.german.length} German words (${l.german.slice(0, 6).join(', ')}, …): move it to src/lang`));
    expect(offending).toEqual([]);
    // and the homes do hold such lists (the detector sees them there)
    const inside = files.filter((f) => f.startsWith('src/lang/')).flatMap((f) => strays(fs.readFileSync(path.join(root, f), 'utf8'), f));
    expect(inside.length).toBeGreaterThanOrEqual(5);
  });
});
