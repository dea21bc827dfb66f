// A fixture project copied into a sandbox folder, so a fuzz run can check that nothing was written
// outside the project (the sandbox holds only the project) and which files inside it changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles, repoRoot } from '../helpers/project.js';

export interface Sandbox {
  /** The project root (inside the sandbox). */
  dir: string;
  /** Every file of the project with its bytes (base64), as now. */
  snapshot(): Record<string, string>;
  /** Paths outside the project that exist in the sandbox (must stay empty). */
  outside(): string[];
  remove(): void;
}

export function sandboxProject(fixture: string): Sandbox {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-fuzz-'));
  const dir = path.join(root, 'project');
  fs.cpSync(path.resolve(repoRoot, fixture), dir, { recursive: true });
  return {
    dir,
    snapshot: () => Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')])),
    outside: () => listFiles(root).filter((f) => !f.startsWith('project/')),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** Files whose bytes differ between two snapshots (added, removed or changed). */
export function changedFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();
}
