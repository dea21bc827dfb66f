// Where a document's locale files live: the target language's folders under `locales`, the resource
// there, and its orphans archive and sidecar in the companion store `.diglot/locales/`, which mirrors
// the locales folder (so `locales/<lang>/` holds only i18next resources). Pure path logic.
import path from 'node:path';

/** The companion store, relative to the project root: `.diglot/locales/` mirrors the locales folder. */
export const COMPANION_DIR = path.join('.diglot', 'locales');

/** Paths (relative to the project root) of the three files of one document. */
export interface LocalePaths {
  resource: string;
  orphans: string;
  sidecar: string;
  /** Where diglot before the companion store kept the archive and sidecar: beside the resource. */
  legacy: { orphans: string; sidecar: string };
}

/** Candidate directories for a target language: `en-GB` first, then its primary subtag `en`. */
export function localeDirs(localesDir: string, lang: string): string[] {
  const primary = lang.split('-')[0];
  return primary === lang ? [path.join(localesDir, lang)] : [path.join(localesDir, lang), path.join(localesDir, primary)];
}

/** The resource files a document's resource may be, in the order they are looked for. */
export function resourceCandidates(localesDir: string, lang: string, slug: string): string[] {
  return localeDirs(localesDir, lang).map((d) => path.join(d, `${slug}.json`));
}

/**
 * The archive and sidecar of a resource file (inside `localesDir`): `locales/en/a/b.json` →
 * `.diglot/locales/en/a/b.orphans.json`. The mirror is of the locales folder, not of its path from
 * the root, so a locales folder configured elsewhere (`i18n/`, `../site/locales`) still has its
 * companions inside the project, and moving it in the run definition keeps them.
 */
export function localePaths(resourceFile: string, localesDir: string): LocalePaths {
  const slug = path.basename(resourceFile, '.json');
  const inLocales = path.relative(localesDir, path.dirname(resourceFile));
  if (inLocales.startsWith('..') || path.isAbsolute(inLocales)) throw new Error(`internal: ${resourceFile} is not inside ${localesDir}`);
  const store = path.join(COMPANION_DIR, inLocales);
  const beside = path.dirname(resourceFile);
  return {
    resource: resourceFile,
    orphans: path.join(store, `${slug}.orphans.json`),
    sidecar: path.join(store, `${slug}.diglot.json`),
    legacy: { orphans: path.join(beside, `${slug}.orphans.json`), sidecar: path.join(beside, `${slug}.diglot.json`) },
  };
}

/** True for a file name of the old layout's companions (never an i18next namespace). */
export function isCompanionName(name: string): boolean {
  return name.endsWith('.orphans.json') || name.endsWith('.diglot.json');
}
