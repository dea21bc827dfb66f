// A request path and the folder being served → the file to send (with its MIME type), or why not:
// nothing outside outDir is ever reached (no `..`, no encoded separators, no NUL, no symlink that
// leads out), hidden files (the manifest, write journals) are not served, and a folder means its
// index.html.
import fs from 'node:fs';
import path from 'node:path';

export type Resolved =
  | { kind: 'file'; file: string; type: string; html: boolean }
  /** `/` without an index.html: the server lists the pages instead. */
  | { kind: 'listing' }
  | { kind: 'bad-request' }
  | { kind: 'not-found' };

/** Content types of what diglot writes and what articles link to; anything else is a download. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.tmx': 'application/x-tmx+xml; charset=utf-8',
  '.xlf': 'application/xliff+xml; charset=utf-8',
  '.xliff': 'application/xliff+xml; charset=utf-8',
  '.tbx': 'application/x-tbx+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** The MIME type for a file name (by extension, case-insensitive). */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves the path part of a request URL (`/a/b.html?x` → outDir/a/b.html) without leaving `outDir`. */
export function resolveRequest(outDir: string, url: string): Resolved {
  let pathname: string;
  try {
    pathname = new URL(url, 'http://localhost').pathname;
  } catch {
    return { kind: 'bad-request' };
  }
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { kind: 'bad-request' };
    }
    // an encoded separator or NUL never names a file; `..` and hidden names are refused alike
    if (/[/\\\0]/.test(seg) || seg === '..' || seg === '.') return { kind: 'bad-request' };
    if (seg.startsWith('.')) return { kind: 'not-found' };
    segments.push(seg);
  }
  const root = realOrUndefined(outDir);
  if (!root) return segments.length ? { kind: 'not-found' } : { kind: 'listing' };
  let target = path.join(root, ...segments);
  let stat = statOrUndefined(target);
  if (stat?.isDirectory()) {
    target = path.join(target, 'index.html');
    stat = statOrUndefined(target);
    if (!stat && segments.length === 0) return { kind: 'listing' };
  }
  if (!stat?.isFile()) return { kind: 'not-found' };
  // a symlink inside outDir may point anywhere: only files that really lie inside are served
  const real = realOrUndefined(target);
  if (!real || !(real === root || real.startsWith(root + path.sep))) return { kind: 'not-found' };
  const type = contentType(target);
  return { kind: 'file', file: real, type, html: type.startsWith('text/html') };
}

/** The HTML pages directly in outDir, sorted (for the listing when there is no index.html). */
export function listPages(outDir: string): string[] {
  try {
    return fs
      .readdirSync(outDir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.html?$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

function realOrUndefined(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
