// A German source saved with a UTF-8 BOM (Windows editors): sync is not fooled into a concurrent
// edit, and every offset in the JSON outputs indexes the file as stored, BOM included.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, read } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

const SRC = 'locales/de/gipfel.md';

describe('a German source with a UTF-8 BOM', () => {
  it('syncs (twice, idempotently) without a false sync-concurrent-edit', async () => {
    const dir = copyProject('tests/fixtures/sync/basic');
    const file = path.join(dir, SRC);
    fs.writeFileSync(file, `\ufeff${read(dir, SRC).replace('Die Presse ist zufrieden.', 'Die Presse ist sehr zufrieden.')}`);
    expect(fs.readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const first = await runDiglot(['sync'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).not.toContain('sync-concurrent-edit');
    expect(JSON.parse(read(dir, 'locales/en/gipfel.json'))['Die Presse ist sehr zufrieden.']).toBeNull();
    const resource = read(dir, 'locales/en/gipfel.json');
    const second = await runDiglot(['sync', '--check'], { cwd: dir });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(read(dir, 'locales/en/gipfel.json')).toBe(resource);
  });

  it('the JSON edition and `segment --format json` give offsets into the file as stored', async () => {
    const dir = copyProject('tests/fixtures/sync/basic');
    const file = path.join(dir, SRC);
    fs.writeFileSync(file, `\ufeff${read(dir, SRC)}`);
    fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), read(dir, 'pipeline/edition.yaml').replace('outputs: [html, coverage]', 'outputs: [json]'));
    const stored = fs.readFileSync(file, 'utf8');
    expect(stored.charCodeAt(0)).toBe(0xfeff);
    const build = await runDiglot(['build'], { cwd: dir });
    expect(build.code, build.stderr).toBe(0);
    const units = (JSON.parse(read(dir, 'dist/gipfel.json')) as { units: Array<{ de: { text: string; start: number; end: number; line: number; column: number } }> }).units;
    expect(units.length).toBe(16);
    for (const u of units) expect(stored.slice(u.de.start, u.de.end)).toBe(u.de.text);
    // the title is on line 2 of the file, after `title: `
    expect(units[0].de).toMatchObject({ text: 'Gipfel in Genf', line: 2, column: 8 });
    const seg = await runDiglot(['segment', SRC, '--format', 'json'], { cwd: dir });
    expect(seg.code, seg.stderr).toBe(0);
    const segments = (JSON.parse(seg.stdout) as { segments: Array<{ text: string; start: number; end: number }> }).segments;
    expect(segments.length).toBe(16);
    for (const s of segments) expect(stored.slice(s.start, s.end)).toBe(s.text);
  });
});
