// The I/O edge of the locale store: a document's slug → its locale state as read from disk (resource,
// orphans archive and sidecar: text, parsed data, positioned diagnostics). Absent files are empty;
// a file that exists but cannot be read faithfully (not UTF-8, unreadable) stops the run. Archive
// and sidecar are read from the companion store and, while an old-layout copy is still beside the
// resource, from there too (merged): a read never depends on whether the move has happened yet.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { readTextIfExists } from '../util/read-text.js';
import { parseResource, locateKey, type Resource } from './resource.js';
import { parseOrphans, parseSidecar, type OrphanRecord, type Sidecar } from './companions.js';
import { localePaths, resourceCandidates, type LocalePaths } from './paths.js';
import { mergeOrphans, mergeSidecars } from './merge-companions.js';
import { createLineIndex } from '../util/line-index.js';
import { clip } from '../util/clip.js';

/** Old-layout companions found beside the resource: their text, which the next write moves. */
export interface LegacyCompanions {
  orphans?: string;
  sidecar?: string;
}

/** One document's locale files, as read: what match, sync, import and review work on. */
export interface LocaleState {
  paths: LocalePaths;
  resource: Resource;
  /** `exists`/`text`: the file in the companion store; `records`: with the old-layout ones merged in. */
  orphans: { exists: boolean; text: string; records: OrphanRecord[]; diagnostics: Diagnostic[] };
  /** `exists`/`text`: the file in the companion store; `sidecar`: with the old-layout one merged in. */
  sidecar: { exists: boolean; text: string; sidecar: Sidecar | undefined; diagnostics: Diagnostic[] };
  legacy: LegacyCompanions;
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
  legacy: LegacyCompanions;
}

/** Reads the resource, orphans archive and sidecar of one document. */
export function readLocaleState(at: LocaleLocation, slug: string): LocaleState {
  return parseLocaleFiles(readLocaleFiles(at, slug));
}

/**
 * Reads one document's locale files (old-layout companions included) without parsing them: an
 * incremental build compares their bytes with the last build's and parses only what it rebuilds.
 */
export function readLocaleFiles(at: LocaleLocation, slug: string): LocaleFiles {
  const candidates = resourceCandidates(at.localesDir, at.targetLanguage, slug);
  // the first candidate that exists, read as it is found (one path lookup each)
  let found: string | undefined;
  let resource: string | undefined;
  for (const c of candidates) {
    resource = readTextIfExists(path.resolve(at.root, c), { file: c, unreadableRuleId: 'resource-unreadable', source: 'resources' });
    if (resource !== undefined) {
      found = c;
      break;
    }
  }
  const file = found ?? candidates[candidates.length - 1];
  const paths = localePaths(file, at.localesDir);
  const read = (f: string, unreadableRuleId: 'orphans-unreadable' | 'sidecar-unreadable') => readTextIfExists(path.resolve(at.root, f), { file: f, unreadableRuleId, source: 'match' });
  const legacy: LegacyCompanions = {};
  const legacyOrphans = read(paths.legacy.orphans, 'orphans-unreadable');
  const legacySidecar = read(paths.legacy.sidecar, 'sidecar-unreadable');
  if (legacyOrphans !== undefined) legacy.orphans = legacyOrphans;
  if (legacySidecar !== undefined) legacy.sidecar = legacySidecar;
  return {
    paths,
    resource,
    orphans: read(paths.orphans, 'orphans-unreadable'),
    sidecar: read(paths.sidecar, 'sidecar-unreadable'),
    legacy,
  };
}

/** The locale state of files read by readLocaleFiles (old-layout companions merged in). Pure. */
export function parseLocaleFiles(files: LocaleFiles): LocaleState {
  const { paths, legacy } = files;
  const resource: Resource =
    files.resource === undefined
      ? { file: paths.resource, exists: false, text: '', entries: new Map(), untranslated: new Set(), pairs: [], diagnostics: [] }
      : { file: paths.resource, exists: true, text: files.resource, ...parseResource(files.resource, paths.resource) };
  const orphansText = files.orphans;
  const sidecarText = files.sidecar;
  const orphans: { records: OrphanRecord[]; diagnostics: Diagnostic[] } = orphansText === undefined ? { records: [], diagnostics: [] } : parseOrphans(orphansText, paths.orphans);
  const sidecar: { sidecar: Sidecar | undefined; diagnostics: Diagnostic[] } = sidecarText === undefined ? { sidecar: undefined, diagnostics: [] } : parseSidecar(sidecarText, paths.sidecar);
  if (legacy.orphans !== undefined) {
    const old = parseOrphans(legacy.orphans, paths.legacy.orphans);
    orphans.records = mergeOrphans(orphans.records, old.records);
    orphans.diagnostics = [...orphans.diagnostics, ...old.diagnostics, moveNotice(paths.legacy.orphans, paths.orphans, orphansText !== undefined)];
  }
  if (legacy.sidecar !== undefined) {
    const old = parseSidecar(legacy.sidecar, paths.legacy.sidecar);
    const merged = mergeSidecars(sidecar.sidecar, old.sidecar, resource.entries);
    sidecar.sidecar = merged.sidecar;
    sidecar.diagnostics = [
      ...sidecar.diagnostics,
      ...old.diagnostics,
      ...merged.conflicts.map((key) => conflict(key, paths, legacy.sidecar!)),
      moveNotice(paths.legacy.sidecar, paths.sidecar, sidecarText !== undefined),
    ];
  }
  return {
    paths,
    resource,
    orphans: { exists: orphansText !== undefined, text: orphansText ?? '', ...orphans },
    sidecar: { exists: sidecarText !== undefined, text: sidecarText ?? '', ...sidecar },
    legacy: { ...legacy },
  };
}

/** Says that an old-layout file is read where it is and moved by the next writing command. */
function moveNotice(from: string, to: string, both: boolean): Diagnostic {
  return {
    ruleId: 'locale-layout-migrate',
    severity: 'info',
    message: `${from} is in the old layout, inside the i18next namespace folder (tools that list the folder take it for a namespace); it is read where it is, and the next command that writes this document's locale files moves it to ${to}${both ? ', merged with the file already there' : ''}`,
    hint: 'run `diglot sync` to move it now (one atomic write; commit the move, git shows it as a rename)',
    file: from,
    source: 'match',
  };
}

/** Two sidecar entries for one key, different, and both describing the English the resource holds. */
function conflict(key: string, paths: LocalePaths, legacyText: string): Diagnostic {
  return {
    ruleId: 'locale-layout-conflict',
    severity: 'error',
    message: `"${clip(key)}" has different entries in ${paths.legacy.sidecar} and ${paths.sidecar}, and both describe the English in ${paths.resource} (the move to the companion store met a sidecar already there, e.g. from another branch)`,
    hint: `delete the entry you do not want from one of the two files (\`git log\` shows which is newer); until then the one in ${paths.sidecar} is shown and diglot writes neither`,
    file: paths.legacy.sidecar,
    place: { start: createLineIndex(legacyText).pointAt(locateKey(legacyText, key)) },
    source: 'match',
  };
}
