// A look-up query is a term, a phrase or a sentence: up to 1,000 characters, anything in them; a
// 100,000-character query is a usage error (exit 2), not a regular expression too large (exit 70).
import { describe, expect, it } from 'vitest';
import { compileGlossary, lookupGlossary } from '../../src/glossary/index.js';
import { MAX_QUERY_LENGTH } from '../../src/glossary/lookup.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { copyProject } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { entry } from './helpers.js';

const glossary = { entries: [entry('Bündnis', 'alliance'), entry('Gipfel', 'summit')] };
const matcher = compileGlossary(glossary);

describe('lookup query limit', () => {
  it('looks up queries up to the limit, regex characters included', () => {
    const long = `Bündnis ${'(x+)*[y] '.repeat(200)}`.slice(0, MAX_QUERY_LENGTH);
    expect(long).toHaveLength(MAX_QUERY_LENGTH);
    expect(lookupGlossary(glossary, matcher, long).map((m) => m.entry.de)).toContain('Bündnis');
  });

  it('refuses a longer query with lookup-query-too-long', () => {
    let error: unknown;
    try {
      lookupGlossary(glossary, matcher, 'Gipfel '.repeat(15_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DiglotError);
    expect((error as DiglotError).diagnostics[0]).toMatchObject({ ruleId: 'lookup-query-too-long', message: expect.stringContaining('the query has 104999 characters') });
  });

  it('the CLI exits 2 with the message, no stack', async () => {
    const res = await runDiglot(['lookup', 'x'.repeat(100_000)], { cwd: copyProject('tests/fixtures/build/basic/input') });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^error lookup-query-too-long: the query has 100000 characters/m);
    expect(res.stderr).not.toContain('internal error');
  });
});
