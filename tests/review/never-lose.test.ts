// Review decisions go through the never-lose sync path: English a decision replaces stays in the
// archive, the review is recorded with reviewer, date and provenance, and English someone changed
// while the review ran is never overwritten (review-concurrent-edit, nothing written).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { runPipeline, type ProjectResult } from '../../src/project/index.js';
import { computeSync } from '../../src/sync/index.js';
import { collectReviewItems, reviewUpdate, writeReviewDecisions, type ReviewDecision, type ReviewItem, type Reviewer } from '../../src/review/index.js';
import { copyProject, listFiles, read, write } from '../helpers/project.js';

const FIXTURE = 'tests/fixtures/review/project';
const RESOURCE = 'locales/en/gipfel.json';
const SIDECAR = '.diglot/locales/en/gipfel.diglot.json';
const ORPHANS = '.diglot/locales/en/gipfel.orphans.json';
const REVIEWER: Reviewer = { by: 'A. Editor', at: '2026-12-08T09:30:00Z' };
const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, read(dir, f)]));
const sidecarEntry = (dir: string, key: string) => (JSON.parse(read(dir, SIDECAR)) as { entries: Record<string, Record<string, unknown>> }).entries[key];
const orphans = (dir: string) => (JSON.parse(read(dir, ORPHANS)) as { orphans: Array<Record<string, unknown>> }).orphans;

async function open(): Promise<{ dir: string; project: ProjectResult; items: ReviewItem[]; item: (de: string) => ReviewItem }> {
  const dir = copyProject(FIXTURE);
  const project = await runPipeline({ cwd: dir });
  const items = collectReviewItems(project.documents, { glossary: project.glossary, waivers: project.terms!.waivers }, { all: true });
  return { dir, project, items, item: (de) => items.find((i) => i.de === de && i.slug === 'gipfel')! };
}
const decide = (project: ProjectResult, decisions: ReviewDecision[]) => writeReviewDecisions(project.config, project.documents, decisions, REVIEWER);

