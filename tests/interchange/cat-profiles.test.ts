// XLIFF 1.2 for CAT tools that translate <target> (OmegaT, Okapi): `--for omegat|okapi` pre-fills
// targets with a copy of the German; on import a copy of the source is never a translation, whatever
// its state; the common state values map to translated / reviewed / draft as documented.
import { describe, expect, it } from 'vitest';
import { planImport, readInterchange, writeXliff12, type ImportedUnit } from '../../src/interchange/index.js';
import { statusFromXliff12 } from '../../src/interchange/status-map.js';
import { makeDoc, md, sampleDoc } from './helpers.js';

const targets = (xlf: string): string[] => [...xlf.matchAll(/<target[^>]*>(.*?)<\/target>/g)].map((m) => m[0]);

describe('--for omegat|okapi', () => {
  const doc = sampleDoc();

  it('omegat: every unit gets a target holding the German (with its inline codes), state needs-translation, marked as a copy', () => {
    const xlf = writeXliff12([doc], { profile: 'omegat' });
    const read = readInterchange(xlf, 'o.xlf');
    expect(read.units).toHaveLength(doc.units.length);
    expect(read.units.map((u) => u.target)).toEqual(doc.units.map((u) => u.segment.key));
    expect(read.units.every((u) => u.prefilled === true && u.state === 'needs-translation')).toBe(true);
    expect(targets(xlf).filter((t) => t.startsWith('<target state="needs-translation">'))).toHaveLength(doc.units.length);
    expect(xlf).not.toContain('approved="yes"');
    expect(xlf.match(/<context context-type="x-prefill">source<\/context>/g)).toHaveLength(doc.units.length);
  });

  it('okapi: units without English get the copy, translated ones keep their English and state', () => {
    const xlf = writeXliff12([doc], { profile: 'okapi' });
    const read = readInterchange(xlf, 'k.xlf').units;
    expect(read).toHaveLength(doc.units.length);
    read.forEach((u, i) => {
      const unit = doc.units[i];
      if (unit.en === null) expect([u.target, u.prefilled]).toEqual([unit.segment.key, true]);
      else expect([u.target, u.prefilled, u.status]).toEqual([unit.en, undefined, unit.status === 'reviewed' ? 'reviewed' : 'translated']);
    });
  });

  it('a copy of the source coming back is skipped, with or without --include-drafts; a translated copy is taken even though OmegaT left the state', () => {
    const d = makeDoc([
      { key: 'Der Bundesrat hat <1>heute</1> entschieden.', en: null, markup: [md.strong(1)] },
      { key: 'Die Kosten steigen.', en: null },
    ]);
    const back = writeXliff12([d], { profile: 'omegat' }).replace(/(<target state="needs-translation">)Die Kosten steigen\.</, '$1Costs are rising.<');
    const units = readInterchange(back, 'b.xlf').units;
    for (const includeDrafts of [false, true]) {
      const plan = planImport(units, { documents: [{ path: d.path, units: d.units }] }, undefined, { includeDrafts });
      expect(plan.actions.map((a) => [a.kind, a.key])).toEqual([['add', 'Die Kosten steigen.']]);
      expect(plan.skipped.map((s) => s.code)).toEqual(['source-copy']);
    }
  });

  it('a copy differing only in quote style, spaces or soft hyphens is still a copy', () => {
    const d = makeDoc([{ key: 'Er sagte: «Wir sind bereit.»', en: null }]);
    const u: ImportedUnit = { document: d.path, source: 'Er sagte: «Wir sind bereit.»', target: 'Er  sagte: "Wir sind be\u00adreit."', status: 'translated', sourceLang: 'de', targetLang: 'en', line: 1, column: 1, offset: 0 };
    expect(planImport([u], { documents: [{ path: d.path, units: d.units }] }).skipped.map((s) => s.code)).toEqual(['source-copy']);
  });
});

describe('XLIFF 1.2 states', () => {
  it.each([
    ['final', false, false, 'reviewed'],
    ['signed-off', false, false, 'reviewed'],
    ['translated', false, false, 'translated'],
    [undefined, false, false, 'translated'],
    ['needs-adaptation', false, false, 'translated'],
    ['needs-l10n', false, false, 'translated'],
    ['needs-review-translation', false, false, 'draft'],
    ['needs-review-l10n', false, false, 'draft'],
    ['needs-review-adaptation', false, false, 'draft'],
    ['needs-review-translation', true, false, 'translated'],
    ['new', false, false, 'draft'],
    ['needs-translation', false, false, 'draft'],
    ['x-custom', false, false, 'draft'],
    ['needs-translation', false, true, 'translated'],
    ['new', false, true, 'translated'],
    ['needs-review-translation', false, true, 'draft'],
  ] as const)('state %s (approved %s, pre-filled by diglot %s) → %s', (state, approved, prefilled, status) => {
    expect(statusFromXliff12(state, approved, true, prefilled)).toBe(status);
  });

  it('says why a draft was skipped, in the state’s words', () => {
    const d = makeDoc([{ key: 'Die Kosten steigen.', en: null }]);
    const base = { document: d.path, source: 'Die Kosten steigen.', target: 'Costs are rising.', status: 'draft' as const, sourceLang: 'de', targetLang: 'en', line: 1, column: 1, offset: 0 };
    const plan = planImport([{ ...base, state: 'needs-review-translation' }, { ...base, state: 'new', line: 2 }], { documents: [{ path: d.path, units: d.units }] });
    expect(plan.skipped.map((s) => s.reason)).toEqual(['needs review (state needs-review-translation); use --include-drafts to import it', 'not translated yet (state new); use --include-drafts to import it']);
  });
});
