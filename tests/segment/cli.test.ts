import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('diglot segment', () => {
  it('batch mode: one {"sentences"} line per input line, in order, trimmed', async () => {
    const input = [
      JSON.stringify({ text: ' Am 24. Februar kam er.  Dann ging er. ' }),
      '',
      JSON.stringify({ text: '«Ich komme.» Dann ging er.' }),
      JSON.stringify({ text: 'Mr. Smith came. He left.', lang: 'en' }),
    ].join('\n');
    const r = await cli(['segment', '--format', 'jsonl'], input);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { sentences: ['Am 24. Februar kam er.', 'Dann ging er.'] },
      { sentences: ['«Ich komme.»', 'Dann ging er.'] },
      { sentences: ['Mr. Smith came.', 'He left.'] },
    ]);
  });

  it('batch mode: a bad line gives an empty result, an error on stderr and exit 2', async () => {
    const r = await cli(['segment', '--format', 'jsonl'], `{"text":"Gut."}\nnot json\n{"text":"Auch gut."}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n')).toEqual(['{"sentences":["Gut."]}', '{"sentences":[]}', '{"sentences":["Auch gut."]}']);
    expect(r.stderr).toMatch(/stdin:2:1: error segment-bad-input-line/);
  });

  it('json for a Markdown file: segments with offsets, line, column, block, section', async () => {
    const r = await cli(['segment', 'locales/de/trump-russland-china.md', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { segments: Array<Record<string, unknown>> };
    expect(out.segments).toHaveLength(47);
    expect(Object.keys(out.segments[1])).toEqual(['id', 'text', 'start', 'end', 'line', 'column', 'block', 'section', 'key']);
    expect(out.segments[1]).toMatchObject({ text: 'Machthaber Trump, Putin.', block: 'caption', section: 'lede', line: 15, column: 1 });
  });

  it('text format and --explain', async () => {
    const r = await cli(['segment', '-', '--explain'], 'Dr. Meier kam. Dann ging er.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1:1\tbody/paragraph\tDr. Meier kam.');
    expect(r.stdout).toMatch(/keep +after "Dr\."\s+title/);
  });

  it('reads SRX rules and reports SRX errors with file:line:col, exit 2', async () => {
    const ok = await cli(['segment', '-', '--rules', 'tests/fixtures/segment/srx/newsroom.srx', '--format', 'jsonl'], 'Das Ressort. Inland berichtet.');
    expect(ok.stdout.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(['Das Ressort. Inland berichtet.']);
    const bad = await cli(['segment', '-', '--rules', 'tests/fixtures/segment/srx/broken.srx'], 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tests\/fixtures\/segment\/srx\/broken\.srx:7:9: error srx-invalid-regex/m);
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['segment'])).code).toBe(2);
    expect((await cli(['segment', 'x.md', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['segment', '-', '--rules-only'])).code).toBe(2);
    const missing = await cli(['segment', 'nope.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: error input-unreadable/);
  });
});
