// End to end: `diglot build` on a small fixture project; outputs compared with expected files.
// UPDATE_FIXTURES=1 npm test rewrites the expected files after an intended change.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, listFiles, read, repoRoot, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const FIXTURE = 'tests/fixtures/build/basic';
const EXPECTED = path.join(repoRoot, FIXTURE, 'expected');

describe('diglot build (fixture project)', () => {
  it('writes the edition exactly as expected', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/1 document, 11 segments, 100 % translated/);
    const dist = path.join(dir, 'dist');
    // the manifest records what the build wrote (tests/project/write-edition.test.ts)
    expect(listFiles(dist)).toEqual(['.diglot-manifest.json', 'coverage.json', 'mini.html', 'mini.json', 'mini.md', 'mini.review.html']);
    const produced = listFiles(dist).filter((f) => f !== '.diglot-manifest.json');
    if (process.env.UPDATE_FIXTURES === '1') {
      fs.rmSync(EXPECTED, { recursive: true, force: true });
      fs.cpSync(dist, EXPECTED, { recursive: true, filter: (f) => path.basename(f) !== '.diglot-manifest.json' });
    }
    expect(listFiles(EXPECTED)).toEqual(produced);
    for (const f of produced) expect(read(dist, f), f).toBe(read(EXPECTED, f));
  });

  it('offsets in the JSON slice the source file exactly', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    await runDiglot(['build'], { cwd: dir });
    const src = read(dir, 'locales/de/mini.md');
    const doc = JSON.parse(read(dir, 'dist/mini.json')) as { units: Array<{ de: { text: string; key: string; start: number; end: number }; terms: Array<{ start: number; end: number; surface: string; key?: { start: number; end: number } | null }> }> };
    let inKey = 0;
    for (const u of doc.units) {
      expect(src.slice(u.de.start, u.de.end)).toBe(u.de.text);
      // and the same hit in the key's plain text (placeholders removed), where the pages mark it
      const plain = u.de.key.replace(/<\/?\d+\/?>/g, '');
      for (const t of u.terms) {
        expect(src.slice(t.start, t.end)).toBe(t.surface);
        if (t.key) expect(plain.slice(t.key.start, t.key.end), t.surface).toBe(t.surface.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' '));
        if (t.key) inKey++;
      }
    }
    expect(inKey).toBeGreaterThan(0);
  });

  it('builds with a missing translation: warning with file:line:col, coverage drops, row marked missing', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    const en = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string>;
    delete en['Dann ging sie.'];
    write(dir, 'locales/en/mini.json', JSON.stringify(en, null, 2));
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/^locales\/de\/mini\.md:21:46: warning translation-missing: no English for "Dann ging sie\."/m);
    expect(res.stdout).toMatch(/90.9 % translated/);
    // the reader page withholds the section's English and says so once; the review page shows the gap
    const html = read(dir, 'dist/mini.html');
    expect(html).toMatch(/<section class="section section--body section--withheld" id="sec-der-gipfel">[\s\S]*?<p class="notice">This section has not been translated into English yet; it is shown in German\.<\/p>[\s\S]*?Dann ging sie\.[\s\S]*?<\/section>/);
    expect(html).not.toContain('Then she left.');
    const review = read(dir, 'dist/mini.review.html');
    expect(review).toMatch(/data-status="missing"[\s\S]*?Dann ging sie\.[\s\S]*?status--missing/);
    expect(JSON.parse(read(dir, 'dist/coverage.json')).total).toMatchObject({ segments: 11, translated: 10, missing: 1 });
  });
});

const BAD: Array<{ name: string; file: string; content: string; expect: RegExp }> = [
  { name: 'malformed run definition', file: 'pipeline/edition.yaml', content: 'sources:\n  - locales/de/*.md\n outputs: [html\n', expect: /^pipeline\/edition\.yaml:\d+:\d+: error config-invalid-yaml: /m },
  { name: 'malformed JSON resource', file: 'locales/en/mini.json', content: '{\n  "Das Bündnis wächst.": "The alliance is growing."\n  "Keine Zeit?": "No time?"\n}\n', expect: /^locales\/en\/mini\.json:3:\d+: error resource-invalid-json: /m },
  { name: 'malformed front matter', file: 'locales/de/mini.md', content: '---\ntitle: [unclosed\nslug: mini\n---\n\nText.\n', expect: /^locales\/de\/mini\.md:\d+:\d+: error frontmatter-invalid-yaml: /m },
  { name: 'unknown glossary key', file: 'glossary/mini.yaml', content: 'terms:\n  - de: Bündnis\n    en: alliance\n    englisch: alliance\n', expect: /^glossary\/mini\.yaml:4:5: error glossary-unknown-key: /m },
  { name: 'duplicate glossary entry', file: 'glossary/mini.yaml', content: 'terms:\n  - de: Bündnis\n    en: alliance\n  - de: Bündnis\n    en: league\n', expect: /^glossary\/mini\.yaml:4:\d+: error glossary-duplicate-term: /m },
  { name: 'glossary entry without English', file: 'glossary/mini.yaml', content: 'terms:\n  - de: Bündnis\n', expect: /^glossary\/mini\.yaml:2:\d+: error glossary-missing-en: /m },
  { name: 'no source matches', file: 'pipeline/edition.yaml', content: 'sources: [locales/de/nothing-*.md]\n', expect: /^pipeline\/edition\.yaml: error source-not-found: no source file matches/m },
];

