// A missing or misnamed English resource is one `resource-missing` message (with the file that looks
// like the article's after a slug change), not a translation-missing warning per sentence; hints for
// missing English name the step that fits the file's state.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, read, write } from '../helpers/project.js';
import { runPipeline } from '../../src/project/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const byRule = (list: Diagnostic[], id: string) => list.filter((d) => d.ruleId === id);

describe('resource-missing', () => {
  it('a new article without a resource: one warning that says to run sync, no per-sentence warnings', async () => {
    const dir = copyProject(FIXTURE);
    fs.rmSync(path.join(dir, 'locales/en/gipfel.json'));
    const project = await runPipeline({ cwd: dir });
    const segments = project.documents[0].units.length;
    expect(segments).toBeGreaterThan(5);
    expect(project.documents[0].units.every((u) => u.status === 'missing')).toBe(true);
    expect(byRule(project.diagnostics, 'translation-missing')).toEqual([]);
    expect(byRule(project.diagnostics, 'resource-missing')).toEqual([
      {
        ruleId: 'resource-missing',
        severity: 'warning',
        message: `no English resource locales/en/gipfel.json for this article (slug "gipfel"), so its ${segments} segments are untranslated`,
        hint: 'run `diglot sync` to create locales/en/gipfel.json with one untranslated (null) key per sentence',
        file: 'locales/de/gipfel.md',
        source: 'match',
      },
    ]);
  });

  it('after a slug change names the old resource (its keys are the article\'s sentences) and how to reconnect it', async () => {
    const dir = copyProject(FIXTURE);
    write(dir, 'locales/de/gipfel.md', read(dir, 'locales/de/gipfel.md').replace('slug: gipfel', 'slug: genfer-gipfel'));
    const project = await runPipeline({ cwd: dir });
    const [d] = byRule(project.diagnostics, 'resource-missing');
    expect(d.message).toMatch(/^no English resource locales\/en\/genfer-gipfel\.json for this article \(slug "genfer-gipfel"\)/);
    expect(d.message).toMatch(/; locales\/en\/gipfel\.json looks like it \(\d+ of its \d+ keys are sentences of this article\)$/);
    expect(d.hint).toBe('if the slug changed, rename locales/en/gipfel.json to locales/en/genfer-gipfel.json (and its .orphans.json and .diglot.json under .diglot/locales/ likewise), or set `slug: gipfel` in the front matter; otherwise run `diglot sync` to create locales/en/genfer-gipfel.json');
    expect(byRule(project.diagnostics, 'translation-missing')).toEqual([]);
  });

  it('finds a misnamed file by its sidecar or by a name close to the slug, and ignores unrelated resources', async () => {
    const dir = copyProject(FIXTURE);
    fs.renameSync(path.join(dir, 'locales/en/gipfel.json'), path.join(dir, 'locales/en/gipfl.json'));
    write(dir, 'locales/en/other.json', '{"Ganz andere Sätze.": "Quite different sentences."}\n');
    write(dir, 'locales/en/renamed.json', '{}\n');
    write(dir, '.diglot/locales/en/renamed.diglot.json', JSON.stringify({ format: 'diglot-sidecar/1', source: 'locales/de/gipfel.md', sourceHash: 'x', entries: {} }));
    const project = await runPipeline({ cwd: dir });
    const [d] = byRule(project.diagnostics, 'resource-missing');
    expect(d.message).toContain('locales/en/renamed.json looks like it (its sidecar .diglot/locales/en/renamed.diglot.json records locales/de/gipfel.md as its source)');
    // a sidecar still in the old layout, beside its resource, counts as well
    fs.renameSync(path.join(dir, '.diglot/locales/en/renamed.diglot.json'), path.join(dir, 'locales/en/renamed.diglot.json'));
    const [old] = byRule((await runPipeline({ cwd: dir })).diagnostics, 'resource-missing');
    expect(old.message).toContain('locales/en/renamed.json looks like it (its sidecar locales/en/renamed.diglot.json records locales/de/gipfel.md as its source)');
    expect(d.message).toMatch(/locales\/en\/gipfl\.json looks like it \(\d+ of its \d+ keys are sentences of this article; its name is close to the slug "gipfel"\)/);
    expect(d.message).not.toContain('other.json');
  });
});

describe('hints for missing English follow the file', () => {
  it('a key sync has added (null) is translated in place; a key not in the file is added by sync first', async () => {
    const dir = copyProject(FIXTURE);
    const en = JSON.parse(read(dir, 'locales/en/gipfel.json')) as Record<string, string | null>;
    en['Das Wichtigste'] = null;
    delete en['Der erste Tag'];
    write(dir, 'locales/en/gipfel.json', JSON.stringify(en, null, 2));
    const project = await runPipeline({ cwd: dir });
    const hint = (key: string) => project.diagnostics.find((d) => d.ruleId === 'translation-missing' && d.message.includes(`"${key}"`))?.hint;
    expect(hint('Das Wichtigste')).toBe('translate it: replace the null of this key in locales/en/gipfel.json');
    expect(hint('Der erste Tag')).toBe('run `diglot sync` to add this key to locales/en/gipfel.json (as null), then translate it');
  });
});
