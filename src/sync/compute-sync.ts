// Current German keys + the locale state (resource pairs, orphans, sidecar) + incoming updates →
// the new state. Pure. The invariant every caller relies on: each (German, English) translation
// of the input is in the output resource or archive (German up to normalizeKey); none is dropped.
import type { Provenance } from '../model/unit.js';
import type { ResourcePair } from '../locale/index.js';
import { contentHash, SIDECAR_FORMAT, type OrphanRecord, type Sidecar, type SidecarEntry } from '../locale/index.js';
import { normalizeKey } from '../match/normalize-key.js';
import type { LocaleUpdate, Prefer, SyncChange, SyncConflict } from './types.js';

export interface SyncInput {
  /** Segment keys of the current German, in document order (repeats allowed). */
  keys: readonly string[];
  resourceFile: string;
  pairs: readonly ResourcePair[];
  orphans: readonly OrphanRecord[];
  sidecar?: Sidecar;
  sourcePath: string;
  sourceHash: string;
  updates?: readonly LocaleUpdate[];
  prefer?: Prefer;
  /** Incoming translations that lost before reaching sync (a duplicate in an import file): archived as they are. */
  archive?: readonly OrphanRecord[];
}

export interface SyncOutcome {
  pairs: Array<[string, string | null]>;
  orphans: OrphanRecord[];
  sidecar: Sidecar;
  changes: SyncChange[];
  conflicts: SyncConflict[];
}

interface Held {
  en: string;
  provenance: Provenance;
  reviewedBy?: string;
  reviewedAt?: string;
  extra?: Record<string, unknown>;
}

const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

