// The data of the never-lose write path: incoming translations, the plan, and what was done.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Provenance } from '../model/unit.js';
import type { PlannedFile } from '../locale/index.js';

export type { PlannedFile };

/** A translation coming from outside the resource: an XLIFF/TMX import or `align --write-locale`. */
export interface LocaleUpdate {
  /** The German in key form (`<1>…</1>` placeholders), as the exported/aligned file has it. */
  key: string;
  en: string;
  provenance: Provenance;
  /** The English the exported file carried (detects a local edit made since the export). */
  baseEn?: string;
  /** Or its fingerprint (`contentHash(baseEn)`, what diglot writes into its exports). */
  baseHash?: string;
  /** `reviewed` (e.g. XLIFF state="final") records the review in the sidecar. */
  status?: 'translated' | 'reviewed';
  reviewedBy?: string;
  /** When it was reviewed (ISO 8601), recorded with the reviewer. */
  reviewedAt?: string;
}

/** Which side wins a conflict: the incoming file or the local resource. */
export type Prefer = 'file' | 'local';

export type SyncChangeKind =
  | 'added' // a key for new German, written as null (untranslated)
  | 'restored' // a translation taken back from the orphans archive
  | 'rekeyed' // an entry whose key differed only in normalisation, moved to the exact German key
  | 'archived' // an entry whose German no longer occurs, moved to the orphans archive
  | 'emptied' // a "" value turned into null (both mean untranslated; null is the documented form)
  | 'updated' // an incoming translation written (the replaced one is archived as superseded)
  | 'kept-local' // an incoming translation equal to its export base: the newer local one stays
  | 'rejected' // an incoming translation that lost a conflict (archived)
  | 'unmatched-update' // an incoming translation for German that no longer occurs (archived)
  | 'conflict'; // local and incoming both changed since the export: needs `prefer`

export interface SyncChange {
  kind: SyncChangeKind;
  /** The German key concerned (for `rekeyed`, the new key). */
  key: string;
  /** For `rekeyed`: the key as it was written. */
  from?: string;
  en?: string | null;
}

export interface SyncConflict {
  key: string;
  local: string;
  incoming: string;
  base?: string;
  provenance: Provenance;
}


export interface SyncPlan {
  root: string;
  /** Where the write's journal goes (absolute): the locales folder, which recovery looks into. */
  journalDir: string;
  slug: string;
  /** The German source and its text when planned (a change since then aborts the write). */
  source: { path: string; text: string };
  files: PlannedFile[];
  /** Keys of the new resource that have English / that are null (untranslated). */
  translated: number;
  untranslated: number;
  changes: SyncChange[];
  conflicts: SyncConflict[];
  /** The conflict policy the plan was made with (undefined: conflicts block the write). */
  prefer?: Prefer;
  diagnostics: Diagnostic[];
}

export interface SyncReport {
  dryRun: boolean;
  /** Files whose content changes (written unless dryRun). */
  changed: string[];
  /** Of those, the old-layout companions removed (their content moves to the companion store). */
  removed: string[];
  unchanged: string[];
  changes: SyncChange[];
  conflicts: SyncConflict[];
  /** Unified diff of every changed file. */
  diff: string;
  counts: Record<SyncChangeKind | 'kept', number>;
  /** What the write did on its own, e.g. broke the lock of a diglot that had crashed (`sync-lock-broken`). */
  diagnostics: Diagnostic[];
}
