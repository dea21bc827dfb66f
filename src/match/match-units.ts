// SourceDocument + its English resource (+ orphans archive, sidecar, memory) → AlignedUnits with
// status, provenance and, for stale/fuzzy units, a suggestion with the word diff of the German.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Segment, SourceDocument } from '../model/document.js';
import type { AlignedUnit, Provenance, Suggestion, UnitStatus } from '../model/unit.js';
import { findStale, type PoolEntry, type StaleMatch } from './find-stale.js';
import { contentHash, type OrphanRecord, type Sidecar } from '../locale/index.js';
import { MemoryIndex, type MemoryEntry } from './memory-index.js';
import { normalizeKey } from './normalize-key.js';
import type { MemoryMatch, ProjectMemory } from './project-memory.js';
import { diffWords } from './word-diff.js';
import { clip } from '../util/clip.js';

export interface ResourceEntries {
  /** Resource file the entries come from (for provenance and messages). */
  file: string;
  entries: ReadonlyMap<string, string>;
  /** Keys present with null (what `diglot sync` writes for new German): hints then say "translate", not "add". */
  untranslated?: ReadonlySet<string>;
}

export interface MatchOptions {
  /** Similarity 0–100 from which an old or foreign sentence is offered (default 75). */
  threshold?: number;
  /** The document's archive of translations whose German no longer occurs. */
  orphans?: readonly OrphanRecord[];
  orphansFile?: string;
  sidecar?: Sidecar;
  /** Other documents' translations (match.memory); hits from this document's files are skipped. */
  memory?: MemoryIndex;
  /**
   * The project's own articles: identical German translated in another one is a 100 % match, used
   * as the English when `fill` is set (status translated, provenance memory) and offered otherwise.
   */
  project?: { memory: ProjectMemory; document: string; fill: boolean };
}

export interface MatchResult {
  units: AlignedUnit[];
  /** Resource keys an exact match used (the rest is stale material or unused). */
  used: Set<string>;
  diagnostics: Diagnostic[];
}

export const DEFAULT_THRESHOLD = 75;

/** A segment's resource key with non-empty English: its own, or one equal after normalizeKey. */
function exactKeyIn(resource: ResourceEntries): (s: Segment) => string | undefined {
  const byNorm = new Map<string, string>();
  for (const k of resource.entries.keys()) {
    const norm = normalizeKey(k);
    if (!byNorm.has(norm)) byNorm.set(norm, k);
  }
  return (s) => {
    const direct = resource.entries.get(s.key);
    if (direct !== undefined && direct.trim() !== '') return s.key;
    const k = byNorm.get(normalizeKey(s.key));
    return k !== undefined && (resource.entries.get(k) ?? '').trim() !== '' ? k : undefined;
  };
}

/**
 * The German that matchUnits looks up in the project memory (`project.find`): every segment without
 * an exact key. A build asks them of the project before matching, so a worker thread needs no copy
 * of the whole project's translations.
 */
export function projectQuestions(doc: SourceDocument, resource: ResourceEntries): string[] {
  const exact = exactKeyIn(resource);
  return [...new Set(doc.segments.filter((s) => exact(s) === undefined).map((s) => s.key))];
}

/**
 * Pairs every segment with its English: exact key (or a key equal after normalizeKey) →
 * `translated`/`reviewed`; else a leftover translation of this document ≥ threshold → `stale`;
 * else a similar entry elsewhere ≥ threshold → `fuzzy`; else `missing`. An empty English value
 * counts as missing (that is how i18next treats it with `returnEmptyString: false`).
 */
