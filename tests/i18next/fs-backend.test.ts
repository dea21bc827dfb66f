// i18next as a Node app uses it: i18next-fs-backend loads `locales/{{lng}}/{{ns}}.json`, and the
// namespaces are discovered by listing the language folder (the backend cannot list; apps and
// tools such as i18next-cli take every `*.json` there, dot-files aside). In the old layout the
// sidecar and the orphans archive were listed as namespaces; after `diglot sync` moved them to
// .diglot/locales/ the folder holds only the real namespaces, and each loads its English verbatim.
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import Backend from 'i18next-fs-backend';
import { describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';

const OLD_LAYOUT = 'tests/fixtures/locale/old-layout';

/** The namespaces of a language folder, listed the way apps feed `ns` to i18next-fs-backend. */
function discoverNamespaces(langDir: string): string[] {
  return fs
    .readdirSync(langDir)
    .filter((f) => !f.startsWith('.') && f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** An i18next instance loading every discovered namespace of `lng` through i18next-fs-backend. */
async function loadWithFsBackend(localesDir: string, lng: string) {
  const ns = discoverNamespaces(path.join(localesDir, lng));
  const i18n = i18next.createInstance();
  await i18n.use(Backend).init({
    lng,
    fallbackLng: false,
    ns,
    defaultNS: false,
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    backend: { loadPath: path.join(localesDir, '{{lng}}/{{ns}}.json') },
  });
  return { i18n, ns };
}

/** Slugs of the project's German articles (the namespaces diglot means to exist). */
async function slugsOf(dir: string): Promise<string[]> {
  return (await runPipeline({ cwd: dir })).documents.map((d) => d.source.slug).sort();
}

describe('i18next-fs-backend with namespaces discovered by listing locales/en/', () => {
  it('old layout: the sidecar and the archive are taken for namespaces (the bug the move fixes)', async () => {
    const dir = copyProject(OLD_LAYOUT);
    const { i18n, ns } = await loadWithFsBackend(path.join(dir, 'locales'), 'en');
    expect(ns).toEqual(['bericht', 'bericht.diglot', 'gipfel', 'gipfel.diglot', 'gipfel.orphans']);
    expect(i18n.t('format', { ns: 'gipfel.diglot' })).toBe('diglot-sidecar/1');
  });

  it('after diglot sync: only the real namespaces, each a flat resource whose English i18next returns verbatim', async () => {
    const dir = copyProject(OLD_LAYOUT);
    const res = await runDiglot(['sync'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    const { i18n, ns } = await loadWithFsBackend(path.join(dir, 'locales'), 'en');
    expect(ns).toEqual(await slugsOf(dir));
    expect(ns).toEqual(['bericht', 'gipfel']);
    let checked = 0;
    for (const name of ns) {
      expect(i18n.hasResourceBundle('en', name), name).toBe(true);
      const resource = JSON.parse(fs.readFileSync(path.join(dir, 'locales/en', `${name}.json`), 'utf8')) as Record<string, string | null>;
      expect(i18n.exists('format', { ns: name })).toBe(false);
      for (const [de, en] of Object.entries(resource)) {
        if (en === null) continue;
        expect(i18n.t(de, { ns: name, skipInterpolation: true })).toBe(en);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("this repository's own locales/en/ lists exactly its articles", async () => {
    const { ns, i18n } = await loadWithFsBackend(path.join(repoRoot, 'locales'), 'en');
    expect(ns.length).toBeGreaterThan(0);
    expect(ns).toEqual(await slugsOf(repoRoot));
    for (const name of ns) expect(i18n.hasResourceBundle('en', name), name).toBe(true);
  });
});
