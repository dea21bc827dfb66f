// Who reviewed a unit's English and when, as the match stage puts it on the AlignedUnit for the
// renderers: from the sidecar, only while the entry describes the current English and records a review.
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits } from '../../src/match/index.js';
import { contentHash, type Sidecar, type SidecarEntry } from '../../src/locale/index.js';

const KEY = 'Das Bündnis wächst.';
const EN = 'The alliance grows.';
const doc = segmentDocument({ path: 'd.md', text: `---\ntitle: Titel\n---\n\n${KEY}\n` }).document;
const resource = (en: string) => ({ file: 'locales/en/d.json', entries: new Map([['Titel', 'Title'], [KEY, en]]) });
const sidecarWith = (entry: Partial<SidecarEntry>): Sidecar => ({
  format: 'diglot-sidecar/1',
  source: 'd.md',
  sourceHash: '',
  entries: { [KEY]: { status: 'translated', source: contentHash(KEY), target: contentHash(EN), provenance: { kind: 'align', file: 'd.en.md', key: KEY }, ...entry } },
});
const unitOf = (en: string, sidecar: Sidecar) => matchUnits(doc, resource(en), { sidecar }).units.find((u) => u.segment.key === KEY)!;

describe('review state on aligned units', () => {
  it('carries reviewedBy and reviewedAt of a current, reviewed sidecar entry', () => {
    const u = unitOf(EN, sidecarWith({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' }));
    expect(u).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z', provenance: { kind: 'align', file: 'd.en.md' } });
  });

  it('has no review date when the sidecar records none (older sidecars), or a value that is not a string', () => {
    const old = unitOf(EN, sidecarWith({ status: 'reviewed', reviewedBy: 'anna' }));
    expect(old.status).toBe('reviewed');
    expect(old.reviewedBy).toBe('anna');
    expect('reviewedAt' in old).toBe(false);
    const odd = unitOf(EN, sidecarWith({ status: 'reviewed', reviewedBy: 'anna', reviewedAt: 20261208 as unknown as string }));
    expect('reviewedAt' in odd).toBe(false);
  });

  it('shows neither reviewer nor date for English that is not reviewed, or that was edited after the review', () => {
    const notReviewed = unitOf(EN, sidecarWith({ reviewedAt: '2026-12-08' }));
    expect(notReviewed.status).toBe('translated');
    expect(notReviewed.reviewedAt).toBeUndefined();
    const edited = unitOf('The alliance is growing.', sidecarWith({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08' }));
    expect(edited).toMatchObject({ status: 'translated', provenance: { kind: 'curated' } });
    expect(edited.reviewedBy).toBeUndefined();
    expect(edited.reviewedAt).toBeUndefined();
  });
});
