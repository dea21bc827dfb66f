// A document's locale files as read → the digest of what its cached result depends on in the locale
// store: which files exist, where, and their bytes. Layout-agnostic: whatever paths the store reads.
import fs from 'node:fs';
import path from 'node:path';
import type { EditionConfig } from '../config/index.js';
import { localeDirs, type LocaleFiles } from '../locale/index.js';
import { digestParts } from './digest.js';

const ABSENT = '\u0000absent';

export function describeLocale(files: LocaleFiles, config: Pick<EditionConfig, 'localesDir' | 'targetLanguage'>): string {
  const { paths } = files;
  return digestParts([config.localesDir, config.targetLanguage, paths.resource, paths.orphans, paths.sidecar, files.resource ?? ABSENT, files.orphans ?? ABSENT, files.sidecar ?? ABSENT, files.legacy.orphans ?? ABSENT, files.legacy.sidecar ?? ABSENT]);
}

/**
 * Every file in the target language's locale folders (names and bytes; the articles' own files as
 * already read): what the look-alike resources named for an article without English depend on.
 */
export function describeLocaleFolders(config: Pick<EditionConfig, 'root' | 'localesDir' | 'targetLanguage'>, read: readonly LocaleFiles[]): string {
  const known = new Map<string, string>();
  for (const f of read) {
    if (f.resource !== undefined) known.set(f.paths.resource, f.resource);
    if (f.orphans !== undefined) known.set(f.paths.orphans, f.orphans);
    if (f.sidecar !== undefined) known.set(f.paths.sidecar, f.sidecar);
  }
  const parts: Array<string | Uint8Array> = [];
  for (const dir of localeDirs(config.localesDir, config.targetLanguage)) {
    let names: string[];
    try {
      names = fs.readdirSync(path.resolve(config.root, dir)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const rel = path.join(dir, name);
      const abs = path.resolve(config.root, rel);
      if (!fs.statSync(abs).isFile()) continue;
      parts.push(rel, known.get(rel) ?? fs.readFileSync(abs));
    }
  }
  return digestParts(parts);
}
