// Markdown nested beyond the documented limits is refused before parsing (micromark's time grows with
// the square of the depth; 10,000 levels ran for minutes, then overflowed the stack: exit 70). Exit 2,
// markdown-too-deep at the line, nothing written; ordinary deep-ish Markdown still reads.
import { describe, expect, it } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { segmentDocument } from '../../src/segment/index.js';
import { MARKDOWN_LIMITS } from '../../src/markdown/limits.js';
import { copyProject, listFiles, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

function refusal(text: string) {
  try {
    segmentDocument({ path: 'deep.md', text });
  } catch (e) {
    if (e instanceof DiglotError) return e.diagnostics[0];
    throw e;
  }
  throw new Error('expected markdown-too-deep');
}

const nestedList = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- Punkt ${i}`).join('\n');

describe('Markdown limits', () => {
  it('refuses 10,000 nested quotes, lists and list markers at the first line too deep', () => {
    expect(refusal(`Vorher.\n\n${'>'.repeat(10_000)} Hallo.\n`)).toMatchObject({ ruleId: 'markdown-too-deep', file: 'deep.md', place: { start: { line: 3, column: 1 } } });
    expect(refusal(`${nestedList(1_000)}\n`)).toMatchObject({ ruleId: 'markdown-too-deep', place: { start: { line: 33 } } });
    expect(refusal(`${'- '.repeat(10_000)}Hallo.\n`).message).toContain('nested 10000 deep here; diglot reads at most 32 levels');
    expect(refusal(`${'> - '.repeat(20)}x\n`).message).toContain('nested 40 deep');
    // container directives nest too (3,000 took minutes)
    expect(refusal(`${':::hinweis\n'.repeat(3000)}Text.\n`)).toMatchObject({ ruleId: 'markdown-too-deep', place: { start: { line: 33 } } });
    expect(() => segmentDocument({ path: 'ok.md', text: ':::caption\nBild.\n:::\n\n'.repeat(100) })).not.toThrow();
  });

  it('refuses runs of thousands of emphasis delimiters and inline nesting deeper than the tree limit', () => {
    expect(refusal(`Text ${'*'.repeat(10_000)}a${'*'.repeat(10_000)}\n`)).toMatchObject({ ruleId: 'markdown-too-deep', place: { start: { line: 1, column: 6 } } });
    const deepEmphasis = `${'*a '.repeat(MARKDOWN_LIMITS.maxTreeDepth)}b${' a*'.repeat(MARKDOWN_LIMITS.maxTreeDepth)}\n`;
    expect(refusal(deepEmphasis).message).toContain(`nested more than ${MARKDOWN_LIMITS.maxTreeDepth} deep`);
  });

  it('reads what stays within the limits: 32 levels, thematic breaks, long fences and code', () => {
    const ok = [
      `${'>'.repeat(MARKDOWN_LIMITS.maxContainerDepth)} Tief.\n`,
      `${nestedList(16)}\n`,
      `${'* '.repeat(100)}\n\n${'-'.repeat(500)}\n\n${'_'.repeat(300)}\n`,
      `\`\`\`\n${'*'.repeat(1000)}\n\`\`\`\n\nDanach.\n`,
      `Sterne: ${'*'.repeat(MARKDOWN_LIMITS.maxDelimiterRun)}\n`,
    ];
    expect(ok).toHaveLength(5);
    for (const text of ok) expect(() => segmentDocument({ path: 'ok.md', text })).not.toThrow();
    expect(segmentDocument({ path: 'ok.md', text: ok[0] }).document.segments.map((s) => s.key)).toEqual(['Tief.']);
  });

  it('the CLI exits 2 with the position and writes nothing', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'locales/de/tief.md', `---\ntitle: Tief\n---\n\n${nestedList(300)}\n`);
    const seg = await runDiglot(['segment', 'locales/de/tief.md'], { cwd: dir });
    expect(seg.code).toBe(2);
    expect(seg.stderr).toMatch(/^locales\/de\/tief\.md:37:1: error markdown-too-deep: block quotes, lists and directives are nested 33 deep here/m);
    const before = listFiles(dir);
    const build = await runDiglot(['build'], { cwd: dir });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('error markdown-too-deep');
    expect(listFiles(dir)).toEqual(before);
  });
});
