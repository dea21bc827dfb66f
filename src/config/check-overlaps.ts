// The run definition + an output folder → where that folder overlaps what diglot reads: it is,
// contains or lies inside a source, the locales folder, a glossary, the run definition or its SRX
// rules, or a sources pattern would read its outputs back as sources. Writing there would overwrite
// (or feed back into) the inputs, so outDir and `export --out` are refused when this is not empty.
// The companion store `.diglot/locales/` counts as part of the locales.
import path from 'node:path';
import { expandGlobs, globMatches } from '../util/expand-globs.js';
import { isInside, realExisting, realFile, type RealFolders } from '../util/safe-path.js';
import type { EditionConfig, OutputFormat } from './edition-config.js';

export interface Overlap {
  /** The config key of the input concerned. */
  key: 'sources' | 'locales' | 'glossaries' | 'config' | 'segment.rules';
  /** What the output folder does to it, as a phrase: `contains the source "locales/de/a.md"`. */
  description: string;
}

/** A file name each output format writes (for the check of sources patterns against outDir). */
const SAMPLE_NAMES: Record<OutputFormat, string> = {
  html: 'x.html', review: 'x.review.html', md: 'x.md', json: 'x.json', coverage: 'coverage.json', tmx: 'x.tmx', xliff: 'x.xlf', xliff12: 'x.xliff12.xlf', po: 'x.po', tbx: 'glossary.tbx', index: 'index.html',
};

/** Overlaps of `outDir` (absolute) with the inputs of `config`; empty when the folder is safe to write. */
export function findOutputOverlaps(outDir: string, config: EditionConfig, outputs: readonly OutputFormat[] = config.outputs): Overlap[] {
  const root = path.resolve(config.root);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/') || '.';
  const sources = expandGlobs(root, config.sources).files.map((f) => path.resolve(root, f));
  const glossaries = expandGlobs(root, config.glossaries).files.map((f) => path.resolve(root, f));
  const inputs: Array<{ key: Overlap['key']; abs: string; dir: boolean; what: string }> = [
    { key: 'config', abs: path.resolve(root, config.file), dir: false, what: 'the run definition' },
    ...(config.segment.rules ? [{ key: 'segment.rules' as const, abs: path.resolve(root, config.segment.rules), dir: false, what: 'the SRX rules' }] : []),
    { key: 'locales', abs: path.resolve(root, config.localesDir), dir: true, what: 'the locales folder' },
    // the archives and sidecars (src/locale/paths.ts): an edition built there would overwrite them
    { key: 'locales', abs: path.resolve(root, '.diglot', 'locales'), dir: true, what: 'the companion store (orphans archives, sidecars)' },
    ...sources.map((abs) => ({ key: 'sources' as const, abs, dir: false, what: 'the source' })),
    ...unique(sources.map((f) => path.dirname(f))).map((abs) => ({ key: 'sources' as const, abs, dir: true, what: 'the folder of the sources' })),
    ...glossaries.map((abs) => ({ key: 'glossaries' as const, abs, dir: false, what: 'the glossary' })),
    ...unique(glossaries.map((f) => path.dirname(f))).map((abs) => ({ key: 'glossaries' as const, abs, dir: true, what: 'the folder of the glossaries' })),
  ];
  const out: Overlap[] = [];
  const outAbs = path.resolve(outDir);
  const outReal = realExisting(outAbs);
  const reals: RealFolders = new Map();
  for (const input of inputs) {
    // compared as written and with symlinks resolved: a dist/ that links to locales/en is locales/en
    const real = input.dir ? realExisting(input.abs) : realFile(input.abs, reals);
    const relation =
      outAbs === input.abs || outReal === real ? 'is'
        : isInside(input.abs, outAbs) || isInside(real, outReal) ? 'contains'
          : input.dir && (isInside(outAbs, input.abs) || isInside(outReal, real)) ? 'is inside'
            : undefined;
    if (relation) out.push({ key: input.key, description: `${relation} ${input.what} "${rel(input.abs)}"` });
  }
  for (const pattern of config.sources) {
    const hit = unique(outputs.map((o) => SAMPLE_NAMES[o])).map((n) => `${rel(outAbs)}/${n}`).find((f) => globMatches(pattern, f));
    if (hit) out.push({ key: 'sources', description: `would receive outputs such as "${hit}", which the sources pattern "${pattern}" reads back as a source` });
  }
  return out;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
