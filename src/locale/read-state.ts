// The I/O edge of the locale store: a document's slug → its locale state as read from disk (resource,
// orphans archive and sidecar: text, parsed data, positioned diagnostics). Absent files are empty;
// a file that exists but cannot be read faithfully (not UTF-8, unreadable) stops the run.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { readText, readTextIfExists } from '../util/read-text.js';
import { parseResource, type Resource } from './resource.js';
import { parseOrphans, parseSidecar, type OrphanRecord, type Sidecar } from './companions.js';
import { localePaths, resourceCandidates, type LocalePaths } from './paths.js';

/** One document's locale files, as read: what match, sync, import and review work on. */
export interface LocaleState {
  paths: LocalePaths;
  resource: Resource;
  orphans: { exists: boolean; text: string; records: OrphanRecord[]; diagnostics: Diagnostic[] };
  sidecar: { exists: boolean; text: string; sidecar: Sidecar | undefined; diagnostics: Diagnostic[] };
}

/** Where the locale files are: the project root, the locales folder and the target language. */
export interface LocaleLocation {
  root: string;
  localesDir: string;
  targetLanguage: string;
}

/** Reads the resource, orphans archive and sidecar of one document. */
export function readLocaleState(at: LocaleLocation, slug: string): LocaleState {
  const resource = readResource(at, slug);
  const paths = localePaths(resource.file);
  const orphansText = readTextIfExists(path.resolve(at.root, paths.orphans), { file: paths.orphans, unreadableRuleId: 'orphans-unreadable', source: 'match' });
  const sidecarText = readTextIfExists(path.resolve(at.root, paths.sidecar), { file: paths.sidecar, unreadableRuleId: 'sidecar-unreadable', source: 'match' });
  const orphans = orphansText === undefined ? { records: [], diagnostics: [] } : parseOrphans(orphansText, paths.orphans);
  const sidecar = sidecarText === undefined ? { sidecar: undefined, diagnostics: [] } : parseSidecar(sidecarText, paths.sidecar);
  return {
    paths,
    resource,
    orphans: { exists: orphansText !== undefined, text: orphansText ?? '', ...orphans },
    sidecar: { exists: sidecarText !== undefined, text: sidecarText ?? '', ...sidecar },
  };
}

/** Finds and parses the resource of one document; a missing file is not an error (all missing). */
function readResource(at: LocaleLocation, slug: string): Resource {
  const candidates = resourceCandidates(at.localesDir, at.targetLanguage, slug);
  const file = candidates.find((c) => fs.existsSync(path.resolve(at.root, c)));
  if (file === undefined) return { file: candidates[candidates.length - 1], exists: false, text: '', entries: new Map(), untranslated: new Set(), pairs: [], diagnostics: [] };
  const text = readText(path.resolve(at.root, file), { file, unreadableRuleId: 'resource-unreadable', source: 'resources' });
  return { file, exists: true, text, ...parseResource(text, file) };
}
