// The review queue over the fixture project: which sentences need a decision and why, in reading
// order, one item per resource entry, with what accepting writes and the QA of that English.
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type ProjectResult } from '../../src/project/index.js';
import { checkCandidate, collectReviewItems, countReasons, reasonFor, type CandidateContext, type ReviewItem } from '../../src/review/index.js';
import { copyProject } from '../helpers/project.js';

const FIXTURE = 'tests/fixtures/review/project';
let project: ProjectResult;
let ctx: CandidateContext;
const byDe = (items: readonly ReviewItem[], de: string) => items.find((i) => i.de === de)!;

beforeAll(async () => {
  project = await runPipeline({ cwd: copyProject(FIXTURE) });
  ctx = { glossary: project.glossary, waivers: project.terms!.waivers };
});

describe('collectReviewItems', () => {
  it('lists what needs a decision, in reading order, with its reason: nothing reviewed or curated by default', () => {
    const items = collectReviewItems(project.documents, ctx);
    expect(items.map((i) => [i.document, i.reason, i.de])).toEqual([
      ['locales/de/gipfel.md', 'aligned', 'Der Gipfel beginnt am Montag.'],
      ['locales/de/gipfel.md', 'imported', 'Die Aussenminister trafen sich am Rand.'],
      ['locales/de/gipfel.md', 'stale', 'Die Delegationen reisen heute Abend ab.'],
      ['locales/de/gipfel.md', 'fuzzy', 'Die Aussenminister trafen sich am Morgen.'],
      ['locales/de/gipfel.md', 'missing', 'Mehr dazu später.'],
      ['locales/de/gipfel.md', 'memory', 'Archivbild: KEYSTONE'],
      ['locales/de/gipfel.md', 'missing', 'Ein neuer Satz ohne Englisch.'],
    ]);
    expect(countReasons(items)).toEqual({ missing: 2, stale: 1, fuzzy: 1, memory: 1, aligned: 1, imported: 1, unreviewed: 0 });
    // the reviewed title is never offered
    expect(items.some((i) => i.de === 'Gipfel in Genf')).toBe(false);
  });

  it('makes one item of a repeated sentence (one resource entry), the other units in `also`', () => {
    const items = collectReviewItems(project.documents, ctx);
    const repeated = project.documents[1].units.filter((u) => u.segment.key === 'Mehr dazu später.');
    expect(repeated).toHaveLength(2);
    expect(byDe(items, 'Mehr dazu später.')).toMatchObject({ id: repeated[0].id, also: [repeated[1].id] });
  });

  it('says what accepting writes: the suggestion for stale, fuzzy and memory; the English itself otherwise; nothing for missing', () => {
    const items = collectReviewItems(project.documents, ctx);
    expect(byDe(items, 'Die Delegationen reisen heute Abend ab.').proposal).toEqual({ en: 'The delegations leave today.', provenance: { kind: 'curated', file: 'locales/en/gipfel.json', key: 'Die Delegationen reisen heute ab.' }, from: 'suggestion' });
    expect(byDe(items, 'Archivbild: KEYSTONE').proposal).toEqual({ en: 'Archive image: KEYSTONE', provenance: { kind: 'memory', file: 'locales/en/bericht.json', key: 'Archivbild: KEYSTONE', document: 'bericht' }, from: 'suggestion' });
    expect(byDe(items, 'Der Gipfel beginnt am Montag.').proposal).toEqual({ en: 'The meeting starts on Monday.', provenance: { kind: 'align', file: 'incoming/gipfel.en.md', key: 'Der Gipfel beginnt am Montag.' }, from: 'current' });
    expect(byDe(items, 'Ein neuer Satz ohne Englisch.').proposal).toBeUndefined();
  });

  it("carries the pipeline's QA of the English it has, and checks a suggestion as English of the new German", () => {
    const items = collectReviewItems(project.documents, ctx);
    const aligned = byDe(items, 'Der Gipfel beginnt am Montag.');
    expect(aligned.findings.map((d) => [d.ruleId, d.severity])).toEqual([['term-missing-in-target', 'error']]);
    expect(aligned.findings[0]).toBe(aligned.unit.diagnostics[0]);
    // the stale suggestion was made for other German: checked anew (a figure added to the German is missing from it)
    const stale = byDe(items, 'Die Delegationen reisen heute Abend ab.');
    const doc = project.documents.find((d) => d.source.path === stale.document)!.source;
    expect(checkCandidate(stale.unit, doc, 'The 3 delegations leave this evening.', ctx).map((d) => d.ruleId)).toEqual(['number-mismatch']);
    expect(checkCandidate(stale.unit, doc, 'The delegations leave this evening.', ctx)).toEqual([]);
    const gipfel = byDe(items, 'Der Gipfel beginnt am Montag.');
    expect(checkCandidate(gipfel.unit, doc, 'The summit starts on Monday.', ctx)).toEqual([]);
  });

  it('takes curated English nobody reviewed with `all`, filters by reason and document, and names a shared id by its article', () => {
    const all = collectReviewItems(project.documents, ctx, { all: true });
    expect(countReasons(all).unreviewed).toBe(4);
    expect(all.filter((i) => i.reason === 'unreviewed').map((i) => i.de)).toEqual(['Bericht aus Bern', 'Die Regierung tagt.', 'Archivbild: KEYSTONE', 'Das Bündnis hält.']);
    expect(collectReviewItems(project.documents, ctx, { reasons: ['stale', 'memory'] }).map((i) => i.reason)).toEqual(['stale', 'memory']);
    expect(collectReviewItems(project.documents, ctx, { all: true, documents: ['locales/de/bericht.md'] }).map((i) => i.document)).toEqual(['locales/de/bericht.md', 'locales/de/bericht.md', 'locales/de/bericht.md']);
    // "Archivbild: KEYSTONE" is one sentence (one id) in both articles
    expect(all.filter((i) => i.de === 'Archivbild: KEYSTONE').map((i) => i.ref)).toEqual([`bericht:${byDe(all, 'Archivbild: KEYSTONE').id}`, `gipfel:${byDe(all, 'Archivbild: KEYSTONE').id}`]);
    expect(byDe(all, 'Das Bündnis hält.').ref).toBe(byDe(all, 'Das Bündnis hält.').id);
  });

  it('reasonFor: leverage filled from another article is memory too; reviewed English needs nothing', () => {
    const unit = project.documents[1].units.find((u) => u.segment.key === 'Das Bündnis hält.')!;
    expect(reasonFor(unit)).toBe('unreviewed');
    expect(reasonFor({ ...unit, provenance: { kind: 'memory', file: 'locales/en/bericht.json', key: 'x', document: 'bericht' } })).toBe('memory');
    expect(reasonFor({ ...unit, status: 'reviewed' })).toBeUndefined();
  });
});
