// Imported units + the project's current units → an import plan: which English changes, which
// targets were made for German that has since changed (kept as stale), which collide with a
// local edit made after the export (conflicts, with both texts), which repeat a German the file
// already translated differently (duplicates, archived), and which are paragraphs the aligner split
// into suggestions. Pure: applying is sync's job. German is compared with the matcher's and sync's
// own normalizeKey (quote styles, spaces, invisible characters); English is kept byte for byte as
// the translator wrote it. A target that is a copy of its source is never a translation.
import type { RuleId } from '../model/rules.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import { normalizeKey } from '../match/normalize-key.js';
import { normalizeKeyText } from '../segment/segment-key.js';
import { indexBlocks, paragraphForm, splitParagraph } from './split-paragraph.js';
import { describeDraftState, fingerprintEnglish } from './status-map.js';
import type { ImportedUnit } from './types.js';

/** How to settle a conflict: not at all (report it), or in favour of the file or the local text. */
export type ConflictPolicy = 'ask' | 'file' | 'local';

export interface ImportDocument {
  path: string;
  slug?: string;
  units: readonly AlignedUnit[];
}

export interface ImportCurrent {
  documents: readonly ImportDocument[];
}

/** English stored now for a German key of a document (covers keys no current segment has). */
export type ResourceLookup = (document: string, key: string) => string | undefined;

interface ActionBase {
  /** Document path in the project. */
  document: string;
  /** German key (current German for update/add/conflict; the German the file was made for when stale). */
  key: string;
  /** Where the unit sits in the imported file. */
  line: number;
  column: number;
}

export type ImportAction =
  | (ActionBase & { kind: 'add'; after: string; reviewed: boolean; unitIds: string[] })
  | (ActionBase & { kind: 'update'; before: string; after: string; reviewed: boolean; unitIds: string[] })
  | (ActionBase & { kind: 'unchanged'; unitIds: string[] })
  | (ActionBase & { kind: 'stale'; after: string; before?: string; nearest?: { unitId: string; key: string; similarity: number } })
  | (ActionBase & { kind: 'conflict'; local: string; file: string; resolution: ConflictPolicy; baseKnown: boolean; unitIds: string[] })
  /** A second, different English for a German the file already translated: archived, never applied. */
  | (ActionBase & { kind: 'duplicate'; after: string; first: { line: number; column: number } })
  /**
   * A piece of a paragraph-level target, split over the block's sentences by the aligner: offered,
   * applied only with `acceptAligned` (then as English of provenance `align`, never as reviewed).
   */
  | (ActionBase & { kind: 'suggest'; after: string; unitIds: string[]; paragraph: string; score: number; why: string[]; shared: boolean; accepted: boolean; local?: string });

/** Why a unit was not used; `reason` says it in words, `code` groups the summary. */
export interface SkippedUnit {
  id?: string;
  source: string;
  target?: string | null;
  reason: string;
  code: SkipCode;
  line: number;
  column: number;
}

export type SkipCode = 'empty-source' | 'no-target' | 'source-copy' | 'draft' | 'no-document' | 'not-found';

export interface ImportPlan {
  actions: ImportAction[];
  /** Units the plan did not use, with the reason (no target, draft, copy of the source, unknown document, …). */
  skipped: SkippedUnit[];
  diagnostics: Diagnostic[];
  counts: Record<ImportAction['kind'] | 'skipped', number>;
}

export interface PlanOptions {
  /** Conflict policy (`--prefer`); default `ask`: conflicts are reported and nothing is applied for them. */
  prefer?: ConflictPolicy;
  /** Import targets in draft state (XLIFF 2 `initial`, 1.2 `new`/`needs-translation`/`needs-review-*`, PO fuzzy). Default false. */
  includeDrafts?: boolean;
  /** Apply the aligner's split of paragraph-level targets (provenance `align`) instead of only offering it. */
  acceptAligned?: boolean;
  /** File name for diagnostics. */
  file?: string;
}

