// `--accept` references: a unit id, or SLUG:ID where one sentence (one id) is in several articles;
// unknown, ambiguous and nothing-to-accept references are errors with a way out; reviewed ones infos.
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type ProjectResult } from '../../src/project/index.js';
import { resolveReviewRefs, type CandidateContext } from '../../src/review/index.js';
import { copyProject } from '../helpers/project.js';

let project: ProjectResult;
let ctx: CandidateContext;
const idOf = (slug: string, de: string) => project.documents.find((d) => d.source.slug === slug)!.units.find((u) => u.segment.key === de)!.id;

beforeAll(async () => {
  project = await runPipeline({ cwd: copyProject('tests/fixtures/review/project') });
  ctx = { glossary: project.glossary, waivers: project.terms!.waivers };
});

describe('resolveReviewRefs', () => {
  it('finds units by id or SLUG:ID, once per resource entry', () => {
    const stale = idOf('gipfel', 'Die Delegationen reisen heute Abend ab.');
    const keystone = idOf('gipfel', 'Archivbild: KEYSTONE');
    const repeated = project.documents[1].units.filter((u) => u.segment.key === 'Mehr dazu später.').map((u) => u.id);
    const r = resolveReviewRefs([stale, `gipfel:${keystone}`, stale, `gipfel:${stale}`], project.documents, ctx);
    expect(r.errors).toEqual([]);
    expect(r.items.map((i) => [i.ref, i.de])).toEqual([[stale, 'Die Delegationen reisen heute Abend ab.'], [`gipfel:${keystone}`, 'Archivbild: KEYSTONE']]);
    expect(repeated).toHaveLength(2);
    // a repeated sentence without English: named by either id, it has nothing to accept
    expect(resolveReviewRefs([repeated[1]], project.documents, ctx).errors.map((d) => d.ruleId)).toEqual(['review-nothing-to-accept']);
  });

  it('says which article to name for an id that is in several, and suggests ids close to a typo', () => {
    const keystone = idOf('gipfel', 'Archivbild: KEYSTONE');
    const ambiguous = resolveReviewRefs([keystone], project.documents, ctx).errors;
    expect(ambiguous).toEqual([expect.objectContaining({ ruleId: 'review-ambiguous-unit', severity: 'error', hint: `name it with its article: bericht:${keystone}, gipfel:${keystone}` })]);
    const typo = `${keystone.slice(0, -1)}${keystone.endsWith('0') ? '1' : '0'}`;
    const unknown = resolveReviewRefs([typo, 'nonsense'], project.documents, ctx).errors;
    expect(unknown.map((d) => d.ruleId)).toEqual(['review-unknown-unit', 'review-unknown-unit']);
    expect(unknown[0].hint).toContain(`did you mean bericht:${keystone} or gipfel:${keystone}?`);
    expect(unknown[1].hint).not.toContain('did you mean');
    expect(resolveReviewRefs([`nowhere:${keystone}`], project.documents, ctx).errors.map((d) => d.ruleId)).toEqual(['review-unknown-unit']);
  });

  it('refuses a sentence without English or suggestion, at its German; a reviewed one is an info', () => {
    const missing = idOf('gipfel', 'Ein neuer Satz ohne Englisch.');
    const title = idOf('gipfel', 'Gipfel in Genf');
    const r = resolveReviewRefs([missing, title], project.documents, ctx);
    expect(r.items).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ ruleId: 'review-nothing-to-accept', file: 'locales/de/gipfel.md', place: { start: { line: 12, column: 1, offset: expect.any(Number) } } })]);
    expect(r.errors[0].hint).toContain('locales/en/gipfel.json');
    expect(r.notices).toEqual([expect.objectContaining({ ruleId: 'review-already-reviewed', severity: 'info' })]);
    expect(r.notices[0].message).toContain('already reviewed by anna on 2026-11-30');
  });
});
