// Waivers of the QA checks (a waiver with `rule` and no `term`): selected by unit, German, English and
// document; the finding becomes a suppressed info, term and QA waivers never cover each other's
// findings, unused ones are reported, and the schema's rule lists are the rule table's.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { runPipeline } from '../../src/project/index.js';
import { RULES, WAIVABLE_RULES, isWaivable } from '../../src/check/index.js';
import { GLOSSARY_SCHEMA_URL, TERM_RULES, applyWaivers, waiverApplies, type TermWaiver, type WaiverContext } from '../../src/glossary/index.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const FIXTURE = 'tests/fixtures/check/waivers/project';
const waiver = (extra: Partial<TermWaiver>): TermWaiver => ({ reason: 'gloss', reviewer: 'A. Editor', date: '2026-12-07', ...extra });
const ctx: WaiverContext = {
  rule: 'entity-extra',
  unitId: 's1',
  english: 'US and Russian leaders Donald Trump and Vladimir Putin.',
  german: 'Machthaber **Trump**, Putin.',
  germanKey: 'Machthaber <1>Trump</1>, Putin.',
  document: { path: 'locales/de/trump.md', slug: 'trump' },
};
const brief = (d: Diagnostic) => `${d.ruleId} ${d.severity}${d.suppression ? ` waived(${d.suppression.severity}) by ${d.suppression.by}` : ''}`;

