// Temporary copies of fixture projects, so tests can build and edit without touching the repo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sharedRoot = path.resolve(repoRoot, '../shared');
export const hasShared = fs.existsSync(path.join(sharedRoot, 'README.md'));

/** Copies `from` (absolute, or relative to the repo root) into a fresh temp dir and returns it. */
export function copyProject(from: string, include: readonly string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-test-'));
  const src = path.resolve(repoRoot, from);
  for (const entry of include.length ? include : fs.readdirSync(src)) {
    fs.cpSync(path.join(src, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

/** All files under dir, relative, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

export const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
export const write = (dir: string, file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
};