/** Rewrites the locale state for the current German (see the module comment for the invariant). */
export function computeSync(input: SyncInput): SyncOutcome {
  const changes: SyncChange[] = [];
  const conflicts: SyncConflict[] = [];
  // linear in the size of the state: normalised keys computed once, archive look-ups by index,
  // restored records blanked (undefined) instead of spliced out
  const norm = memoNormalize();
  const orphans: Array<OrphanRecord | undefined> = [...input.orphans];
  const archived = new Set(input.orphans.map((o) => pairKey(o.de, o.en)));
  const orphanIndex = new Map<string, number[]>();
  const indexOrphan = (i: number) => push(orphanIndex, norm((orphans[i] as OrphanRecord).de), i);
  orphans.forEach((_o, i) => indexOrphan(i));
  const metaFor = (key: string, en: string): Held => {
    const m = input.sidecar && Object.hasOwn(input.sidecar.entries, key) ? input.sidecar.entries[key] : undefined;
    if (m && m.target === contentHash(en)) {
      const { status, source: _s, target: _t, provenance, reviewedBy, reviewedAt, ...extra } = m;
      const reviewer = reviewedBy ?? (status === 'reviewed' ? 'unknown' : undefined);
      // the date travels with the review; one without a review is an unknown field, kept as it is
      const date = reviewer && typeof reviewedAt === 'string' ? { reviewedAt } : {};
      if (!('reviewedAt' in date) && reviewedAt !== undefined) extra.reviewedAt = reviewedAt;
      return { en, provenance, ...(reviewer ? { reviewedBy: reviewer } : {}), ...date, ...(Object.keys(extra).length ? { extra } : {}) };
    }
    return { en, provenance: { kind: 'curated', file: input.resourceFile, key } };
  };
  /** Appends to the archive unless the same German + English is already there; true when appended. */
  const archive = (de: string, held: Held, reason: OrphanRecord['reason']): boolean => {
    if (archived.has(pairKey(de, held.en))) return false;
    archived.add(pairKey(de, held.en));
    orphans.push({ de, en: held.en, reason, provenance: held.provenance, ...reviewOf(held) });
    indexOrphan(orphans.length - 1);
    return true;
  };
  /** Takes the last archived translation of this German (normalised) out of the archive. */
  const restore = (key: string): OrphanRecord | undefined => {
    const list = orphanIndex.get(norm(key));
    while (list?.length) {
      const i = list.pop()!;
      const o = orphans[i];
      if (!o) continue;
      orphans[i] = undefined;
      archived.delete(pairKey(o.de, o.en));
      return o;
    }
    return undefined;
  };

  // the resource as i18next reads it (last value of a duplicate key wins); ignored values are archived
  const resource = new Map<string, string | null>();
  const lastIndex = new Map(input.pairs.map((p, i) => [p.key, i]));
  input.pairs.forEach((p, i) => {
    if (lastIndex.get(p.key) === i) resource.set(p.key, p.value);
    else if (!blank(p.value)) archive(p.key, metaFor(p.key, p.value as string), 'duplicate-key');
  });

  const targets = [...new Set(input.keys)];
  // segment keys that differ only in normalisation (a no-break space here, a plain one there) form a group
  const byNorm = new Map<string, string[]>();
  for (const t of targets) push(byNorm, norm(t), t);
  const out = new Map<string, Held | null>(targets.map((t) => [t, null]));
  const consumed = new Set<string>();
  const resourceByNorm = new Map<string, string[]>();
  for (const k of resource.keys()) push(resourceByNorm, norm(k), k);

  for (const t of targets) {
    const exact = resource.get(t);
    if (!blank(exact)) {
      out.set(t, metaFor(t, exact as string));
      consumed.add(t);
      continue;
    }
    const sibling = (byNorm.get(norm(t)) ?? []).map((k) => out.get(k)).find((h) => h);
    if (sibling) {
      out.set(t, sibling);
      continue;
    }
    const variant = (resourceByNorm.get(norm(t)) ?? []).find((k) => !consumed.has(k) && !out.has(k) && !blank(resource.get(k)));
    if (variant !== undefined) {
      const held = metaFor(variant, resource.get(variant) as string);
      out.set(t, held.provenance.kind === 'curated' ? { ...held, provenance: { ...held.provenance, key: t } } : held);
      consumed.add(variant);
      changes.push({ kind: 'rekeyed', key: t, from: variant, en: held.en });
      continue;
    }
    const o = restore(t);
    if (o) {
      out.set(t, { en: o.en, provenance: o.provenance ?? { kind: 'curated', file: input.resourceFile, key: t }, ...reviewOf(o) });
      changes.push({ kind: 'restored', key: t, en: o.en });
      continue;
    }
    if (!resource.has(t)) changes.push({ kind: 'added', key: t, en: null });
    else if (exact !== null) changes.push({ kind: 'emptied', key: t, en: null });
  }

  for (const [k, v] of resource) {
    if (consumed.has(k) || blank(v)) continue;
    const held = metaFor(k, v as string);
    if ((byNorm.get(norm(k)) ?? []).some((t) => out.get(t)?.en === held.en)) continue; // same translation already kept
    archive(k, held, 'source-edited');
    changes.push({ kind: 'archived', key: k, en: held.en });
  }

  // several updates for one key in a batch: the last one is merged, the earlier ones are archived
  const updates = input.updates ?? [];
  const ctx: UpdateContext = { out, archive, changes, conflicts, ...(input.prefer ? { prefer: input.prefer } : {}) };
  const last = new Map<string, number>();
  const groupOf = (u: LocaleUpdate) => byNorm.get(norm(u.key));
  updates.forEach((u, i) => {
    if (groupOf(u) && !blank(u.en)) last.set(norm(u.key), i);
  });
  updates.forEach((u, i) => {
    const group = groupOf(u);
    if (!group) applyUpdate(u, undefined, ctx);
    else if (blank(u.en)) return;
    else if (last.get(norm(u.key)) !== i) archive(group[0], { en: u.en, provenance: u.provenance }, 'superseded');
    else for (const t of group) applyUpdate(u, t, ctx);
  });
  for (const r of input.archive ?? []) {
    if (blank(r.en)) continue;
    const held: Held = { en: r.en, provenance: r.provenance ?? { kind: 'curated', file: input.resourceFile, key: r.de }, ...reviewOf(r) };
    if (archive(r.de, held, r.reason)) changes.push({ kind: 'rejected', key: r.de, en: r.en });
  }

  // German keys: "__proto__" must be an entry, not the object's prototype
  const entries = Object.create(null) as Record<string, SidecarEntry>;
  for (const [t, held] of out) {
    if (!held) continue;
    const review = reviewOf(held);
    entries[t] = {
      status: held.reviewedBy ? 'reviewed' : 'translated',
      source: contentHash(t),
      target: contentHash(held.en),
      provenance: held.provenance,
      ...review,
      // kept fields last; a review made now outranks a date kept from an entry that had no reviewer
      ...(held.extra ?? {}),
      ...review,
    };
  }
  return {
    pairs: [...out].map(([t, held]) => [t, held ? held.en : null]),
    orphans: orphans.filter((o): o is OrphanRecord => o !== undefined),
    sidecar: { format: SIDECAR_FORMAT, source: input.sourcePath, sourceHash: input.sourceHash, entries },
    changes,
    conflicts,
  };
}

