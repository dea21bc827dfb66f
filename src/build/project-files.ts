// The project's own files in a build (coverage.json, the index, glossary.tbx), from the per-article
// results: their cache key, and their staging, one file at a time and coverage.json part by part
// (for 10,000 articles some 40 MB, which would otherwise be held whole, two or three times over).
import path from 'node:path';
import type { EditionConfig } from '../config/index.js';
import type { CoverageReport } from '../report/index.js';
import { renderProjectParts } from '../project/render-outputs.js';
import { stageOutputParts, type StagedOutput, type StageTarget } from '../project/write-edition.js';

/**
 * The project's files (index, coverage, glossary), rendered and staged. A function of its own: the
 * rendered text (megabytes for a large project) is let go when it returns, where a local of the
 * async build would be kept to its end.
 */
export function stageProjectFiles(config: EditionConfig, target: StageTarget, glossary: Parameters<typeof renderProjectParts>[0]['glossary'], project: Parameters<typeof renderProjectParts>[1]): StagedOutput[] {
  const root = path.resolve(config.root);
  const outDir = path.resolve(root, config.outDir);
  const staged: StagedOutput[] = [];
  for (const f of renderProjectParts({ config, glossary }, project)) staged.push(stageOutputParts(target, path.relative(outDir, path.resolve(root, f.path)), f.parts));
  return staged;
}

/** What the project's files are made from, one part at a time (as one string, tens of megabytes at 10,000 articles). */
export function* projectFilesParts(shared: string, entries: readonly unknown[], coverage: CoverageReport): Generator<string> {
  yield 'project-files';
  yield shared;
  for (const e of entries) yield JSON.stringify(e);
  yield JSON.stringify(coverage.total);
  for (const d of coverage.documents) yield JSON.stringify(d);
}

