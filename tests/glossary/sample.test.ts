import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGlossary, matchTerms, parseGlossary } from '../../src/glossary/index.js';

// The public contract sample (copied from ../shared/tools/data/terms-sample, free to copy).
const dir = new URL('../fixtures/glossary/sample/', import.meta.url);
const parsed = parseGlossary(fs.readFileSync(new URL('glossary.yaml', dir), 'utf8'), 'sample/glossary.yaml');
const cases = fs.readFileSync(new URL('cases.jsonl', dir), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; expected: Array<{ term: string; surface: string }> });
const matcher = compileGlossary({ entries: parsed.entries });

describe('contract sample glossary', () => {
  it('parses without diagnostics', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.entries.map((e) => e.de)).toContain('grenzenlose Freundschaft');
  });
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const hits = matchTerms(matcher, c.text).map((h) => ({ term: h.term, surface: h.surface }));
    expect(hits).toEqual(c.expected);
  });
});
