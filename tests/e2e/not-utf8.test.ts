// Every file diglot reads is checked for UTF-8 before anything is used: a Latin-1 file stops the
// command with exit 2, `input-not-utf8` at the first bad byte, and nothing written or changed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, listFiles, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const SYNC = 'tests/fixtures/sync/basic';
const BUILD = 'tests/fixtures/build/basic/input';

/** Every file of the project with its bytes, to prove that nothing was written. */
const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));
const latin1 = (dir: string, file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), Buffer.from(text, 'latin1'));
};

async function refused(dir: string, argv: string[], file: string, line: number, column: number) {
  const before = snapshot(dir);
  const res = await runDiglot(argv, { cwd: dir });
  expect(res.code, res.stderr).toBe(2);
  expect(res.stderr).toContain(`${file}:${line}:${column}: error input-not-utf8: not valid UTF-8: byte 0x`);
  expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(snapshot(dir)).toEqual(before);
}

describe('files that are not UTF-8', () => {
  it('a Latin-1 resource: sync and build stop, nothing is archived or rewritten', async () => {
    const dir = copyProject(SYNC);
    const res = read(dir, 'locales/en/gipfel.json').replace('"Summit in Geneva"', '"Summit in Geneva: café £5"');
    latin1(dir, 'locales/en/gipfel.json', res);
    await refused(dir, ['sync'], 'locales/en/gipfel.json', 2, 43);
    await refused(dir, ['build'], 'locales/en/gipfel.json', 2, 43);
    await refused(dir, ['coverage'], 'locales/en/gipfel.json', 2, 43);
  });

  it('a Latin-1 orphans archive or sidecar: sync stops instead of overwriting it', async () => {
    const dir = copyProject(SYNC);
    latin1(dir, '.diglot/locales/en/gipfel.orphans.json', '{\n  "format": "diglot-orphans/1",\n  "orphans": [\n    {"de":"Alt.","en":"Old café.","reason":"source-edited"}\n  ]\n}\n');
    await refused(dir, ['sync'], '.diglot/locales/en/gipfel.orphans.json', 4, 31);
    fs.rmSync(path.join(dir, '.diglot/locales/en/gipfel.orphans.json'));
    latin1(dir, '.diglot/locales/en/gipfel.diglot.json', '{"format": "diglot-sidecar/1", "source": "x", "sourceHash": "", "entries": {"Gipfel in Genf": {"note": "é"}}}\n');
    await refused(dir, ['sync'], '.diglot/locales/en/gipfel.diglot.json', 1, 105);
  });

  it('a Latin-1 glossary, run definition or source stops the build', async () => {
    const dir = copyProject(BUILD);
    const glossary = read(dir, 'glossary/mini.yaml');
    latin1(dir, 'glossary/mini.yaml', glossary);
    await refused(dir, ['build'], 'glossary/mini.yaml', 2, 10);
    write(dir, 'glossary/mini.yaml', glossary);
    const config = read(dir, 'pipeline/edition.yaml');
    latin1(dir, 'pipeline/edition.yaml', `# Ausgabe für die Redaktion\n${config}`);
    await refused(dir, ['build'], 'pipeline/edition.yaml', 1, 12);
  });

  it('files named on the command line: segment, terms, glossary import, import', async () => {
    const dir = copyProject(BUILD);
    latin1(dir, 'in.md', 'Ein Satz.\n\nDie Brücke.\n');
    await refused(dir, ['segment', 'in.md'], 'in.md', 3, 7);
    await refused(dir, ['terms', 'in.md'], 'in.md', 3, 7);
    latin1(dir, 'terms.csv', 'de,en\nBrücke,bridge\n');
    await refused(dir, ['glossary', 'import', 'terms.csv'], 'terms.csv', 2, 3);
    latin1(dir, 'back.tmx', '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><body><tu><tuv xml:lang="de"><seg>Brücke</seg></tuv></tu></body></tmx>\n');
    await refused(dir, ['import', 'back.tmx'], 'back.tmx', 2, 56);
  });

  it('a Latin-1 translation memory is skipped with a warning (a memory never stops a build)', async () => {
    const dir = copyProject(BUILD);
    latin1(dir, 'memory/en/other.json', '{"Die Brücke.": "The bridge."}\n');
    const res = await runDiglot(['build', '--memory', 'memory/en'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('memory/en/other.json:1:9: warning input-not-utf8');
  });
});