/** Plans an import. Each action names the German key and both texts where they differ. */
export function planImport(imported: readonly ImportedUnit[], current: ImportCurrent, resources?: ResourceLookup, opts: PlanOptions = {}): ImportPlan {
  const prefer = opts.prefer ?? 'ask';
  const plan: ImportPlan = { actions: [], skipped: [], diagnostics: [], counts: { add: 0, update: 0, unchanged: 0, stale: 0, conflict: 0, duplicate: 0, suggest: 0, skipped: 0 } };
  const seen = new Map<string, { target: string; line: number; column: number }>(); // document\0match key → first translation
  const unitsByKey = new Map<ImportDocument, Map<string, AlignedUnit[]>>();
  const blocksByForm = new Map<ImportDocument, Map<string, AlignedUnit[]>>();
  for (const u of imported) {
    const skip = (code: SkipCode, reason: string): void => {
      plan.skipped.push({ id: u.id, source: u.source, target: u.target, reason, code, line: u.line, column: u.column });
    };
    const matchKey = normalizeKey(u.source);
    if (matchKey === '') {
      skip('empty-source', 'empty source');
      continue;
    }
    if (u.target === null || u.target === '' || u.status === 'untranslated') {
      skip('no-target', 'no target');
      continue;
    }
    const named = findDocument(u.document, current.documents);
    // a unit whose `original` names no project document (a foreign file, a second <file>, a memory
    // without document names) is matched by its German across the project
    const docs = named ? [named] : current.documents.filter((d) => unitsFor(d, unitsByKey).has(matchKey));
    // a CAT tool's pre-filled target that nobody translated (or a tool that copies the source): the
    // German is never taken for English, whatever the state says; only English the project already
    // holds word for word ("KEYSTONE" → "KEYSTONE") is confirmed, as unchanged
    if (normalizeKey(u.target) === matchKey) {
      const held = docs.some((d) => (unitsFor(d, unitsByKey).get(matchKey) ?? []).some((m) => m.en === u.target));
      if (!held) {
        skip('source-copy', 'the target is a copy of the source (untranslated in the tool); if the English really is the same, write it in the resource');
        continue;
      }
    }
    if (u.status === 'draft' && !opts.includeDrafts) {
      skip('draft', `${describeDraftState(u.state)}; use --include-drafts to import it`);
      continue;
    }
    if (docs.length === 0) {
      if (planParagraph(u, current.documents, blocksByForm, plan, opts)) continue;
      if (u.document !== undefined && current.documents.length > 0) skip('not-found', `document ${u.document} is not in the project, and no document holds this German`);
      else skip('no-document', current.documents.length ? 'no document named, and no document of the project holds this German' : 'the project has no documents');
      continue;
    }
    for (const doc of docs) planUnit(u, doc, matchKey);
  }
  for (const a of plan.actions) plan.counts[a.kind]++;
  plan.counts.skipped = plan.skipped.length;
  return plan;

  function planUnit(u: ImportedUnit, doc: ImportDocument, matchKey: string): void {
    // the German in key form (kept for an archived translation)
    const key = normalizeKeyText(u.source);
    // the translator's English byte for byte: re-importing an export must change nothing
    const target = u.target as string;
    const dedupe = `${doc.path}\u0000${matchKey}`;
    const earlier = seen.get(dedupe);
    if (earlier !== undefined) {
      if (earlier.target !== target) {
        plan.diagnostics.push(warn(opts.file, u, 'import-duplicate-source', `the file translates "${short(key)}" twice, differently; the first translation (line ${earlier.line}) is used, this one is archived`));
        plan.actions.push({ kind: 'duplicate', document: doc.path, key, line: u.line, column: u.column, after: target, first: { line: earlier.line, column: earlier.column } });
      }
      return;
    }
    const matches = unitsFor(doc, unitsByKey).get(matchKey) ?? [];
    // a paragraph of this document translated as a whole: split, not stale
    if (matches.length === 0 && planParagraph(u, [doc], blocksByForm, plan, opts)) return;
    seen.set(dedupe, { target, line: u.line, column: u.column });
    checkPlaceholders(u, key, target, opts.file, plan.diagnostics);
    const base = { document: doc.path, key: matches[0]?.segment.key ?? key, line: u.line, column: u.column };
    if (matches.length === 0) {
      const before = resources?.(doc.path, key);
      if (before === target) {
        plan.actions.push({ ...base, kind: 'unchanged', unitIds: [] });
        return;
      }
      plan.actions.push({ ...base, kind: 'stale', after: target, before, nearest: nearestUnit(key, doc.units) });
      return;
    }
    const unitIds = matches.map((m) => m.id);
    const local = matches.find((m) => m.en !== null)?.en ?? resources?.(doc.path, base.key) ?? null;
    const reviewed = u.status === 'reviewed';
    if (local === null || local === '') {
      plan.actions.push({ ...base, kind: 'add', after: target, reviewed, unitIds });
      return;
    }
    if (local === target) {
      const wasReviewed = matches.some((m) => m.status === 'reviewed');
      if (reviewed && !wasReviewed) plan.actions.push({ ...base, kind: 'update', before: local, after: target, reviewed, unitIds });
      else plan.actions.push({ ...base, kind: 'unchanged', unitIds });
      return;
    }
    // The file and the project differ. If the project still holds what was exported, the file's
    // text is the newer one; otherwise both changed (or we cannot tell): a conflict.
    const baseKnown = u.base !== undefined;
    const localUnchanged = baseKnown && fingerprintEnglish(local) === u.base;
    const fileUnchanged = baseKnown && fingerprintEnglish(target) === u.base;
    if (localUnchanged) plan.actions.push({ ...base, kind: 'update', before: local, after: target, reviewed, unitIds });
    else if (fileUnchanged) plan.actions.push({ ...base, kind: 'unchanged', unitIds });
    else plan.actions.push({ ...base, kind: 'conflict', local, file: target, resolution: prefer, baseKnown, unitIds });
  }
}

