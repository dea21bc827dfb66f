// Glob patterns relative to a root → sorted, de-duplicated relative file paths.
// Supports `*` and `?` within a path segment and `**` for any depth: enough for source lists
// like `locales/de/*.md` or `articles/**/*.md`, without a dependency.
import fs from 'node:fs';
import path from 'node:path';

/** Expands patterns; a pattern without wildcards is returned as is when the file exists. */
export function expandGlobs(root: string, patterns: readonly string[]): { files: string[]; unmatched: string[] } {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const found = expandOne(root, pattern.replace(/\\/g, '/'));
    if (found.length === 0) unmatched.push(pattern);
    for (const f of found) files.add(f);
  }
  return { files: [...files].sort(), unmatched };
}

function expandOne(root: string, pattern: string): string[] {
  if (!/[*?]/.test(pattern)) return fs.existsSync(path.resolve(root, pattern)) ? [pattern] : [];
  const parts = pattern.split('/').filter((p) => p !== '' && p !== '.');
  const out: string[] = [];
  walk(root, '', parts, out);
  return out;
}

function walk(root: string, rel: string, parts: string[], out: string[]): void {
  if (parts.length === 0) return;
  const [head, ...rest] = parts;
  const dir = path.join(root, rel);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (head === '**') {
    walk(root, rel, rest, out);
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(root, join(rel, e.name), parts, out);
    return;
  }
  const re = segmentPattern(head);
  for (const e of entries) {
    if (!re.test(e.name) || e.name.startsWith('.diglot-tmp-')) continue;
    const next = join(rel, e.name);
    if (rest.length === 0) {
      if (e.isFile()) out.push(next);
    } else if (e.isDirectory()) {
      walk(root, next, rest, out);
    }
  }
}

function segmentPattern(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

const join = (a: string, b: string) => (a ? `${a}/${b}` : b);
