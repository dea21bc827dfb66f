// The review date (`reviewedAt`) beside the reviewer in the sidecar and the archive: written by an
// update that reviews, kept while the English stays, archived and restored with it, dropped with the
// review when the English is edited by hand; sidecars without it (older ones) read as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSync, type LocaleUpdate, type SyncInput, type SyncOutcome } from '../../src/sync/index.js';
import { contentHash, parseSidecar, serializeSidecar, type ResourcePair } from '../../src/locale/index.js';

const FILE = 'locales/en/d.json';
const pairs = (o: Record<string, string | null>): ResourcePair[] => Object.entries(o).map(([key, value], i) => ({ key, value, offset: i }));
const start = (keys: string[], resource: Record<string, string | null>, extra: Partial<SyncInput> = {}): SyncInput => ({ keys, resourceFile: FILE, pairs: pairs(resource), orphans: [], sourcePath: 'd.md', sourceHash: 'h', ...extra });
const next = (prev: SyncOutcome, keys: readonly string[], extra: Partial<SyncInput> = {}): SyncInput => ({ keys, resourceFile: FILE, pairs: prev.pairs.map(([key, value], i) => ({ key, value, offset: i })), orphans: prev.orphans, sidecar: prev.sidecar, sourcePath: 'd.md', sourceHash: 'h', ...extra });
const review = (key: string, en: string, more: Partial<LocaleUpdate> = {}): LocaleUpdate => ({ key, en, provenance: { kind: 'curated', file: FILE, key }, status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z', ...more });

describe('reviewedAt in the sidecar', () => {
  it('is written with the reviewer by an update that reviews, and kept by the next sync', () => {
    const out = computeSync(start(['A.', 'B.'], { 'A.': 'A (en).', 'B.': null }, { updates: [review('B.', 'B (en).')] }));
    expect(out.sidecar.entries['B.']).toEqual({ status: 'reviewed', source: contentHash('B.'), target: contentHash('B (en).'), provenance: { kind: 'curated', file: FILE, key: 'B.' }, reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' });
    expect(out.sidecar.entries['A.'].reviewedAt).toBeUndefined();
    const again = computeSync(next(out, ['A.', 'B.']));
    expect(again.sidecar).toEqual(out.sidecar);
    expect(again.changes).toEqual([]);
  });

  it('marks the same English reviewed with the date, and leaves an earlier review (and its date) alone', () => {
    const out = computeSync(start(['A.'], { 'A.': 'A (en).' }, { updates: [review('A.', 'A (en).', { baseEn: 'A (en).' })] }));
    expect(out.sidecar.entries['A.']).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' });
    const later = computeSync(next(out, ['A.'], { updates: [review('A.', 'A (en).', { reviewedBy: 'B. Other', reviewedAt: '2027-01-01' })] }));
    expect(later.sidecar.entries['A.']).toMatchObject({ reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' });
  });

  it('goes to the archive with the replaced English and comes back with it', () => {
    const reviewed = computeSync(start(['A.'], { 'A.': null }, { updates: [review('A.', 'A (en).')] }));
    const replaced = computeSync(next(reviewed, ['A.'], { updates: [{ key: 'A.', en: 'A (new).', provenance: { kind: 'import', file: 'in.xlf', key: 'A.' }, baseEn: 'A (en).' }] }));
    expect(replaced.orphans).toEqual([{ de: 'A.', en: 'A (en).', reason: 'superseded', provenance: { kind: 'curated', file: FILE, key: 'A.' }, reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' }]);
    expect(replaced.sidecar.entries['A.'].reviewedAt).toBeUndefined();
    // the German goes, then comes back: the archived review is restored with its date
    const gone = computeSync(next(reviewed, []));
    const back = computeSync(next(gone, ['A.']));
    expect(back.sidecar.entries['A.']).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' });
  });

  it('is void with the review after a hand edit of the English', () => {
    const reviewed = computeSync(start(['A.'], { 'A.': null }, { updates: [review('A.', 'A (en).')] }));
    const edited = computeSync({ ...next(reviewed, ['A.']), pairs: pairs({ 'A.': 'A (edited).' }) });
    expect(edited.sidecar.entries['A.']).toEqual({ status: 'translated', source: contentHash('A.'), target: contentHash('A (edited).'), provenance: { kind: 'curated', file: FILE, key: 'A.' } });
  });

  it('reads an old sidecar without reviewedAt, and keeps a date that has no reviewer as an unknown field', () => {
    const old = `{\n  "format": "diglot-sidecar/1",\n  "source": "d.md",\n  "sourceHash": "h",\n  "entries": {\n    "A.": {"status":"reviewed","source":"${contentHash('A.')}","target":"${contentHash('A (en).')}","provenance":{"kind":"curated","file":"${FILE}","key":"A."},"reviewedBy":"anna"},\n    "B.": {"status":"translated","source":"${contentHash('B.')}","target":"${contentHash('B (en).')}","provenance":{"kind":"curated","file":"${FILE}","key":"B."},"reviewedAt":"2020-01-01"}\n  }\n}\n`;
    const { sidecar, diagnostics } = parseSidecar(old, 'd.diglot.json');
    expect(diagnostics).toEqual([]);
    const out = computeSync(start(['A.', 'B.'], { 'A.': 'A (en).', 'B.': 'B (en).' }, { sidecar: sidecar! }));
    expect(out.sidecar.entries['A.']).toMatchObject({ status: 'reviewed', reviewedBy: 'anna' });
    expect(out.sidecar.entries['A.'].reviewedAt).toBeUndefined();
    expect(out.sidecar.entries['B.']).toMatchObject({ status: 'translated', reviewedAt: '2020-01-01' });
    expect(serializeSidecar(out.sidecar)).toBe(old);
  });

  it('property: a review made by an update is in the sidecar or, with its date, in the archive after any later updates', () => {
    const english = fc.constantFrom('One.', 'Two.', 'Three.');
    fc.assert(
      fc.property(english, fc.array(fc.record({ en: english, base: fc.boolean(), reviewed: fc.boolean() }), { maxLength: 4 }), (first, later) => {
        let state = computeSync(start(['A.'], { 'A.': null }, { updates: [review('A.', first)] }));
        for (const u of later) {
          const current = state.pairs[0][1] ?? '';
          const update: LocaleUpdate = u.reviewed ? review('A.', u.en, { reviewedBy: 'B. Other', reviewedAt: '2027-02-02', ...(u.base ? { baseEn: current } : {}) }) : { key: 'A.', en: u.en, provenance: { kind: 'import', file: 'in.xlf', key: 'A.' }, ...(u.base ? { baseEn: current } : {}) };
          state = computeSync(next(state, ['A.'], { updates: [update], prefer: 'file' }));
        }
        const inSidecar = state.pairs[0][1] === first && state.sidecar.entries['A.']?.reviewedAt === '2026-12-08T09:30:00Z';
        const inArchive = state.orphans.some((o) => o.en === first && o.reviewedBy === 'A. Editor' && o.reviewedAt === '2026-12-08T09:30:00Z');
        expect(inSidecar || inArchive).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
