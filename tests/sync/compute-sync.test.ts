import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSync, type LocaleUpdate, type SyncInput, type SyncOutcome } from '../../src/sync/index.js';
import { normalizeKey } from '../../src/match/index.js';
import { contentHash, type OrphanRecord, type ResourcePair } from '../../src/locale/index.js';

const FILE = 'locales/en/d.json';
const pairs = (o: Record<string, string | null>): ResourcePair[] => Object.entries(o).map(([key, value], i) => ({ key, value, offset: i }));
const base = (keys: string[], resource: Record<string, string | null>, extra: Partial<SyncInput> = {}): SyncInput => ({ keys, resourceFile: FILE, pairs: pairs(resource), orphans: [], sourcePath: 'd.md', sourceHash: 'h', ...extra });
const imp = (key: string, en: string, more: Partial<LocaleUpdate> = {}): LocaleUpdate => ({ key, en, provenance: { kind: 'import', file: 'in.xlf', key }, ...more });

/** Feeds an outcome back in as the next state (what the files would hold after writing). */
function next(prev: SyncOutcome, keys: readonly string[], extra: Partial<SyncInput> = {}): SyncInput {
  return { keys, resourceFile: FILE, pairs: prev.pairs.map(([key, value], i) => ({ key, value, offset: i })), orphans: prev.orphans, sidecar: prev.sidecar, sourcePath: 'd.md', sourceHash: 'h', ...extra };
}