interface UpdateContext {
  out: Map<string, Held | null>;
  archive: (de: string, held: Held, reason: OrphanRecord['reason']) => boolean;
  changes: SyncChange[];
  conflicts: SyncConflict[];
  prefer?: Prefer;
}

/** Three-way merge of one incoming translation with the local one of key `t` (base = what was exported). */
function applyUpdate(u: LocaleUpdate, t: string | undefined, ctx: UpdateContext): void {
  if (blank(u.en)) return;
  const reviewed = u.status === 'reviewed' || u.reviewedBy;
  const incoming: Held = { en: u.en, provenance: u.provenance, ...(reviewed ? { reviewedBy: u.reviewedBy ?? 'unknown', ...(u.reviewedAt ? { reviewedAt: u.reviewedAt } : {}) } : {}) };
  if (t === undefined) {
    if (ctx.archive(u.key, incoming, 'unmatched-update')) ctx.changes.push({ kind: 'unmatched-update', key: u.key, en: u.en });
    return;
  }
  const local = ctx.out.get(t) ?? null;
  if (!local) {
    ctx.out.set(t, incoming);
    ctx.changes.push({ kind: 'updated', key: t, en: u.en });
    return;
  }
  if (local.en === u.en) {
    if (incoming.reviewedBy && !local.reviewedBy) ctx.out.set(t, { ...local, ...reviewOf(incoming) });
    return;
  }
  const base = u.baseEn !== undefined ? { equals: (s: string) => s === u.baseEn } : u.baseHash !== undefined ? { equals: (s: string) => contentHash(s) === u.baseHash } : undefined;
  if (base?.equals(u.en)) {
    ctx.changes.push({ kind: 'kept-local', key: t, en: local.en });
    return;
  }
  const take = () => {
    ctx.archive(t, local, 'superseded');
    ctx.out.set(t, incoming);
    ctx.changes.push({ kind: 'updated', key: t, en: u.en });
  };
  if (base?.equals(local.en)) return take();
  if (ctx.prefer === 'file') return take();
  if (ctx.prefer === 'local') {
    ctx.archive(t, incoming, 'rejected');
    ctx.changes.push({ kind: 'rejected', key: t, en: u.en });
    return;
  }
  ctx.conflicts.push({ key: t, local: local.en, incoming: u.en, ...(u.baseEn !== undefined ? { base: u.baseEn } : {}), provenance: u.provenance });
  ctx.changes.push({ kind: 'conflict', key: t, en: u.en });
}

/** The reviewer and the review date of a held translation or archive record: the date only with a reviewer. */
function reviewOf(r: { reviewedBy?: string; reviewedAt?: string }): { reviewedBy?: string; reviewedAt?: string } {
  if (!r.reviewedBy) return {};
  return { reviewedBy: r.reviewedBy, ...(typeof r.reviewedAt === 'string' && r.reviewedAt ? { reviewedAt: r.reviewedAt } : {}) };
}

/** normalizeKey with a cache: every key is normalised once per run. */
function memoNormalize(): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let n = cache.get(key);
    if (n === undefined) cache.set(key, (n = normalizeKey(key)));
    return n;
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const pairKey = (de: string, en: string) => `${de}\u0000${en}`;
