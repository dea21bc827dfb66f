// An orphans archive and sidecar in the companion store + the old-layout ones still beside the
// resource (a half-finished move, or a branch merged from before it) → one archive and one sidecar
// holding both, or the keys whose two sidecar entries contradict each other. Never drops a record:
// the archive is a list, so the union keeps everything; a sidecar entry is dropped only when the
// other one describes the English the resource holds and it does not (sync would void it anyway).
import { contentHash, SIDECAR_FORMAT, type OrphanRecord, type Sidecar, type SidecarEntry } from './companions.js';

/** The records of `current`, then those of `legacy` that are not already there (same fields). */
export function mergeOrphans(current: readonly OrphanRecord[], legacy: readonly OrphanRecord[]): OrphanRecord[] {
  const seen = new Set(current.map(recordKey));
  const out = [...current];
  for (const r of legacy) {
    const k = recordKey(r);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

export interface SidecarMerge {
  sidecar: Sidecar;
  /** Keys with two different entries that both describe the resource's English: a person decides. */
  conflicts: string[];
}

/**
 * Both sidecars' entries; for a key in both, the entry that describes the English of the resource
 * (`english`: key → English as the resource holds it). Header fields come from `current`.
 */
export function mergeSidecars(current: Sidecar | undefined, legacy: Sidecar | undefined, english: ReadonlyMap<string, string>): SidecarMerge {
  if (!current || !legacy) return { sidecar: (current ?? legacy)!, conflicts: [] };
  const entries = Object.create(null) as Record<string, SidecarEntry>;
  const conflicts: string[] = [];
  for (const [k, e] of Object.entries(current.entries)) entries[k] = e;
  for (const [k, old] of Object.entries(legacy.entries)) {
    if (!Object.hasOwn(entries, k)) {
      entries[k] = old;
      continue;
    }
    const now = entries[k];
    if (sameJson(now, old)) continue;
    const en = english.get(k);
    const target = en === undefined ? undefined : contentHash(en);
    const nowFits = now.target === target;
    const oldFits = old.target === target;
    if (nowFits && oldFits) conflicts.push(k);
    else if (oldFits) entries[k] = old;
  }
  return { sidecar: { format: SIDECAR_FORMAT, source: current.source || legacy.source, sourceHash: current.sourceHash || legacy.sourceHash, entries }, conflicts };
}

function recordKey(r: OrphanRecord): string {
  return stableJson(r);
}

function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted: two entries written by different tools compare by content. */
function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}
