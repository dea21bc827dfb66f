// The inputs every article's result depends on → one digest: diglot's own code, the run definition
// (and the command's options), the segmenter's options (an SRX file's rules included), the bytes of
// every glossary file and of every translation memory. An article's cache key adds its own source.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditionConfig } from '../config/index.js';
import type { SegmentOptions } from '../segment/index.js';
import { expandGlobs } from '../util/expand-globs.js';
import { CACHE_FORMAT } from './build-cache.js';
import { digestJson, digestParts } from './digest.js';

/** The digest of what all articles share; `options` are the command's own (e.g. `--require`). */
export function projectKey(config: EditionConfig, segmentOptions: SegmentOptions, options: Record<string, unknown>): string {
  const root = path.resolve(config.root);
  const glossaries = expandGlobs(root, config.glossaries).files.filter((f) => /\.ya?ml$/i.test(f));
  return digestParts([
    CACHE_FORMAT,
    codeStamp(),
    digestJson(config),
    digestJson(options),
    digestJson(segmentOptions),
    ...glossaries.flatMap((f) => [f, readOrEmpty(path.resolve(root, f))]),
    ...config.match.memory.flatMap((m) => filesUnder(path.resolve(root, m)).flatMap((f) => [f, readOrEmpty(f)])),
  ]);
}

/**
 * diglot's code as installed, so a cache written by other code (an upgrade, or a developer's edit) is
 * never reused: lib/code-stamp.txt, the digest of every built file that `npm run build` writes last
 * (one read, where stating ~700 modules cost 25–45 ms on every build), with its modification time;
 * without one (running from src/ in development), the newest modification time of the modules.
 */
export function codeStamp(dir = path.dirname(path.dirname(fileURLToPath(import.meta.url)))): string {
  const stampFile = path.join(dir, 'code-stamp.txt');
  try {
    return `${dir}:${fs.readFileSync(stampFile, 'utf8').trim()}:${fs.statSync(stampFile).mtimeMs}`;
  } catch {
    // not built: the modules themselves
  }
  let newest = 0;
  let count = 0;
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.(js|ts|json|tsv|txt|srx)$/.test(rel)) continue;
    newest = Math.max(newest, fs.statSync(path.join(dir, rel)).mtimeMs);
    count++;
  }
  return `${dir}:${count}:${newest}`;
}

function filesUnder(p: string): string[] {
  try {
    const st = fs.statSync(p);
    if (!st.isDirectory()) return [p];
    return (fs.readdirSync(p, { recursive: true }) as string[]).map((r) => path.join(p, r)).filter((f) => fs.statSync(f).isFile()).sort();
  } catch {
    return [];
  }
}

function readOrEmpty(file: string): Uint8Array | string {
  try {
    return fs.readFileSync(file);
  } catch {
    return '';
  }
}
