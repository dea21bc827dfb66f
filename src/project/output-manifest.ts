// What a build wrote into outDir (name → content hash), as `.diglot-manifest.json`, and which files
// of the previous manifest a new build should remove: those it no longer writes, and only while
// they still hold exactly what diglot wrote. Pure: text and names in, decisions out.
import { createHash } from 'node:crypto';
import { isPlainFileName } from '../util/safe-path.js';

export const MANIFEST_NAME = '.diglot-manifest.json';
export const MANIFEST_FORMAT = 'diglot-manifest/1';

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** File name in outDir → hash of the content diglot wrote (null prototype: names are content). */
  files: Record<string, string>;
}

/** 16 hex digits of SHA-256 of the bytes. */
export function hashContent(content: string | Uint8Array): string {
  const h = contentHasher();
  h.update(content);
  return h.digest();
}

/** hashContent over a text given in pieces (the digest of the pieces joined). */
export function contentHasher(): { update(piece: string | Uint8Array): void; digest(): string } {
  const h = createHash('sha256');
  return {
    update: (piece) => void h.update(piece),
    digest: () => h.digest('hex').slice(0, 16),
  };
}

/** The manifest of a set of written files (sorted by name, one per line for readable diffs). */
export function serializeManifest(files: ReadonlyArray<{ name: string; content: string | Uint8Array } | { name: string; hash: string }>): string {
  const hashOf = (f: (typeof files)[number]) => ('hash' in f ? f.hash : hashContent(f.content));
  const lines = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((f) => `    ${JSON.stringify(f.name)}: ${JSON.stringify(hashOf(f))}`);
  return `{\n  "format": ${JSON.stringify(MANIFEST_FORMAT)},\n  "files": {${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}

/** A manifest read back; undefined when the text is not one (then nothing is removed). */
export function parseManifest(text: string): Manifest | undefined {
  try {
    const v = JSON.parse(text) as { format?: unknown; files?: unknown };
    if (!v || v.format !== MANIFEST_FORMAT || typeof v.files !== 'object' || v.files === null || Array.isArray(v.files)) return undefined;
    const files: Record<string, string> = Object.create(null);
    // names are content: only plain file names directly in outDir are ever considered
    for (const [name, hash] of Object.entries(v.files)) if (typeof hash === 'string' && isPlainFileName(name)) files[name] = hash;
    return { format: MANIFEST_FORMAT, files };
  } catch {
    return undefined;
  }
}

export interface StalePlan {
  /** Written by diglot before, not written now, unchanged since: to be removed. */
  remove: string[];
  /** Written by diglot before, not written now, but changed since (by someone else): kept. */
  changed: string[];
}

/**
 * Files of `previous` that the new build does not write. `currentHash(name)` is the hash of the file
 * as it is on disk now (undefined: it is gone already).
 */
export function planStaleOutputs(previous: Manifest | undefined, writing: ReadonlySet<string>, currentHash: (name: string) => string | undefined): StalePlan {
  const plan: StalePlan = { remove: [], changed: [] };
  if (!previous) return plan;
  for (const [name, hash] of Object.entries(previous.files)) {
    if (writing.has(name) || name === MANIFEST_NAME) continue;
    const now = currentHash(name);
    if (now === undefined) continue;
    (now === hash ? plan.remove : plan.changed).push(name);
  }
  return plan;
}