describe('diglot build with bad input: clear message, exit 2, nothing written', () => {
  it.each(BAD)('$name', async (c) => {
    const dir = copyProject(`${FIXTURE}/input`);
    // a previous good build: it must survive the failed one untouched
    expect((await runDiglot(['build'], { cwd: dir })).code).toBe(0);
    const before = Object.fromEntries(listFiles(path.join(dir, 'dist')).map((f) => [f, read(dir, `dist/${f}`)]));
    write(dir, c.file, c.content);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toMatch(c.expect);
    expect(res.stderr).not.toMatch(/^\s+at /m);
    const after = Object.fromEntries(listFiles(path.join(dir, 'dist')).map((f) => [f, read(dir, `dist/${f}`)]));
    expect(after).toEqual(before);
  });

  it('a missing run definition says what to do', async () => {
    const dir = copyProject(`${FIXTURE}/input`, ['locales']);
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/error config-missing: no pipeline\/edition\.yaml in .+ or any directory above it/);
    expect(res.stderr).toMatch(/hint: run `diglot init` to start a project here, or pass --config FILE/);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});

describe('diglot build --jobs, --no-cache', () => {
  it('--jobs takes a thread count, for one build and for --watch alike: anything else is a usage error, nothing written', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    for (const argv of [['build', '--jobs', '0'], ['build', '--jobs', 'two'], ['build', '--watch', '--jobs', '1000']]) {
      const res = await runDiglot(argv, { cwd: dir });
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stderr).toMatch(/--jobs takes a number of threads from 1 to 999/);
    }
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    const one = await runDiglot(['build', '--jobs', '1', '--no-cache'], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(fs.existsSync(path.join(dir, '.diglot/cache'))).toBe(false);
  });
});

describe('diglot build --require', () => {
  it('refuses to write an edition with a missing translation under --require translated', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    const en = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string>;
    delete en['Dann ging sie.'];
    write(dir, 'locales/en/mini.json', JSON.stringify(en, null, 2));
    const res = await runDiglot(['build', '--require', 'translated'], { cwd: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/below --require translated; nothing written/);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    const ok = await runDiglot(['build', '--require', 'translated'], { cwd: copyProject(`${FIXTURE}/input`) });
    expect(ok.code).toBe(0);
  });
});

describe('diglot build --memory', () => {
  it('offers a fuzzy suggestion from another locale directory, never as published English', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    const en = JSON.parse(read(dir, 'locales/en/mini.json')) as Record<string, string>;
    delete en['Dann ging sie.'];
    write(dir, 'locales/en/mini.json', JSON.stringify(en, null, 2));
    write(dir, 'memory/en/other.json', JSON.stringify({ 'Dann ging sie schnell.': 'Then she left quickly.' }));
    const res = await runDiglot(['build', '--memory', 'memory/en', '--quiet'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const unit = (JSON.parse(read(dir, 'dist/mini.json')) as { units: Array<{ de: { key: string }; status: string; en: string | null; suggestion?: { en: string; score: number } }> }).units.find((u) => u.de.key === 'Dann ging sie.');
    expect(unit?.status).toBe('fuzzy');
    expect(unit?.en).toBeNull();
    expect(unit?.suggestion?.en).toBe('Then she left quickly.');
    expect(unit?.suggestion?.score).toBe(80);
  });
});

describe('diglot build with a source that is not UTF-8', () => {
  it('names the file and the first bad position instead of building U+FFFD keys', async () => {
    const dir = copyProject(`${FIXTURE}/input`);
    // "Die Brücke." saved as Latin-1: ü is the single byte 0xFC
    fs.writeFileSync(path.join(dir, 'locales/de/mini.md'), Buffer.from([...Buffer.from('---\ntitle: T\n---\n\nDie Br'), 0xfc, ...Buffer.from('cke.\n')]));
    const res = await runDiglot(['build'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^locales\/de\/mini\.md:5:7: error input-not-utf8: /m);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});
