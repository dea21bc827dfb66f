// Merging the old-layout archive and sidecar into the companion store's: the archive keeps every
// record of both (property), a sidecar entry gives way only to one that describes the resource's
// English, and two different entries that both do are reported, not chosen between.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, mergeOrphans, mergeSidecars, SIDECAR_FORMAT, type OrphanRecord, type Sidecar, type SidecarEntry } from '../../src/locale/index.js';

const record = fc.record({
  de: fc.constantFrom('A.', 'B.', 'C.', '__proto__'),
  en: fc.constantFrom('a', 'b', 'c'),
  reason: fc.constantFrom('source-edited' as const, 'superseded' as const),
  reviewedBy: fc.option(fc.constantFrom('Anna', 'Bea'), { nil: undefined }),
}).map((r): OrphanRecord => (r.reviewedBy === undefined ? { de: r.de, en: r.en, reason: r.reason } : { ...r, reviewedBy: r.reviewedBy }));

const entry = (en: string, reviewedBy?: string): SidecarEntry => ({ status: reviewedBy ? 'reviewed' : 'translated', source: 'x', target: contentHash(en), provenance: { kind: 'curated', file: 'r.json', key: 'k' }, ...(reviewedBy ? { reviewedBy } : {}) });
const sidecar = (entries: Record<string, SidecarEntry>, source = 'locales/de/a.md'): Sidecar => ({ format: SIDECAR_FORMAT, source, sourceHash: 'h', entries });

describe('mergeOrphans', () => {
  it('keeps every record of both archives, the current ones first, each distinct record once', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), fc.array(record, { maxLength: 12 }), (now, old) => {
        const merged = mergeOrphans(now, old);
        const key = (r: OrphanRecord) => JSON.stringify([r.de, r.en, r.reason, r.reviewedBy]);
        expect(merged.slice(0, now.length)).toEqual(now);
        for (const r of [...now, ...old]) expect(merged.map(key)).toContain(key(r));
        // nothing is added twice from the old archive
        expect(merged.length).toBe(now.length + new Set(old.map(key).filter((k) => !now.map(key).includes(k))).size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeSidecars', () => {
  const english = new Map([['K.', 'English now'], ['L.', 'Other']]);

  it('takes the entries of both; one side alone is taken as it is', () => {
    const now = sidecar({ 'K.': entry('English now', 'Anna') });
    const old = sidecar({ 'L.': entry('Other') }, 'locales/de/old.md');
    const merged = mergeSidecars(now, old, english);
    expect(merged.conflicts).toEqual([]);
    expect(Object.keys(merged.sidecar.entries).sort()).toEqual(['K.', 'L.']);
    expect(merged.sidecar.source).toBe('locales/de/a.md');
    expect(mergeSidecars(undefined, old, english).sidecar).toBe(old);
    expect(mergeSidecars(now, undefined, english).sidecar).toBe(now);
  });

  it('for a key in both, the entry that describes the English the resource holds wins, from either side', () => {
    const fits = entry('English now', 'Anna');
    const stale = entry('English before', 'Bea');
    expect(mergeSidecars(sidecar({ 'K.': stale }), sidecar({ 'K.': fits }), english).sidecar.entries['K.']).toEqual(fits);
    expect(mergeSidecars(sidecar({ 'K.': fits }), sidecar({ 'K.': stale }), english).sidecar.entries['K.']).toEqual(fits);
    // the same entry with its fields in another order is the same entry
    const reordered = Object.fromEntries(Object.entries(fits).reverse()) as SidecarEntry;
    expect(mergeSidecars(sidecar({ 'K.': fits }), sidecar({ 'K.': reordered }), english).conflicts).toEqual([]);
  });

  it('two different entries that both describe the current English are a conflict; the current one is shown', () => {
    const merged = mergeSidecars(sidecar({ 'K.': entry('English now', 'Anna') }), sidecar({ 'K.': entry('English now', 'Bea') }), english);
    expect(merged.conflicts).toEqual(['K.']);
    expect(merged.sidecar.entries['K.'].reviewedBy).toBe('Anna');
  });

  it('a German key named like an Object.prototype member is a key like any other', () => {
    const old = sidecar(Object.assign(Object.create(null) as Record<string, SidecarEntry>, { ['__proto__']: entry('x') }));
    const merged = mergeSidecars(sidecar({}), old, new Map());
    expect(Object.hasOwn(merged.sidecar.entries, '__proto__')).toBe(true);
  });
});