export function matchUnits(doc: SourceDocument, resource: ResourceEntries, opts: MatchOptions = {}): MatchResult {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const keys = doc.segments.map(exactKeyIn(resource));
  const used = new Set(keys.filter((k): k is string => k !== undefined));
  const leverage = new Map<number, MemoryMatch>();
  if (opts.project) {
    keys.forEach((k, i) => {
      const hit = k === undefined ? opts.project?.memory.find(doc.segments[i].key, opts.project.document) : undefined;
      if (hit) leverage.set(i, hit);
    });
  }
  const open = keys.flatMap((k, i) => (k === undefined && !leverage.has(i) ? [i] : []));

  const orphansFile = opts.orphansFile ?? resource.file.replace(/\.json$/, '.orphans.json');
  const pool: PoolEntry[] = [
    ...[...resource.entries].filter(([k, en]) => !used.has(k) && en.trim() !== '').map(([de, en]): PoolEntry => ({ de, en, provenance: provenanceOf(resource.file, de, en, opts.sidecar), list: 'resource' })),
    ...(opts.orphans ?? []).map((r): PoolEntry => ({ de: r.de, en: r.en, provenance: r.provenance ?? { kind: 'orphan', file: orphansFile, key: r.de }, list: 'orphans' })),
  ];
  const stale = findStale(doc.segments, open, pool, threshold);
  const fuzzy = findFuzzy(doc.segments, open.filter((i) => !stale.has(i)), resource, used, opts.memory, [resource.file, orphansFile], threshold);

  const diagnostics: Diagnostic[] = [];
  const units = doc.segments.map((segment, i): AlignedUnit => {
    const base = { id: segment.id, section: segment.section, block: segment.block, blockIndex: segment.blockIndex, segment, terms: [], diagnostics: [] };
    const key = keys[i];
    if (key !== undefined) {
      const en = resource.entries.get(key) as string;
      const meta = opts.sidecar?.entries[key];
      const current = meta !== undefined && meta.target === contentHash(en);
      const status: UnitStatus = current && (meta.status === 'reviewed' || !!meta.reviewedBy) ? 'reviewed' : 'translated';
      const reviewedBy = status === 'reviewed' && typeof meta?.reviewedBy === 'string' && meta.reviewedBy ? { reviewedBy: meta.reviewedBy } : {};
      const reviewedAt = status === 'reviewed' && typeof meta?.reviewedAt === 'string' && meta.reviewedAt ? { reviewedAt: meta.reviewedAt } : {};
      return { ...base, en, status, provenance: current ? meta.provenance : { kind: 'curated', file: resource.file, key }, ...reviewedBy, ...reviewedAt };
    }
    const same = leverage.get(i);
    if (same) {
      diagnostics.push(describeLeverage(doc, segment, same, resource.file, !!opts.project?.fill));
      if (opts.project?.fill) return { ...base, en: same.en, status: 'translated', provenance: same.provenance };
      return { ...base, en: null, status: 'fuzzy', suggestion: { de: same.de, en: same.en, score: 100, diff: diffWords(same.de, segment.key), provenance: same.provenance } };
    }
    const old = stale.get(i) ?? fuzzy.get(i);
    const status: UnitStatus = stale.has(i) ? 'stale' : fuzzy.has(i) ? 'fuzzy' : 'missing';
    diagnostics.push(describe(doc, segment, status, resource.file, old, resource.untranslated?.has(segment.key) ?? false));
    return { ...base, en: null, status, ...(old ? { suggestion: suggest(old, segment) } : {}) };
  });
  return { units, used, diagnostics };
}

/** Provenance of a resource entry: the sidecar's when it describes this very English, else curated. */
function provenanceOf(file: string, key: string, en: string, sidecar: Sidecar | undefined): Provenance {
  const meta = sidecar?.entries[key];
  return meta && meta.target === contentHash(en) ? meta.provenance : { kind: 'curated', file, key };
}

