// Project glossary + matched units → term hits on every unit and term-QA diagnostics.
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { Glossary } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import type { EditionConfig } from '../config/index.js';
import { checkTermsInTarget, compileGlossary, loadGlossaries, matchTerms, type TermMatcher, type TermWaiver } from '../glossary/index.js';
import { expandGlobs } from './expand-globs.js';
import path from 'node:path';

export interface TermEngine {
  glossary: Glossary;
  /** Compiled on first use (noun lexicon, automaton): runs that need no term hits never pay for it. */
  readonly matcher: TermMatcher;
  waivers: TermWaiver[];
  files: string[];
  diagnostics: Diagnostic[];
}

/** Loads and compiles the glossaries named in the config (relative paths kept for messages). */
export function loadProjectGlossary(config: EditionConfig): TermEngine {
  const { files } = expandGlobs(config.root, config.glossaries);
  const yamlFiles = files.filter((f) => /\.ya?ml$/i.test(f));
  const loaded = loadGlossaries(yamlFiles.map((f) => path.resolve(config.root, f)));
  const rel = (p: string) => (path.isAbsolute(p) ? path.relative(config.root, p) : p);
  const diagnostics = loaded.diagnostics.map((d) => (d.file ? { ...d, file: rel(d.file) } : d));
  let matcher: TermMatcher | undefined;
  return {
    glossary: loaded.glossary,
    get matcher() {
      return (matcher ??= compileGlossary(loaded.glossary));
    },
    waivers: loaded.waivers,
    files: yamlFiles,
    diagnostics,
  };
}

/**
 * Finds terms in every German segment (offsets made absolute: into the source file) and checks
 * that the English uses an approved rendering. Units without English are not checked.
 */
export function annotateTerms(engine: TermEngine, doc: SourceDocument, units: AlignedUnit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const unit of units) {
    const hits = matchTerms(engine.matcher, unit.segment.text);
    unit.terms = hits.map((h) => ({ ...h, start: h.start + unit.segment.start, end: h.end + unit.segment.start }));
    if (unit.en === null) continue;
    const found = checkTermsInTarget({
      hits,
      english: unit.en,
      german: unit.segment.text,
      glossary: engine.glossary,
      unitId: unit.id,
      file: doc.path,
      place: { start: { line: unit.segment.line, column: unit.segment.column, offset: unit.segment.start } },
      waivers: engine.waivers,
    });
    unit.diagnostics.push(...found);
    out.push(...found);
  }
  return out;
}
