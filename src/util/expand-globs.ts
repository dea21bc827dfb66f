// Glob patterns relative to a root → sorted, de-duplicated relative file paths, plus what was not
// read: patterns matching nothing, and patterns or symlinks that lead outside the project.
// Supports `*` and `?` within a path segment and `**` for any depth: enough for source lists
// like `locales/de/*.md` or `articles/**/*.md`, without a dependency. An absolute pattern inside
// the project works like the relative one; symlinks are followed while they stay inside it.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { isInside } from './safe-path.js';
import { clipMiddle } from './clip.js';

export interface GlobResult {
  files: string[];
  unmatched: string[];
  /** Not read: a pattern outside the project, a symlink leading outside it, or a broken symlink. */
  refused: Array<{ pattern: string; path: string; reason: 'pattern-outside' | 'symlink-outside' | 'symlink-broken' }>;
}

/** Expands patterns; a pattern without wildcards is returned as is when the file exists. */
export function expandGlobs(root: string, patterns: readonly string[]): GlobResult {
  const files = new Set<string>();
  const unmatched: string[] = [];
  const refused: GlobResult['refused'] = [];
  const realRoot = realOrSelf(root);
  for (const pattern of patterns) {
    const rel = relativePattern(root, pattern);
    if (rel === undefined) {
      refused.push({ pattern, path: pattern, reason: 'pattern-outside' });
      continue;
    }
    const ctx: WalkContext = { root, realRoot, pattern, out: [], refused, visited: new Set() };
    expandOne(rel, ctx);
    if (ctx.out.length === 0 && !refused.some((r) => r.pattern === pattern)) unmatched.push(pattern);
    for (const f of ctx.out) files.add(f);
  }
  return { files: [...files].sort(), unmatched, refused };
}

/** True when `rel` (relative, `/`-separated) is matched by `pattern` (as the walker matches). */
export function globMatches(pattern: string, rel: string): boolean {
  const parts = splitPattern(pattern);
  const segs = rel.split('/').filter((p) => p !== '' && p !== '.');
  const match = (i: number, j: number): boolean => {
    if (i === parts.length) return j === segs.length;
    if (parts[i] === '**') return match(i + 1, j) || (j < segs.length && !segs[j].startsWith('.') && match(i, j + 1));
    return j < segs.length && segmentPattern(parts[i]).test(segs[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** The pattern relative to the root, `/`-separated; undefined when it points outside the project. */
function relativePattern(root: string, pattern: string): string | undefined {
  const slashed = pattern.replace(/\\/g, '/');
  const rel = path.isAbsolute(slashed) ? path.relative(root, slashed).split(path.sep).join('/') : slashed;
  const normal = path.posix.normalize(rel);
  if (normal === '..' || normal.startsWith('../') || path.isAbsolute(normal)) return undefined;
  return normal;
}

interface WalkContext {
  root: string;
  realRoot: string;
  pattern: string;
  out: string[];
  refused: GlobResult['refused'];
  /** Folders walked (real path + the pattern parts left): a symlink loop ends here. */
  visited: Set<string>;
}

function expandOne(pattern: string, ctx: WalkContext): void {
  if (!/[*?]/.test(pattern)) {
    const abs = path.resolve(ctx.root, pattern);
    const kind = classify(abs, ctx);
    if (kind === 'file') ctx.out.push(pattern);
    else if (kind === 'outside' || kind === 'broken') ctx.refused.push({ pattern: ctx.pattern, path: pattern, reason: kind === 'outside' ? 'symlink-outside' : 'symlink-broken' });
    return;
  }
  walk('', splitPattern(pattern), ctx);
}

function walk(rel: string, parts: string[], ctx: WalkContext): void {
  if (parts.length === 0) return;
  const [head, ...rest] = parts;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(ctx.root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  if (head === '**') {
    walk(rel, rest, ctx);
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const next = join(rel, e.name);
      if (enterDir(next, e, parts, ctx)) walk(next, parts, ctx);
    }
    return;
  }
  const re = segmentPattern(head);
  for (const e of entries) {
    if (!re.test(e.name) || e.name.startsWith('.diglot-tmp-')) continue;
    const next = join(rel, e.name);
    if (rest.length > 0) {
      if (enterDir(next, e, rest, ctx)) walk(next, rest, ctx);
      continue;
    }
    if (e.isFile()) ctx.out.push(next);
    else if (e.isSymbolicLink()) {
      const kind = classify(path.join(ctx.root, next), ctx);
      if (kind === 'file') ctx.out.push(next);
      else if (kind === 'outside' || kind === 'broken') ctx.refused.push({ pattern: ctx.pattern, path: next, reason: kind === 'outside' ? 'symlink-outside' : 'symlink-broken' });
    }
  }
}

/**
 * Whether to descend into `rel` with the pattern parts `parts`: a folder, or a symlink to a folder
 * inside the project, not walked with the same parts yet (so a symlink loop ends).
 */
function enterDir(rel: string, e: fs.Dirent, parts: readonly string[], ctx: WalkContext): boolean {
  if (!e.isDirectory() && !(e.isSymbolicLink() && classify(path.join(ctx.root, rel), ctx) === 'dir')) return false;
  const key = `${realOrSelf(path.join(ctx.root, rel))}\0${parts.join('/')}`;
  if (ctx.visited.has(key)) return false;
  ctx.visited.add(key);
  return true;
}

/** What a path is once symlinks are followed, and whether that stays inside the project. */
function classify(abs: string, ctx: WalkContext): 'file' | 'dir' | 'missing' | 'broken' | 'outside' | 'other' {
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    try {
      return fs.lstatSync(abs).isSymbolicLink() ? 'broken' : 'missing';
    } catch {
      return 'missing';
    }
  }
  if (!isInside(real, ctx.realRoot)) return 'outside';
  const stat = fs.statSync(real);
  return stat.isFile() ? 'file' : stat.isDirectory() ? 'dir' : 'other';
}

function splitPattern(pattern: string): string[] {
  return pattern.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
}

function segmentPattern(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

const join = (a: string, b: string) => (a ? `${a}/${b}` : b);

/** What `expandGlobs` refused, as diagnostics of the run definition (`list`: `sources` or `glossaries`). */
export function refusedDiagnostics(refused: GlobResult['refused'], configFile: string, list: string): Diagnostic[] {
  return refused.map((r): Diagnostic => {
    const shown = clipMiddle(r.path, 160);
    if (r.reason === 'pattern-outside') {
      return { ruleId: 'config-path-outside-project', severity: 'error', message: `the ${list} pattern "${shown}" points outside the project`, hint: 'diglot reads sources and glossaries inside the project folder only: move the files into it, or write the pattern relative to the project root', file: configFile, source: 'config' };
    }
    if (r.reason === 'symlink-broken') {
      return { ruleId: 'source-not-found', severity: 'error', message: `${shown} (matched by ${list} "${clipMiddle(r.pattern, 80)}") is a symlink to a file that does not exist`, hint: 'fix or remove the symlink', file: shown, source: 'project' };
    }
    return { ruleId: 'source-outside-project', severity: 'error', message: `${shown} (matched by ${list} "${clipMiddle(r.pattern, 80)}") is a symlink to a file outside the project; it is not read`, hint: 'copy the file into the project, or link to a file inside it', file: shown, source: 'project' };
  });
}
