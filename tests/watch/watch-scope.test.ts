// What --watch counts as a build input: the run definition, sources, glossaries, locale JSON files,
// SRX rules and memories; not outDir, diglot's own temporary files and locks, or unrelated files.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../src/config/edition-config.js';
import { watchScope } from '../../src/watch/watch-scope.js';

const root = path.resolve('/tmp/project');
const at = (p: string) => path.join(root, p);
const config = withDefaults({ sources: ['articles/**/*.md'], glossaries: ['glossary/*.yaml'], outDir: 'public', segment: { rules: 'pipeline/newsroom.srx' }, match: { memory: ['tm/old.tmx', '/elsewhere/memory'] } }, root, 'pipeline/edition.yaml');

describe('watch scope', () => {
  const scope = watchScope(root, 'pipeline/edition.yaml', config, ['/other/locales']);

  it('counts every file the build reads', () => {
    for (const p of ['pipeline/edition.yaml', 'articles/a.md', 'articles/2025/01/b.md', 'glossary/people.yaml', 'locales/en/a.json', 'locales/en/a.orphans.json', 'locales/en/a.diglot.json', '.diglot/locales/en/a.orphans.json', '.diglot/locales/en/a.diglot.json', 'pipeline/newsroom.srx', 'tm/old.tmx']) {
      expect(scope.isInput(at(p)), p).toBe(true);
    }
    expect(scope.isInput('/elsewhere/memory/x.json')).toBe(true);
    expect(scope.isInput('/other/locales/en/x.json')).toBe(true);
  });

  it('ignores outputs, temporary files, locks and files no build reads', () => {
    for (const p of ['public/a.html', 'public/index.json', 'articles/notes.txt', 'glossary/sub/x.yaml', 'locales/en/.diglot-tmp-1234', 'locales/en/a.json.lock', 'README.md', 'articles/.a.md.swp', 'node_modules/x/a.md', '../outside.md', '.diglot/cache/a.json', '.diglot/locales/en/.diglot-tmp-1-a.diglot.json']) {
      expect(scope.isInput(at(p)), p).toBe(false);
    }
  });

  it('watches the root and memories outside it, and skips outDir, .git, node_modules and hidden folders', () => {
    expect(scope.paths).toEqual([root, path.resolve('/elsewhere/memory'), path.resolve('/other/locales')]);
    for (const p of ['public', 'public/sub', '.git', 'node_modules', '.cache', '.diglot/cache']) expect(scope.skipsDir(at(p)), p).toBe(true);
    for (const p of ['', 'articles', 'locales/en', 'pipeline', '.diglot', '.diglot/locales', '.diglot/locales/en']) expect(scope.skipsDir(at(p)), p).toBe(false);
  });

  it('without a readable run definition, counts any file outside hidden folders and node_modules', () => {
    const bare = watchScope(root, 'pipeline/edition.yaml', undefined);
    expect(bare.isInput(at('pipeline/edition.yaml'))).toBe(true);
    expect(bare.isInput(at('locales/de/a.md'))).toBe(true);
    expect(bare.isInput(at('.git/index'))).toBe(false);
    expect(bare.isInput(at('node_modules/a/b.js'))).toBe(false);
    expect(bare.paths).toEqual([root]);
  });

  it('keeps a run definition in a hidden folder watched', () => {
    const hidden = watchScope(root, '.diglot/edition.yaml', undefined);
    expect(hidden.skipsDir(at('.diglot'))).toBe(false);
    expect(hidden.isInput(at('.diglot/edition.yaml'))).toBe(true);
  });
});
