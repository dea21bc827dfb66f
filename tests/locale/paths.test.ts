// Where a document's archive and sidecar live: .diglot/locales/ mirrors the locales folder, wherever
// that folder is configured; the old-layout paths (beside the resource) are known for the move.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCompanionName, localePaths } from '../../src/locale/index.js';

const posix = (p: string) => p.split(path.sep).join('/');
const posixAll = (o: Record<string, unknown>): unknown => JSON.parse(JSON.stringify(o, (_k, v: unknown) => (typeof v === 'string' ? posix(v) : v)));

describe('localePaths', () => {
  it('mirrors the language folder under .diglot/locales/ and knows the old place beside the resource', () => {
    expect(posixAll({ ...localePaths(path.join('locales', 'en', 'gipfel.json'), 'locales') })).toEqual({
      resource: 'locales/en/gipfel.json',
      orphans: '.diglot/locales/en/gipfel.orphans.json',
      sidecar: '.diglot/locales/en/gipfel.diglot.json',
      legacy: { orphans: 'locales/en/gipfel.orphans.json', sidecar: 'locales/en/gipfel.diglot.json' },
    });
  });

  it('mirrors the locales folder itself: configured elsewhere, nested, or outside the project root', () => {
    expect(posix(localePaths(path.join('site', 'i18n', 'en-GB', 'a.json'), path.join('site', 'i18n')).sidecar)).toBe('.diglot/locales/en-GB/a.diglot.json');
    expect(posix(localePaths(path.join('locales', 'en', 'news', 'a.json'), 'locales').orphans)).toBe('.diglot/locales/en/news/a.orphans.json');
    const outside = localePaths(path.join('..', 'shared', 'locales', 'en', 'a.json'), path.join('..', 'shared', 'locales'));
    expect(posix(outside.sidecar)).toBe('.diglot/locales/en/a.diglot.json');
    expect(posix(outside.legacy.sidecar)).toBe('../shared/locales/en/a.diglot.json');
    const abs = path.resolve('/srv/locales');
    expect(posix(localePaths(path.join(abs, 'en', 'a.json'), abs).sidecar)).toBe('.diglot/locales/en/a.diglot.json');
  });

  it('refuses (as a bug) a resource outside its locales folder', () => {
    expect(() => localePaths(path.join('elsewhere', 'a.json'), 'locales')).toThrow(/internal: .* is not inside locales/);
  });

  it('names the old companions, never a resource', () => {
    expect(['a.diglot.json', 'a.orphans.json'].every(isCompanionName)).toBe(true);
    expect(['a.json', 'diglot.json', 'orphans.json.bak', 'a.diglot.jsonl'].filter(isCompanionName)).toEqual([]);
  });
});
