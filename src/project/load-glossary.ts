// The run definition's `glossaries:` → the project's term engine: the merged glossary (validated),
// its waivers and the matcher (compiled on first use). The I/O edge of the term stage.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Glossary } from '../model/glossary.js';
import type { EditionConfig } from '../config/index.js';
import { compileGlossary, loadGlossaries, type TermMatcher, type TermWaiver } from '../glossary/index.js';
import { expandGlobs, refusedDiagnostics } from '../util/expand-globs.js';

export interface TermEngine {
  glossary: Glossary;
  /** Compiled on first use (noun lexicon, automaton): runs that need no term hits never pay for it. */
  readonly matcher: TermMatcher;
  waivers: TermWaiver[];
  files: string[];
  diagnostics: Diagnostic[];
}

/** Loads the glossaries named in the config (paths relative to the root in messages). */
export function loadTermEngine(config: Pick<EditionConfig, 'root' | 'file' | 'glossaries'>): TermEngine {
  const { files, refused } = expandGlobs(config.root, config.glossaries);
  const yamlFiles = files.filter((f) => /\.ya?ml$/i.test(f));
  const loaded = loadGlossaries(yamlFiles.map((f) => path.resolve(config.root, f)));
  const rel = (p: string) => (path.isAbsolute(p) ? path.relative(config.root, p) : p);
  const diagnostics = [...refusedDiagnostics(refused, config.file, 'glossaries'), ...loaded.diagnostics.map((d) => (d.file ? { ...d, file: rel(d.file) } : d))];
  const waivers = loaded.waivers.map((w) => (w.origin ? { ...w, origin: { ...w.origin, file: rel(w.origin.file) } } : w));
  return termEngineOf(loaded.glossary, waivers, yamlFiles, diagnostics);
}

/** A term engine over a glossary already in memory (tests, callers of the library). */
export function termEngineOf(glossary: Glossary, waivers: TermWaiver[] = [], files: string[] = [], diagnostics: Diagnostic[] = []): TermEngine {
  let matcher: TermMatcher | undefined;
  return {
    glossary,
    // compiled on first use: commands that only count (coverage, sync) never pay for it
    get matcher() {
      return (matcher ??= compileGlossary(glossary));
    },
    waivers,
    files,
    diagnostics,
  };
}
