// `diglot review` in a real pseudo-terminal, as an editor uses it: the CLI runs as a child process on
// a pty (tests/helpers/pty-drive.py, Python's standard pty module: nothing native to build) that waits
// for each prompt and types the answer. Narrow terminal, NO_COLOR, colour, Ctrl-C, the name prompt,
// and an edit saved by someone else while the review is open. Skipped, with a message, without python3.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, read, repoRoot } from '../helpers/project.js';

const hasPython = spawnSync('python3', ['-c', 'import pty, termios'], { stdio: 'ignore' }).status === 0;
if (!hasPython) console.warn('tests/review/interactive-pty: skipped — python3 (with its pty module) is not installed');

interface Step {
  expect: string;
  send: string;
  write?: [string, string];
}
interface Drive {
  exit: number | null;
  output: string;
  failed: number | null;
}

/** Runs `diglot review …args` in `dir` on a pty `columns` wide, answering `steps`. */
function drive(dir: string, args: string[], steps: Step[], opts: { columns?: number; env?: Record<string, string | null> } = {}): Drive {
  const script = {
    argv: [process.execPath, path.join(repoRoot, 'src/cli/run-ts.js'), path.join(repoRoot, 'src/cli/bin.ts'), 'review', ...args],
    cwd: dir,
    columns: opts.columns ?? 80,
    env: { NO_COLOR: null, FORCE_COLOR: null, TERM: 'xterm', ...opts.env },
    timeout: 90,
    steps,
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-pty-')), 'script.json');
  fs.writeFileSync(file, JSON.stringify(script));
  const run = spawnSync('python3', [path.join(repoRoot, 'tests/helpers/pty-drive.py'), file], { encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as Drive;
  expect(result.failed, `step ${result.failed} never came; the terminal showed:\n${result.output}`).toBeNull();
  return result;
}

/** What the terminal showed, without cursor movements and carriage returns. */
const screen = (output: string) => output.replace(/\u001b\[[0-9;?]*[A-HJKSTf-hlnsu]/g, '').replace(/\r/g, '');
// the choice prompt right after the choices line ("… ? help", wrapped or not): "> " alone could match
// the echo of "English> …", and a reply typed before its prompt is read by no question
const PROMPT = 'help\n> ';
/** The screen's text with its line breaks (the terminal width's) as spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const COLOUR = /\u001b\[[0-9;]*m/;
const sidecar = (dir: string) => (JSON.parse(read(dir, '.diglot/locales/en/gipfel.diglot.json')) as { entries: Record<string, Record<string, unknown>> }).entries;

describe.skipIf(!hasPython)('diglot review in a terminal', { timeout: 150_000 }, () => {
  it('walks the sentences on a 40-column terminal without colour: skip, mark reviewed, accept, edit, quit', () => {
    const dir = copyProject('tests/fixtures/review/project');
    const r = drive(
      dir,
      ['--by', 'A. Editor', '--date', '2026-12-08'],
      [
        { expect: PROMPT, send: 's\r' }, // aligned (term error): later
        { expect: PROMPT, send: 'r\r' }, // imported: reviewed as it is
        { expect: PROMPT, send: 'a\r' }, // stale: the old English is still right
        { expect: PROMPT, send: 'e\r' }, // fuzzy: the suggestion needs a change
        // Ctrl-U clears the pre-filled suggestion, then the new English
        { expect: 'English> ', send: '\u0015The foreign ministers met in the morning.\r' },
        { expect: PROMPT, send: 's\r' }, // missing
        { expect: PROMPT, send: 'q\r' }, // memory: another day
      ],
      { columns: 40, env: { NO_COLOR: '1' } },
    );
    expect(r.exit).toBe(0);
    expect(r.output).not.toMatch(COLOUR);
    const text = screen(r.output);
    expect(text).toContain('7 sentences need a decision');
    // labels above the text on a narrow terminal; every line of the item screens fits 40 columns
    expect(text).toContain('\nGerman\nDie Delegationen reisen heute Abend ab.\nDiff\nDie Delegationen reisen heute {+Abend +}\nab.\n');
    expect(text).toContain('{+Abend +}');
    // (lines with a prompt are readline's, which the terminal wraps itself)
    const screens = text.split('\n').filter((l) => !l.includes('> '));
    expect(screens.length).toBeGreaterThan(60);
    for (const l of screens) expect([...l].length, l).toBeLessThanOrEqual(40);
    expect(flat(text)).toContain('Stopped at 6 of 7');
    expect(flat(text)).toContain('diglot review: 1 accepted, 1 edited, 1 marked reviewed, 2 skipped, 2 not reached');
    const resource = JSON.parse(read(dir, 'locales/en/gipfel.json')) as Record<string, string | null>;
    expect(resource['Die Aussenminister trafen sich am Morgen.']).toBe('The foreign ministers met in the morning.');
    expect(resource['Die Delegationen reisen heute Abend ab.']).toBe('The delegations leave today.');
    const entries = sidecar(dir);
    for (const key of ['Die Aussenminister trafen sich am Rand.', 'Die Delegationen reisen heute Abend ab.', 'Die Aussenminister trafen sich am Morgen.']) {
      expect(entries[key], key).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08' });
    }
    expect(entries['Der Gipfel beginnt am Montag.'].status).toBe('translated');
  });

  it('colours severities and the diff on a colour terminal; asks for the name; Ctrl-C quits and keeps what was decided', () => {
    const dir = copyProject('tests/fixtures/review/project');
    const r = drive(dir, ['--only', 'stale,aligned,missing'], [
      { expect: 'Your name', send: 'B. Reviewer\r' },
      { expect: PROMPT, send: 's\r' }, // aligned
      { expect: PROMPT, send: 'a\r' }, // stale
      { expect: PROMPT, send: '\u0003' }, // missing: Ctrl-C
    ]);
    expect(r.exit).toBe(0);
    expect(r.output).toMatch(COLOUR);
    expect(r.output).toContain('\u001b[31merror\u001b[39m');
    expect(flat(screen(r.output))).toContain('Stopped at 3 of 4');
    expect(flat(screen(r.output))).toContain('diglot review: 1 accepted, 0 edited, 0 marked reviewed, 1 skipped, 2 not reached');
    expect(sidecar(dir)['Die Delegationen reisen heute Abend ab.']).toMatchObject({ reviewedBy: 'B. Reviewer' });
  });

  it('detects an edit saved by someone else while the review is open: not written, the other edit kept, exit 1', () => {
    const dir = copyProject('tests/fixtures/review/project');
    const resourceFile = path.join(dir, 'locales/en/gipfel.json');
    const theirs = read(dir, 'locales/en/gipfel.json').replace('"The foreign ministers met on the sidelines."', '"The foreign ministers met on the margins."');
    const r = drive(dir, ['--by', 'A. Editor', '--only', 'imported'], [
      { expect: PROMPT, send: 'r\r', write: [resourceFile, theirs] },
    ]);
    expect(r.exit).toBe(1);
    const text = screen(r.output);
    expect(flat(text)).toMatch(/✗ not written: locales\/de\/gipfel\.md:6:31: error review-concurrent-edit: unit s[0-9a-f]{8}: the English changed while you reviewed it/);
    expect(flat(text)).toContain('diglot review: 0 accepted, 0 edited, 0 marked reviewed, 0 skipped, 1 not written');
    expect(read(dir, 'locales/en/gipfel.json')).toBe(theirs);
  });
});