/**
 * A target whose German is a whole block of one of `docs` (two or more sentences): the aligner
 * splits its English over the sentences, each piece a `suggest` action. False when no block matches.
 */
function planParagraph(u: ImportedUnit, docs: readonly ImportDocument[], cache: Map<ImportDocument, Map<string, AlignedUnit[]>>, plan: ImportPlan, opts: PlanOptions): boolean {
  const form = paragraphForm(u.source);
  for (const doc of docs) {
    let blocks = cache.get(doc);
    if (!blocks) cache.set(doc, (blocks = indexBlocks(doc.units)));
    const block = blocks.get(form);
    if (!block) continue;
    const { pieces, unpaired } = splitParagraph(block, u.target as string);
    for (const p of pieces) {
      const unit = block.find((b) => b.id === p.unitId);
      const local = unit?.en ?? undefined;
      // with --accept-aligned, a piece fills only a sentence without English: it never replaces one
      const accepted = !!opts.acceptAligned && !local && !p.shared;
      plan.actions.push({ kind: 'suggest', document: doc.path, key: p.key, line: u.line, column: u.column, after: p.en, unitIds: [p.unitId], paragraph: normalizeKeyText(u.source), score: p.score, why: p.why, shared: p.shared, accepted, ...(local ? { local } : {}) });
    }
    if (unpaired.length) plan.diagnostics.push(warn(opts.file, u, 'import-paragraph-split', `the aligner paired no German sentence with ${unpaired.length} English sentence(s) of this paragraph: "${short(unpaired[0])}"`));
    return true;
  }
  return false;
}

/** The document's units by normalised key (built once per document, not once per imported unit). */
function unitsFor(doc: ImportDocument, cache: Map<ImportDocument, Map<string, AlignedUnit[]>>): Map<string, AlignedUnit[]> {
  let map = cache.get(doc);
  if (!map) {
    map = new Map();
    for (const x of doc.units) {
      const k = normalizeKey(x.segment.key);
      const list = map.get(k);
      if (list) list.push(x);
      else map.set(k, [x]);
    }
    cache.set(doc, map);
  }
  return map;
}

function findDocument(name: string | undefined, docs: readonly ImportDocument[]): ImportDocument | undefined {
  if (name === undefined) return docs.length === 1 ? docs[0] : undefined;
  const norm = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');
  const base = (p: string): string => norm(p).split('/').pop() ?? p;
  return (
    docs.find((d) => norm(d.path) === norm(name)) ??
    docs.find((d) => d.slug !== undefined && d.slug === name) ??
    docs.find((d) => base(d.path) === base(name))
  );
}

/** The current unit whose German is most like the old German (word-bag Dice), if any is close. */
function nearestUnit(key: string, units: readonly AlignedUnit[]): { unitId: string; key: string; similarity: number } | undefined {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words(key);
  let best: { unitId: string; key: string; similarity: number } | undefined;
  for (const u of units) {
    const b = words(u.segment.key);
    const pool = new Map<string, number>();
    for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
    let common = 0;
    for (const w of a) {
      const n = pool.get(w) ?? 0;
      if (n > 0) {
        common++;
        pool.set(w, n - 1);
      }
    }
    const sim = a.length + b.length === 0 ? 0 : Math.round((200 * common) / (a.length + b.length));
    if (sim >= 50 && (!best || sim > best.similarity)) best = { unitId: u.id, key: u.segment.key, similarity: sim };
  }
  return best;
}

/** Warns when the target's placeholders are not the source's (a tag lost or invented in the CAT tool). */
function checkPlaceholders(u: ImportedUnit, key: string, target: string, file: string | undefined, out: Diagnostic[]): void {
  const tags = (s: string): string[] => (s.match(/<\/?[1-9]\d*\/?>/g) ?? []).sort();
  const a = tags(key).join(' ');
  const b = tags(target).join(' ');
  if (a !== b) out.push(warn(file, u, 'import-placeholder-mismatch', `placeholders differ: source has [${a}], target has [${b}] in "${short(key)}"`));
}

function warn(file: string | undefined, u: ImportedUnit, ruleId: RuleId, message: string): Diagnostic {
  return { ruleId, severity: 'warning', message, file, place: { start: { line: u.line, column: u.column, offset: u.offset } }, source: 'interchange' };
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
