// A project (found from a directory, or named by its run definition) → the rendered edition: every
// configured output file with its content, the coverage and the diagnostics; writeEdition puts the
// files in place (all or none). The library's one-call entry; `diglot build` is this plus printing.
import type { Diagnostic } from '../model/diagnostic.js';
import type { ProgressCallback } from '../model/progress.js';
import type { EditionConfig } from '../config/index.js';
import type { CoverageReport } from '../report/index.js';
import { renderOutputs, type OutputFile } from './render-outputs.js';
import { runPipeline, type ProjectResult } from './run-pipeline.js';
import { writeOutputFiles, type EditionWrite } from './write-edition.js';

export interface BuildEditionOptions {
  /** Where to look for the project: the nearest pipeline/edition.yaml at or above it (default: process.cwd()). */
  cwd?: string;
  /** Run definition to use instead, relative to `cwd` (its root: the directory above its pipeline/ folder). */
  config?: string;
  /** Extra translation memories (locale directories, TMX/XLIFF files), relative to `cwd`. */
  memory?: string[];
  /** Told how far the build is (per document read and matched, then rendering); never prints. */
  onProgress?: ProgressCallback;
}

export interface Edition {
  config: EditionConfig;
  /** Every configured output; paths relative to `config.root`. */
  files: OutputFile[];
  coverage: CoverageReport;
  /** Every finding of the run (warnings, and error-level findings such as a forbidden term). */
  diagnostics: Diagnostic[];
  /** The whole project in memory (documents, units, glossary), for callers that want more than files. */
  project: ProjectResult;
}

/**
 * Reads, segments, matches, checks and renders the project. Throws DiglotError when an input cannot
 * be used (bad config, unreadable source, invalid glossary or resource); writes nothing.
 */
export async function buildEdition(opts: BuildEditionOptions = {}): Promise<Edition> {
  const project = await runPipeline({
    cwd: opts.cwd ?? process.cwd(),
    ...(opts.config !== undefined ? { config: opts.config } : {}),
    ...(opts.memory?.length ? { memory: opts.memory } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  opts.onProgress?.({ stage: 'render', done: 0, total: 1 });
  const { files, coverage } = renderOutputs(project);
  opts.onProgress?.({ stage: 'render', done: 1, total: 1 });
  return { config: project.config, files, coverage, diagnostics: project.diagnostics, project };
}

/**
 * Writes the edition's files under its project root as one all-or-nothing set with its manifest, and
 * removes outputs an earlier build wrote that this one no longer makes (never a file diglot did not
 * write). Paths in the result are relative to the project root.
 */
export function writeEdition(edition: Pick<Edition, 'config' | 'files'>): EditionWrite {
  return writeOutputFiles(edition.config, edition.files);
}
