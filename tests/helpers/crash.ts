// Fault injection for crash tests: the states a `kill -9` can leave on disk, recorded by copying the
// project before every file-system call that changes something (the page cache survives a killed
// process, so what is on disk at that moment is exactly what the next run finds).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

const MUTATING = ['openSync', 'writeSync', 'writeFileSync', 'renameSync', 'linkSync', 'rmSync', 'unlinkSync', 'mkdirSync', 'rmdirSync'] as const;

/**
 * Runs `action` and returns copies of `dir` as they were before each changing file-system call
 * (duplicates removed), plus one after the end. In each copy, the PID this process wrote into locks
 * and journals is replaced by the PID of a process that has ended: the copy is what a crash leaves.
 */
export async function crashStates(dir: string, action: () => unknown): Promise<string[]> {
  const dead = deadPid();
  const states: string[] = [];
  const seen = new Set<string>();
  let busy = false;
  const snap = () => {
    if (busy) return;
    busy = true;
    try {
      const sig = signature(dir);
      if (seen.has(sig)) return;
      seen.add(sig);
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-crash-'));
      fs.cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
      killOwner(copy, dead);
      states.push(copy);
    } finally {
      busy = false;
    }
  };
  const spies = MUTATING.map((name) => {
    const original = fs[name] as (...a: unknown[]) => unknown;
    return vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
      snap();
      return original.apply(fs, args);
    }) as never);
  });
  try {
    await action();
  } finally {
    for (const s of spies) s.mockRestore();
  }
  snap();
  return states;
}

/** Every file under `dir` (relative path → content), dot-files included, symlinks as their text. */
export function treeOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isSymbolicLink()) out[r] = `-> ${fs.readlinkSync(path.join(dir, r))}`;
      else out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

/** The PID of a process that has certainly ended. */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 999_999;
}

function signature(dir: string): string {
  const h = createHash('sha256');
  for (const [f, c] of Object.entries(treeOf(dir)).sort(([a], [b]) => (a < b ? -1 : 1))) h.update(`${f}\0${c}\0`);
  return h.digest('hex');
}

/** Rewrites this process's PID in lock, journal and temp files and staging folders (contents and names) to `dead`. */
function killOwner(dir: string, dead: number): void {
  const pid = String(process.pid);
  // a build's staging folders (`.diglot-tmp-<pid>-…/`) carry it in their names, like its temp files
  for (const folder of listFolders(dir).filter((f) => path.basename(f).startsWith(`.diglot-tmp-${pid}-`))) {
    fs.renameSync(folder, path.join(path.dirname(folder), path.basename(folder).replace(`-${pid}-`, `-${dead}-`)));
  }
  for (const f of Object.keys(treeOf(dir))) {
    const base = path.basename(f);
    const abs = path.join(dir, f);
    // a temp file staged before any journal names it carries the PID in its name only
    if (base.startsWith(`.diglot-tmp-${pid}-`)) {
      fs.renameSync(abs, path.join(path.dirname(abs), base.replace(`-${pid}-`, `-${dead}-`)));
      continue;
    }
    if (!base.startsWith('.diglot-journal-') && !base.includes('.diglot-lock')) continue;
    const text = fs.readFileSync(abs, 'utf8');
    fs.writeFileSync(abs, text.replace(new RegExp(`"pid":${pid}\\b`, 'g'), `"pid":${dead}`).replace(new RegExp(`^${pid}$`, 'm'), String(dead)).replaceAll(`.diglot-tmp-${pid}-`, `.diglot-tmp-${dead}-`));
    const renamed = base.replace(`-${pid}-`, `-${dead}-`).replace(`.${pid}.tmp`, `.${dead}.tmp`);
    if (renamed !== base) fs.renameSync(abs, path.join(path.dirname(abs), renamed));
  }
}

/** Every folder below `dir` (absolute paths, deepest first; symlinks not followed). */
export function listFolders(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    out.push(...listFolders(path.join(dir, e.name)), path.join(dir, e.name));
  }
  return out;
}