describe('waivers of QA rules: matching', () => {
  it('select by unit, German (raw or key form, folded), English and document (slug or path)', () => {
    const covers = (w: Partial<TermWaiver>) => waiverApplies(waiver({ rule: 'entity-extra', ...w }), ctx);
    expect(covers({ unit: 's1' })).toBe(true);
    expect(covers({ unit: 's2' })).toBe(false);
    expect(covers({ de: 'Machthaber **Trump**' })).toBe(true);
    expect(covers({ de: 'machthaber <1>trump</1>,' })).toBe(true);
    expect(covers({ de: 'Machthaber Scholz' })).toBe(false);
    expect(covers({ document: 'trump' })).toBe(true);
    expect(covers({ document: './locales/de/trump.md' })).toBe(true);
    expect(covers({ document: 'gipfel' })).toBe(false);
    expect(covers({ unit: 's1', en: 'US and Russian' })).toBe(true);
    expect(covers({ unit: 's1', en: 'American' })).toBe(false);
    // every selector must hold, and one of unit, de, document is needed
    expect(covers({ unit: 's1', document: 'gipfel' })).toBe(false);
    expect(covers({ en: 'US and Russian' })).toBe(false);
  });

  it('a QA waiver covers only its rule; term and QA waivers never cover each other', () => {
    expect(waiverApplies(waiver({ rule: 'entity-missing', unit: 's1' }), ctx)).toBe(false);
    expect(waiverApplies(waiver({ unit: 's1' }), ctx)).toBe(false); // no rule, no term: covers nothing
    const termCtx: WaiverContext = { ...ctx, rule: 'term-missing-in-target', term: 'Machthaber', surfaces: ['Machthaber'], occurrence: 1 };
    expect(waiverApplies(waiver({ term: 'Machthaber', unit: 's1' }), termCtx)).toBe(true);
    expect(waiverApplies(waiver({ term: 'Machthaber', unit: 's1' }), ctx)).toBe(false);
    expect(waiverApplies(waiver({ rule: 'term-missing-in-target', unit: 's1' }), termCtx)).toBe(false);
  });

  it('a waiver only turns a finding into an info of the same rule and place, and term and QA waivers stay apart (property)', () => {
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const waivers = fc.array(
      fc.record({
        term: opt(fc.constantFrom('Gipfel', 'Machthaber')),
        rule: opt(fc.constantFrom('entity-extra', 'number-mismatch', ...TERM_RULES)),
        unit: opt(fc.constantFrom('s1', 's2')),
        de: opt(fc.constantFrom('Machthaber', '<1>Trump</1>', 'Gipfel')),
        document: opt(fc.constantFrom('trump', 'gipfel')),
        en: opt(fc.constantFrom('US and', 'summit')),
        reason: fc.constantFrom('r1', 'r2'),
        reviewer: fc.constant('x'),
        date: fc.constant('2026-12-07'),
      }),
      { maxLength: 5 },
    );
    const finding = fc.oneof(
      fc.record({ rule: fc.constantFrom('entity-extra', 'number-mismatch'), term: fc.constant(undefined) }),
      fc.record({ rule: fc.constantFrom(...TERM_RULES), term: fc.constantFrom('Gipfel', 'Machthaber') }),
    );
    let waived = 0;
    fc.assert(
      fc.property(waivers, finding, fc.constantFrom('error' as const, 'warning' as const), fc.constantFrom('s1', 's2'), (ws, f, severity, unitId) => {
        const c: WaiverContext = { ...ctx, unitId, rule: f.rule, ...(f.term ? { term: f.term, surfaces: [f.term], occurrence: 1 } : {}) };
        const d: Diagnostic = { ruleId: f.rule, severity, message: 'm', file: 'locales/de/trump.md', place: { start: { line: 3, column: 1, offset: 20 } }, source: 'check' };
        const out = applyWaivers(d, ws, c);
        const covering = ws.filter((w) => waiverApplies(w, c));
        if (!covering.length) {
          expect(out).toBe(d);
          return;
        }
        waived++;
        expect(out).toMatchObject({ ruleId: d.ruleId, file: d.file, place: d.place, severity: 'info', message: 'waived: m', suppression: { severity, justification: covering[0].reason } });
        for (const w of covering) {
          expect(w.term === undefined).toBe(f.term === undefined);
          expect(w.rule === undefined || w.rule === f.rule).toBe(true);
          expect([w.unit, w.de, w.document].some((x) => x !== undefined)).toBe(true);
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
    expect(waived).toBeGreaterThan(25);
  });

  it('the schema lists exactly the waivable rules: term rules with `term`, the QA checks of src/check without', () => {
    const schema = JSON.parse(fs.readFileSync(GLOSSARY_SCHEMA_URL, 'utf8'));
    const w = schema.definitions.waiver;
    const checks = RULES.filter((r) => r.stage === 'check').map((r) => r.id);
    expect(checks.length).toBeGreaterThan(10);
    expect(w.properties.rule.enum).toEqual(WAIVABLE_RULES);
    expect(w.then.properties.rule.enum).toEqual([...TERM_RULES]);
    expect(w.else.properties.rule.enum).toEqual(checks);
    expect(WAIVABLE_RULES).toEqual([...TERM_RULES, ...checks]);
    for (const id of ['translation-missing', 'translation-stale', 'require-reviewed', 'sync-conflict', 'waiver-unused', 'empty-target']) expect(isWaivable(id), id).toBe(false);
  });
});

describe('waivers of QA rules in the pipeline', () => {
  it('turn covered findings into suppressed infos (also on the unit), leave the rest, report the unused one', async () => {
    const project = await runPipeline({ cwd: copyProject(FIXTURE) });
    const qa = project.diagnostics.filter((d) => d.source === 'check');
    expect(qa.map(brief)).toEqual([
      'entity-extra info waived(warning) by A. Editor',
      'number-mismatch error',
      'punctuation-mismatch info waived(warning) by A. Editor',
      'untranslated info waived(warning) by B. Reviewer',
    ]);
    const extra = qa[0];
    expect(extra.message).toMatch(/^waived: unit sd8d861d5: the English names "Moscow", which the German does not/);
    expect(extra.hint).toBe('Gloss for English readers (where the delegation goes). (reviewed by A. Editor, 2026-12-07)');
    expect(extra.suppression).toMatchObject({ kind: 'external', justification: 'Gloss for English readers (where the delegation goes).', file: 'glossary/a-qa.yaml', place: { start: { line: 5, column: 5 } } });
    // the term finding of the same unit as the waived punctuation is waived by the term waiver only
    expect(project.diagnostics.filter((d) => d.source === 'terms').map(brief)).toEqual(['term-missing-in-target info waived(error) by A. Editor']);
    const unit = project.documents[0].units.find((u) => u.id === 'sd8d861d5');
    expect(unit?.diagnostics.map(brief)).toEqual(['entity-extra info waived(warning) by A. Editor']);
    const unused = project.diagnostics.filter((d) => d.ruleId === 'waiver-unused');
    expect(unused.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.message}`)).toEqual(['glossary/a-qa.yaml:21:5 the waiver for quote-parity (unit s00000000) matches no finding']);
  });

  it('diglot check: waived findings are notes saying "waived:", only the unwaived error fails', async () => {
    const dir = copyProject(FIXTURE);
    const text = await runDiglot(['check'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^locales\/de\/bericht\.md:6:1: info entity-extra: waived: unit sd8d861d5: /m);
    expect(text.stdout).toMatch(/^ {2}hint: Gloss for English readers \(where the delegation goes\)\. \(reviewed by A\. Editor, 2026-12-07\)$/m);
    expect(text.stdout).toMatch(/^1 error, 1 warning, 4 notes$/m);
    const json = JSON.parse((await runDiglot(['check', '--format', 'json'], { cwd: dir })).stdout) as { summary: object; diagnostics: Diagnostic[] };
    expect(json.summary).toEqual({ errors: 1, warnings: 1, infos: 4 });
    expect(json.diagnostics.filter((d) => d.suppression).map((d) => d.ruleId).sort()).toEqual(['entity-extra', 'punctuation-mismatch', 'term-missing-in-target', 'untranslated']);
  });
});
