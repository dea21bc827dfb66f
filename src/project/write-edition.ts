// Rendered outputs → written into outDir as one all-or-nothing file set together with its manifest;
// outputs an earlier build wrote that this one no longer produces (a renamed or withdrawn article,
// an output format dropped) are removed in the same step, unless someone changed them since.
// A file diglot did not write is never touched. The I/O edge of `diglot build`.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import { commitFileSet, type FileChange } from '../util/file-set.js';
import { clipMiddle } from '../util/clip.js';
import { MANIFEST_NAME, hashContent, parseManifest, planStaleOutputs, serializeManifest } from './output-manifest.js';
import type { OutputFile } from './render-outputs.js';

export interface EditionWrite {
  /** Paths relative to the project root. */
  written: string[];
  removed: string[];
  diagnostics: Diagnostic[];
}

/** Writes `files` (paths relative to the root, inside outDir) and removes stale outputs, atomically. */
export function writeOutputFiles(config: EditionConfig, files: readonly OutputFile[]): EditionWrite {
  const root = path.resolve(config.root);
  const outDir = path.resolve(root, config.outDir);
  const named = files.map((f) => ({ name: path.relative(outDir, path.resolve(root, f.path)), content: f.content }));
  const manifestFile = path.join(outDir, MANIFEST_NAME);
  const diagnostics: Diagnostic[] = [];
  const previousText = readOrUndefined(manifestFile);
  const previous = previousText === undefined ? undefined : parseManifest(previousText);
  const shownDir = clipMiddle(config.outDir, 120);
  if (previousText !== undefined && !previous) {
    diagnostics.push({ ruleId: 'output-manifest-invalid', severity: 'warning', message: `${shownDir}/${MANIFEST_NAME} is not a diglot manifest; outputs of removed articles are not cleaned up this time`, hint: 'it is rewritten by this build; remove stale files from outDir by hand once', file: `${config.outDir}/${MANIFEST_NAME}`, source: 'write' });
  }
  const stale = planStaleOutputs(previous, new Set(named.map((f) => f.name)), (name) => {
    const bytes = readBytes(path.join(outDir, name));
    return bytes === undefined ? undefined : hashContent(bytes);
  });
  for (const name of stale.changed) {
    diagnostics.push({ ruleId: 'output-stale-kept', severity: 'info', message: `${shownDir}/${clipMiddle(name, 120)} was written by an earlier build for an output this build no longer makes, but it has been changed since; it is kept`, hint: 'delete it by hand if it is no longer wanted', file: `${config.outDir}/${name}`, source: 'write' });
  }
  const changes: FileChange[] = [
    ...named.map((f) => ({ folder: outDir, name: f.name, content: f.content })),
    { folder: outDir, name: MANIFEST_NAME, content: serializeManifest(named) },
    ...stale.remove.map((name) => ({ folder: outDir, name, remove: true as const })),
  ];
  commitFileSet(changes, { project: root, journalDir: outDir });
  const rel = (name: string) => path.join(config.outDir, name);
  return { written: named.map((f) => rel(f.name)), removed: stale.remove.map(rel), diagnostics };
}

function readOrUndefined(file: string): string | undefined {
  const bytes = readBytes(file);
  return bytes === undefined ? undefined : bytes.toString('utf8');
}

function readBytes(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
