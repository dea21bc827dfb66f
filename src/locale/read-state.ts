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

/** A document's locale files as read, not yet parsed (`undefined`: the file does not exist). */
export interface LocaleFiles {
  paths: LocalePaths;
  resource: string | undefined;
  orphans: string | undefined;
  sidecar: string | undefined;
}

/** Reads the resource, orphans archive and sidecar of one document. */
export function readLocaleState(at: LocaleLocation, slug: string): LocaleState {
  return parseLocaleFiles(readLocaleFiles(at, slug));
}

/**
 * Reads one document's locale files without parsing them: an incremental build compares their
 * bytes with the last build's and parses only those of the articles it rebuilds.
 */
export function readLocaleFiles(at: LocaleLocation, slug: string): LocaleFiles {
  const candidates = resourceCandidates(at.localesDir, at.targetLanguage, slug);
  const found = candidates.find((c) => fs.existsSync(path.resolve(at.root, c)));
  const file = found ?? candidates[candidates.length - 1];
  const paths = localePaths(file);
  return {
    paths,
    resource: found === undefined ? undefined : readText(path.resolve(at.root, file), { file, unreadableRuleId: 'resource-unreadable', source: 'resources' }),
    orphans: readTextIfExists(path.resolve(at.root, paths.orphans), { file: paths.orphans, unreadableRuleId: 'orphans-unreadable', source: 'match' }),
    sidecar: readTextIfExists(path.resolve(at.root, paths.sidecar), { file: paths.sidecar, unreadableRuleId: 'sidecar-unreadable', source: 'match' }),
  };
}

/** The locale state of files read by readLocaleFiles. Pure. */
export function parseLocaleFiles(files: LocaleFiles): LocaleState {
  const { paths } = files;
  const resource: Resource =
    files.resource === undefined
      ? { file: paths.resource, exists: false, text: '', entries: new Map(), untranslated: new Set(), pairs: [], diagnostics: [] }
      : { file: paths.resource, exists: true, text: files.resource, ...parseResource(files.resource, paths.resource) };
  const orphans = files.orphans === undefined ? { records: [], diagnostics: [] } : parseOrphans(files.orphans, paths.orphans);
  const sidecar = files.sidecar === undefined ? { sidecar: undefined, diagnostics: [] } : parseSidecar(files.sidecar, paths.sidecar);
  return {
    paths,
    resource,
    orphans: { exists: files.orphans !== undefined, text: files.orphans ?? '', ...orphans },
    sidecar: { exists: files.sidecar !== undefined, text: files.sidecar ?? '', ...sidecar },
  };
}

