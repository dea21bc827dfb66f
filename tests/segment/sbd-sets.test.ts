import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, hasShared, readJsonl, sentences, sharedRoot } from './helpers.js';

// The three public German sets; scoring as the evaluation does: whitespace runs → one space, trimmed.
const SETS = [
  ['pragmatic_segmenter', 'sbd_de_pragmatic_segmenter/deutsch_spec.jsonl'],
  ['pysbd', 'sbd_de_pysbd/test_deutsch.jsonl'],
  ['sentencex', 'sbd_de_sentencex/de.jsonl'],
] as const;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const exceptions = JSON.parse(fs.readFileSync(path.join(fixtures, 'sbd-exceptions.json'), 'utf8')) as { cases: Array<{ ids: string[]; diglot: string[] }> };
const knownWrong = new Map(exceptions.cases.flatMap((c) => c.ids.map((id) => [id, c.diglot] as const)));

interface Case {
  id: string;
  text: string;
  sentences: string[];
  disabled_upstream?: boolean;
}

describe.skipIf(!hasShared)('public German sentence-boundary sets', () => {
  if (!hasShared) console.warn('skipped: ../shared/data/sbd-de is absent');
  for (const [name, file] of SETS) {
    const all = hasShared ? readJsonl<Case>(path.join(sharedRoot, 'data/sbd-de', file)) : [];
    // as the evaluation: upstream-disabled cases and gold that rewrites the text are not scored
    const cases = all.filter((c) => !c.disabled_upstream && norm(c.sentences.map(norm).join(' ')) === norm(c.text));
    it(`${name}: every case passes except the documented exceptions`, () => {
      expect(cases.length).toBeGreaterThan(20);
      const failures: string[] = [];
      for (const c of cases) {
        const got = sentences(c.text).map(norm);
        const gold = c.sentences.map(norm).filter(Boolean);
        if (JSON.stringify(got) === JSON.stringify(gold)) continue;
        if (knownWrong.has(c.id)) expect(got).toEqual(knownWrong.get(c.id)!.map(norm));
        else failures.push(`${c.id}: ${JSON.stringify(got)}`);
      }
      expect(failures).toEqual([]);
    });
  }
});
