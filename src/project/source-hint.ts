// A `sources` pattern without files → what to do about it: a new project has no article yet; a
// pattern whose folder is missing is a typo.
import fs from 'node:fs';
import path from 'node:path';

/** The hint for `source-not-found`, fitting the project's state. */
export function sourceHint(root: string, pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const staticDir = parts.slice(0, firstWild < 0 ? parts.length - 1 : firstWild).join('/');
  if (staticDir && fs.existsSync(path.resolve(root, staticDir))) {
    return `no article yet: write one as ${staticDir}/<slug>.md (front matter: title, slug, source, language), then run \`diglot sync\``;
  }
  return `check the sources: list in the run definition${staticDir ? ` (there is no ${staticDir}/)` : ''}`;
}