describe('computeSync', () => {
  it('orders keys like the document, adds new German as null, archives what no longer occurs', () => {
    const out = computeSync(base(['B.', 'Neu.', 'A.'], { 'A.': 'A (en).', 'Alt.': 'Old (en).', 'B.': 'B (en).' }));
    expect(out.pairs).toEqual([['B.', 'B (en).'], ['Neu.', null], ['A.', 'A (en).']]);
    expect(out.orphans).toEqual([{ de: 'Alt.', en: 'Old (en).', reason: 'source-edited', provenance: { kind: 'curated', file: FILE, key: 'Alt.' } }]);
    expect(out.changes.map((c) => c.kind).sort()).toEqual(['added', 'archived']);
    expect(out.sidecar.entries['A.']).toMatchObject({ status: 'translated', source: contentHash('A.'), target: contentHash('A (en).') });
    expect(out.sidecar.entries['Neu.']).toBeUndefined();
  });

  it('restores an archived translation when its German comes back, and re-keys normalisation variants', () => {
    const first = computeSync(base(['B.'], { 'A.': 'A (en).', 'B.': 'B (en).' }));
    const back = computeSync(next(first, ['A.', 'B.']));
    expect(back.pairs).toEqual([['A.', 'A (en).'], ['B.', 'B (en).']]);
    expect(back.orphans).toEqual([]);
    expect(back.changes).toEqual([{ kind: 'restored', key: 'A.', en: 'A (en).' }]);
    const rekey = computeSync(base(['Er sagte «ja».'], { 'Er sagte "ja".': 'He said “yes”.' }));
    expect(rekey.pairs).toEqual([['Er sagte «ja».', 'He said “yes”.']]);
    expect(rekey.changes).toEqual([{ kind: 'rekeyed', key: 'Er sagte «ja».', from: 'Er sagte "ja".', en: 'He said “yes”.' }]);
  });

  it('keeps the ignored value of a duplicate key in the archive, and turns "" into null', () => {
    const out = computeSync(base(['A.', 'B.'], {}, { pairs: [{ key: 'A.', value: 'first', offset: 0 }, { key: 'A.', value: 'second', offset: 1 }, { key: 'B.', value: '', offset: 2 }] }));
    expect(out.pairs).toEqual([['A.', 'second'], ['B.', null]]);
    expect(out.orphans.map((o) => [o.de, o.en, o.reason])).toEqual([['A.', 'first', 'duplicate-key']]);
    expect(out.changes).toEqual([{ kind: 'emptied', key: 'B.', en: null }]);
  });

  it('carries review and extra sidecar fields while the English is unchanged, and voids the review after a hand edit', () => {
    const first = computeSync(base(['A.'], { 'A.': 'A (en).' }));
    first.sidecar.entries['A.'] = { ...first.sidecar.entries['A.'], reviewedBy: 'anna', note: 'checked against the wire' };
    const again = computeSync(next(first, ['A.']));
    expect(again.sidecar.entries['A.']).toMatchObject({ status: 'reviewed', reviewedBy: 'anna', note: 'checked against the wire' });
    const edited = computeSync({ ...next(first, ['A.']), pairs: [{ key: 'A.', value: 'A (edited).', offset: 0 }] });
    expect(edited.sidecar.entries['A.']).toEqual({ status: 'translated', source: contentHash('A.'), target: contentHash('A (edited).'), provenance: { kind: 'curated', file: FILE, key: 'A.' } });
  });

  describe('updates (import / align)', () => {
    const local = { 'A.': 'A local.' };
    it('fills an untranslated key and records the provenance and review', () => {
      const out = computeSync(base(['A.', 'B.'], local, { updates: [imp('B.', 'B import.', { status: 'reviewed', reviewedBy: 'tom' })] }));
      expect(out.pairs).toEqual([['A.', 'A local.'], ['B.', 'B import.']]);
      expect(out.sidecar.entries['B.']).toMatchObject({ status: 'reviewed', reviewedBy: 'tom', provenance: { kind: 'import', file: 'in.xlf' } });
    });

    it('takes the incoming English when the local one is unchanged since the export (base), archiving the old', () => {
      const out = computeSync(base(['A.'], local, { updates: [imp('A.', 'A new.', { baseEn: 'A local.' })] }));
      expect(out.pairs).toEqual([['A.', 'A new.']]);
      expect(out.orphans).toMatchObject([{ de: 'A.', en: 'A local.', reason: 'superseded' }]);
      const byHash = computeSync(base(['A.'], local, { updates: [imp('A.', 'A new.', { baseHash: contentHash('A local.') })] }));
      expect(byHash.pairs).toEqual([['A.', 'A new.']]);
    });

    it('keeps a newer local edit when the incoming English is just the exported one', () => {
      const out = computeSync(base(['A.'], local, { updates: [imp('A.', 'A exported.', { baseEn: 'A exported.' })] }));
      expect(out.pairs).toEqual([['A.', 'A local.']]);
      expect(out.changes).toEqual([{ kind: 'kept-local', key: 'A.', en: 'A local.' }]);
    });

    it('reports a conflict with both texts, resolved only by prefer (the loser archived)', () => {
      const u = [imp('A.', 'A theirs.', { baseEn: 'A exported.' })];
      const open = computeSync(base(['A.'], local, { updates: u }));
      expect(open.conflicts).toEqual([{ key: 'A.', local: 'A local.', incoming: 'A theirs.', base: 'A exported.', provenance: u[0].provenance }]);
      expect(open.pairs).toEqual([['A.', 'A local.']]);
      const file = computeSync(base(['A.'], local, { updates: u, prefer: 'file' }));
      expect([file.pairs, file.orphans.map((o) => [o.en, o.reason])]).toEqual([[['A.', 'A theirs.']], [['A local.', 'superseded']]]);
      const mine = computeSync(base(['A.'], local, { updates: u, prefer: 'local' }));
      expect([mine.pairs, mine.orphans.map((o) => [o.en, o.reason])]).toEqual([[['A.', 'A local.']], [['A theirs.', 'rejected']]]);
    });

    it('archives an update for German that no longer occurs, as stale material with its provenance', () => {
      const out = computeSync(base(['A.'], local, { updates: [imp('Alt.', 'Old import.')] }));
      expect(out.orphans).toEqual([{ de: 'Alt.', en: 'Old import.', reason: 'unmatched-update', provenance: { kind: 'import', file: 'in.xlf', key: 'Alt.' } }]);
    });
  });

  describe('invariants (property)', () => {
    const germans = ['A.', 'B.', 'C «x».', 'C "x".', 'D\u00a0d.', 'D d.', 'E.', 'F.'];
    const english = ['one', 'two', 'three', '', null, 'four'];
    const state = fc.record({
      keys: fc.array(fc.constantFrom(...germans), { maxLength: 8 }),
      resource: fc.array(fc.tuple(fc.constantFrom(...germans), fc.constantFrom(...english)), { maxLength: 8 }),
      orphans: fc.array(fc.tuple(fc.constantFrom(...germans), fc.constantFrom('one', 'two', 'five')), { maxLength: 4 }),
      updates: fc.array(fc.tuple(fc.constantFrom(...germans, 'Z.'), fc.constantFrom('one', 'six', 'seven'), fc.option(fc.constantFrom('one', 'two', 'six'), { nil: undefined })), { maxLength: 4 }),
      prefer: fc.constantFrom(undefined, 'file' as const, 'local' as const),
    });
    type State = { keys: string[]; resource: Array<[string, string | null]>; orphans: Array<[string, string]>; updates: Array<[string, string, string | undefined]>; prefer: 'file' | 'local' | undefined };
    const toInput = (s: State): SyncInput => ({
      keys: s.keys,
      resourceFile: FILE,
      pairs: s.resource.map(([key, value], i) => ({ key, value, offset: i })),
      orphans: s.orphans.map(([de, en]): OrphanRecord => ({ de, en, reason: 'source-edited' })),
      updates: s.updates.map(([key, en, baseEn]) => imp(key, en, baseEn === undefined ? {} : { baseEn })),
      sourcePath: 'd.md',
      sourceHash: 'h',
      ...(s.prefer ? { prefer: s.prefer } : {}),
    });
    const held = (o: SyncOutcome) => new Set([...o.pairs.filter(([, v]) => v !== null).map(([k, v]) => `${normalizeKey(k)}\u0000${v}`), ...o.orphans.map((r) => `${normalizeKey(r.de)}\u0000${r.en}`)]);

    it('never drops a translation: every (German, English) of the input is in the resource or the archive', () => {
      fc.assert(
        fc.property(state, (s) => {
          const input = toInput(s);
          const out = computeSync(input);
          const kept = held(out);
          const given = [
            ...input.pairs.filter((p) => p.value && p.value.trim()).map((p) => [p.key, p.value as string]),
            ...input.orphans.map((o) => [o.de, o.en]),
            // an update equal to its export base is the old local English, replaced by a hand edit since
            ...(out.conflicts.length ? [] : (input.updates ?? []).filter((u) => u.en !== u.baseEn).map((u) => [u.key, u.en])),
          ];
          for (const [de, en] of given) expect(kept.has(`${normalizeKey(de)}\u0000${en}`), `${de} → ${en}`).toBe(true);
          expect(out.pairs.map(([k]) => k)).toEqual([...new Set(input.keys)]);
        }),
        { numRuns: 1500 },
      );
    });

    it('is idempotent: syncing the result again (same updates) changes nothing', () => {
      fc.assert(
        fc.property(state, (s) => {
          const input = toInput(s);
          const once = computeSync(input);
          const twice = computeSync(next(once, input.keys, { ...(input.updates ? { updates: input.updates } : {}), ...(input.prefer ? { prefer: input.prefer } : {}) }));
          expect(twice.pairs).toEqual(once.pairs);
          expect(twice.sidecar).toEqual(once.sidecar);
          if (!once.conflicts.length) expect(twice.orphans).toEqual(once.orphans);
          const plain = computeSync(next(once, input.keys));
          expect([plain.pairs, plain.orphans, plain.changes]).toEqual([once.pairs, once.orphans, []]);
        }),
        { numRuns: 1500 },
      );
    });
  });
});
