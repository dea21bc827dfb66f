// A built edition as data, for comparing builds: every file under a folder, and what a full build
// (no cache, one thread) of a project as it is now writes into a fresh copy.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { buildProject } from '../../src/build/build-project.js';

/** Every file under dir (relative path with `/` → text). */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile()) out[rel.split(path.sep).join('/')] = fs.readFileSync(abs, 'utf8');
  }
  return out;
}

/** A copy of `project` in `tmp` without its dist/ and .diglot/ (what a fresh checkout would have). */
export function freshCopy(project: string, tmp: string): string {
  const copy = path.join(tmp, `full-${Math.random().toString(36).slice(2)}`);
  fs.cpSync(project, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}dist`) && !src.includes(`${path.sep}.diglot`) });
  return copy;
}

/** The edition and findings (those of the write aside) of a full build of `project` in a fresh copy. */
export async function fullBuildOf(project: string, tmp: string): Promise<{ files: Record<string, string>; findings: Diagnostic[] }> {
  const copy = freshCopy(project, tmp);
  const b = await buildProject({ cwd: copy, cache: false, jobs: 1 });
  return { files: snapshot(path.join(copy, 'dist')), findings: b.diagnostics.filter((d) => d.source !== 'write') };
}
