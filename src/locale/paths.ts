// Where a document's locale files live: the target language's folders under `locales`, and the
// three files of one document (resource, orphans archive, sidecar) side by side. Pure path logic.
import path from 'node:path';

/** Paths (relative to the project root) of the three files of one document. */
export interface LocalePaths {
  resource: string;
  orphans: string;
  sidecar: string;
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

/** The archive and sidecar beside a resource file. */
export function localePaths(resourceFile: string): LocalePaths {
  const dir = path.dirname(resourceFile);
  const slug = path.basename(resourceFile, '.json');
  return { resource: resourceFile, orphans: path.join(dir, `${slug}.orphans.json`), sidecar: path.join(dir, `${slug}.diglot.json`) };
}