describe('review decisions through the sync writer', () => {
  it('editing English that exists keeps the old English in the archive (superseded, with its provenance)', async () => {
    const { dir, project, item } = await open();
    decide(project, [{ action: 'edit', item: item('Der Gipfel beginnt am Montag.'), en: 'The summit starts on Monday.' }]);
    expect(JSON.parse(read(dir, RESOURCE))['Der Gipfel beginnt am Montag.']).toBe('The summit starts on Monday.');
    expect(sidecarEntry(dir, 'Der Gipfel beginnt am Montag.')).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z', provenance: { kind: 'curated', file: RESOURCE } });
    expect(orphans(dir)).toContainEqual({ de: 'Der Gipfel beginnt am Montag.', en: 'The meeting starts on Monday.', reason: 'superseded', provenance: { kind: 'align', file: 'incoming/gipfel.en.md', key: 'Der Gipfel beginnt am Montag.' } });
  });

  it('accepting a stale suggestion writes it under the new German; the old entry stays in the archive', async () => {
    const { dir, project, item } = await open();
    decide(project, [{ action: 'accept', item: item('Die Delegationen reisen heute Abend ab.') }]);
    const resource = JSON.parse(read(dir, RESOURCE)) as Record<string, string | null>;
    expect(resource['Die Delegationen reisen heute Abend ab.']).toBe('The delegations leave today.');
    expect('Die Delegationen reisen heute ab.' in resource).toBe(false);
    expect(orphans(dir)).toContainEqual(expect.objectContaining({ de: 'Die Delegationen reisen heute ab.', en: 'The delegations leave today.', reason: 'source-edited' }));
    expect(sidecarEntry(dir, 'Die Delegationen reisen heute Abend ab.')).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', provenance: { key: 'Die Delegationen reisen heute ab.' } });
  });

  it('marking English reviewed keeps it and its provenance; English from another article is copied in with that article', async () => {
    const { dir, project, item } = await open();
    decide(project, [{ action: 'accept', item: item('Die Aussenminister trafen sich am Rand.') }, { action: 'accept', item: item('Archivbild: KEYSTONE') }]);
    expect(sidecarEntry(dir, 'Die Aussenminister trafen sich am Rand.')).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z', provenance: { kind: 'import', file: 'incoming/gipfel.xlf' } });
    expect(JSON.parse(read(dir, RESOURCE))['Archivbild: KEYSTONE']).toBe('Archive image: KEYSTONE');
    expect(sidecarEntry(dir, 'Archivbild: KEYSTONE')).toMatchObject({ status: 'reviewed', provenance: { kind: 'memory', file: 'locales/en/bericht.json', document: 'bericht' } });
    // the pipeline then reads them as reviewed, with who and when, for the review page
    const again = await runPipeline({ cwd: dir });
    const unit = again.documents[1].units.find((u) => u.segment.key === 'Archivbild: KEYSTONE')!;
    expect(unit).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z', provenance: { kind: 'memory', document: 'bericht' } });
  });

  it('detects English edited while the review ran: nothing written, the other edit kept', async () => {
    const cases: Array<{ de: string; decision: (i: ReviewItem) => ReviewDecision; meanwhile: string }> = [
      // edit over English that was changed meanwhile (three-way conflict)
      { de: 'Der Gipfel beginnt am Montag.', decision: (i) => ({ action: 'edit', item: i, en: 'The summit starts on Monday.' }), meanwhile: 'The summit begins on Monday.' },
      // marking reviewed English that someone replaced meanwhile (the newer local edit would win silently)
      { de: 'Die Aussenminister trafen sich am Rand.', decision: (i) => ({ action: 'accept', item: i }), meanwhile: 'The foreign ministers met at the fringes.' },
      // accepting a suggestion for a sentence someone translated meanwhile
      { de: 'Die Aussenminister trafen sich am Morgen.', decision: (i) => ({ action: 'accept', item: i }), meanwhile: 'The foreign ministers met in the morning.' },
    ];
    for (const c of cases) {
      const { dir, project, item } = await open();
      const resource = JSON.parse(read(dir, RESOURCE)) as Record<string, string | null>;
      resource[c.de] = c.meanwhile;
      write(dir, RESOURCE, `${JSON.stringify(resource, null, 2)}\n`);
      const before = snapshot(dir);
      let error: unknown;
      try {
        decide(project, [c.decision(item(c.de))]);
      } catch (e) {
        error = e;
      }
      expect(error, c.de).toBeInstanceOf(DiglotError);
      const diags = (error as DiglotError).diagnostics;
      expect(diags.map((d) => d.ruleId)).toEqual(['review-concurrent-edit']);
      expect(diags[0].message).toContain(c.meanwhile.slice(0, 20));
      expect(diags[0]).toMatchObject({ file: 'locales/de/gipfel.md', place: { start: { line: item(c.de).unit.segment.line } } });
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it('writes the decisions of several articles as one set: one refused decision and none is written', async () => {
    const { dir, project, items, item } = await open();
    const bericht = items.find((i) => i.slug === 'bericht' && i.de === 'Die Regierung tagt.')!;
    const resource = JSON.parse(read(dir, RESOURCE)) as Record<string, string | null>;
    resource['Der Gipfel beginnt am Montag.'] = 'Changed meanwhile.';
    write(dir, RESOURCE, `${JSON.stringify(resource, null, 2)}\n`);
    const before = snapshot(dir);
    expect(() => decide(project, [{ action: 'accept', item: bericht }, { action: 'accept', item: item('Der Gipfel beginnt am Montag.') }])).toThrow(DiglotError);
    expect(snapshot(dir)).toEqual(before);
    // without the refused one, both articles' files change together
    const written = decide(project, [{ action: 'accept', item: bericht }, { action: 'accept', item: item('Das Bündnis hält.') }]);
    expect(written.wrote).toEqual(expect.arrayContaining(['.diglot/locales/en/bericht.diglot.json', '.diglot/locales/en/gipfel.diglot.json']));
  });

  it('property: a decision is written exactly when the English is still what the reviewer saw; what it replaces is archived, a newer edit kept', () => {
    const english = fc.constantFrom('One.', 'Two.', 'Three.');
    const local = fc.option(english, { nil: null });
    fc.assert(
      fc.property(local, local, fc.constantFrom<'accept' | 'edit'>('accept', 'edit'), english, fc.option(english, { nil: undefined }), (seen, now, action, typed, suggestion) => {
        // `seen`: the English the reviewer saw; `now`: what the resource holds when the decision is written
        if (action === 'accept' && seen === null && suggestion === undefined) return;
        const item = {
          id: 's1', de: 'A.', en: seen, resource: 'd.json', document: 'd.md',
          ...(seen !== null ? { provenance: { kind: 'align', file: 'a.md', key: 'A.' } } : {}),
          proposal: seen !== null ? { en: seen, provenance: { kind: 'align', file: 'a.md', key: 'A.' }, from: 'current' } : { en: suggestion, provenance: { kind: 'orphan', file: 'd.orphans.json', key: 'A' }, from: 'suggestion' },
        } as unknown as ReviewItem;
        const decision: ReviewDecision = action === 'edit' ? { action, item, en: typed } : { action, item };
        const update = reviewUpdate(decision, REVIEWER);
        const out = computeSync({ keys: ['A.'], resourceFile: 'd.json', pairs: [{ key: 'A.', value: now, offset: 0 }], orphans: [], sourcePath: 'd.md', sourceHash: 'h', updates: [update] });
        const kept = new Set([...out.pairs.map(([, v]) => v), ...out.orphans.map((o) => o.en)]);
        if (now !== null) expect(kept.has(now)).toBe(true);
        const changedMeanwhile = now !== null && now !== seen && now !== update.en;
        // overruled (findOverruled turns both into review-concurrent-edit) exactly when someone changed the English meanwhile
        const overruled = out.conflicts.length > 0 || out.changes.some((c) => c.kind === 'kept-local');
        expect(overruled).toBe(changedMeanwhile);
        if (!overruled) {
          expect(out.pairs[0][1]).toBe(update.en);
          expect(out.sidecar.entries['A.']).toMatchObject({ reviewedBy: 'A. Editor', reviewedAt: REVIEWER.at });
          // what the decision replaced is archived
          if (now !== null && now !== update.en) expect(out.orphans).toContainEqual(expect.objectContaining({ en: now, reason: 'superseded' }));
        }
      }),
      { numRuns: 300 },
    );
  });
});