function findFuzzy(segments: readonly Segment[], open: readonly number[], resource: ResourceEntries, used: Set<string>, memory: MemoryIndex | undefined, ownFiles: string[], threshold: number): Map<number, StaleMatch> {
  const out = new Map<number, StaleMatch>();
  if (!open.length) return out;
  const local = new MemoryIndex();
  for (const k of used) local.add({ de: k, en: resource.entries.get(k) as string, provenance: { kind: 'curated', file: resource.file, key: k } });
  const own = new Set(ownFiles.map((f) => f.replace(/\\/g, '/')));
  const skip = (e: MemoryEntry) => own.has(e.provenance.file.replace(/\\/g, '/'));
  for (const i of open) {
    const hits = [...local.search(segments[i].key, { threshold }), ...(memory ? memory.search(segments[i].key, { threshold, limit: 1, skip }) : [])];
    const best = hits.sort((a, b) => b.score - a.score)[0];
    if (best) out.set(i, { de: best.entry.de, en: best.entry.en, score: best.score, provenance: best.entry.provenance, kind: 'edited' });
  }
  return out;
}

function suggest(old: StaleMatch, segment: Segment): Suggestion {
  return { de: old.de, en: old.en, score: old.score, diff: diffWords(old.de, segment.key), provenance: old.provenance };
}

/** A 100 % match from another article: filled (info, to review) or offered (a warning like a fuzzy match). */
function describeLeverage(doc: SourceDocument, segment: Segment, m: MemoryMatch, file: string, filled: boolean): Diagnostic {
  const place = { start: { line: segment.line, column: segment.column, offset: segment.start } };
  const where = `article "${m.provenance.document}" (${m.provenance.file})`;
  if (filled) {
    return {
      ruleId: 'translation-from-memory',
      severity: 'info',
      message: `"${clip(segment.key, 70)}" has the English of the identical German in ${where}`,
      hint: `review it; to make it this article's own, add it to ${file} under this exact key (\`match.leverage: fill\` filled it)`,
      file: doc.path,
      place,
      source: 'match',
    };
  }
  return {
    ruleId: 'translation-in-memory',
    severity: 'warning',
    message: `no English for "${clip(segment.key, 70)}"; the identical German is translated in ${where}`,
    hint: `use "${clip(m.en, 70)}": add it to ${file} under this exact key, or set \`match.leverage: fill\` in the run definition`,
    file: doc.path,
    place,
    source: 'match',
  };
}

/**
 * The message for a unit without English. The hint names the next step for the file's state: a key
 * that sync has already added (null) is translated in place; a key not in the file yet is added.
 */
function describe(doc: SourceDocument, segment: Segment, status: UnitStatus, file: string, old: StaleMatch | undefined, keyInFile: boolean): Diagnostic {
  const place = { start: { line: segment.line, column: segment.column, offset: segment.start } };
  if (status === 'stale' && old) {
    const how = old.kind === 'split' ? 'was split from' : old.kind === 'merged' ? 'merges' : 'was edited from';
    return {
      ruleId: 'translation-stale',
      severity: 'warning',
      message: `German changed since translation: "${clip(segment.key, 70)}" ${how} "${clip(old.de, 70)}" (similarity ${old.score})`,
      hint: keyInFile
        ? `write the English for the new key in ${file} (now null); the old English is "${clip(old.en, 70)}"`
        : `run \`diglot sync\` to add the new key to ${file}, then write its English; the old English is "${clip(old.en, 70)}"`,
      file: doc.path,
      place,
      source: 'match',
    };
  }
  if (status === 'fuzzy' && old) {
    return {
      ruleId: 'translation-fuzzy',
      severity: 'warning',
      message: `no English for "${clip(segment.key, 70)}"; a similar sentence (similarity ${old.score}) in ${old.provenance.file} is translated`,
      hint: keyInFile ? `adapt "${clip(old.en, 70)}" as the English of this key in ${file} (now null)` : `adapt "${clip(old.en, 70)}" and add it to ${file} under this exact key (or run \`diglot sync\` first)`,
      file: doc.path,
      place,
      source: 'match',
    };
  }
  return {
    ruleId: 'translation-missing',
    severity: 'warning',
    message: `no English for "${clip(segment.key, 70)}"`,
    hint: keyInFile ? `translate it: replace the null of this key in ${file}` : `run \`diglot sync\` to add this key to ${file} (as null), then translate it`,
    file: doc.path,
    place,
    source: 'match',
  };
}
