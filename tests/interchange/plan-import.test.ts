import { describe, expect, it } from 'vitest';
import { fingerprintEnglish, formatImportPlan, planImport, readInterchange, writeTmx, writeXliff12, writeXliff21, type ImportedUnit } from '../../src/interchange/index.js';
import { makeDoc, md } from './helpers.js';

const PATH = 'locales/de/article.md';

/** What was exported: five sentences. */
const exported = makeDoc([
  { key: 'Satz A.', en: 'Sentence A.' },
  { key: 'Satz B.', en: null },
  { key: 'Satz C.', en: 'Sentence C (old).' },
  { key: 'Der alte Satz D ist hier.', en: 'The old sentence D is here.' },
  { key: 'Satz E.', en: 'Sentence E.' },
]);

/** The project now: C was edited locally, D's German changed, F is new. */
const current = makeDoc([
  { key: 'Satz A.', en: 'Sentence A.' },
  { key: 'Satz B.', en: null },
  { key: 'Satz C.', en: 'Sentence C (local).' },
  { key: 'Der neue Satz D ist hier.', en: null, status: 'stale' },
  { key: 'Satz E.', en: 'Sentence E.' },
  { key: 'Satz F.', en: null },
]);

/** The translator's changes, applied to the exported XLIFF 2.1 text. */
function translateXliff21(xml: string): string {
  return xml
    .replace('<target>Sentence A.</target>', '<target>Sentence A, revised.</target>')
    .replace(/(<source>Satz B\.<\/source>)/, '$1<target>Sentence B.</target>')
    .replace('<target>Sentence C (old).</target>', '<target>Sentence C (file).</target>')
    .replace('<target>The old sentence D is here.</target>', '<target>The old sentence D, revised.</target>')
    .replace(/state="initial" subState="diglot:missing"/, 'state="translated"');
}

const plan = (units: ImportedUnit[], prefer?: 'file' | 'local') =>
  planImport(units, { documents: [{ path: PATH, slug: 'article', units: current.units }] }, undefined, { prefer, file: 'x.xlf' });

describe('planImport', () => {
  it('updates, adds, keeps stale targets, and reports a conflict with both texts', () => {
    const read = readInterchange(translateXliff21(writeXliff21([exported])), 'x.xlf');
    expect(read.diagnostics).toEqual([]);
    const p = plan(read.units);
    const byKey = Object.fromEntries(p.actions.map((a) => [a.key, a]));
    expect(byKey['Satz A.']).toMatchObject({ kind: 'update', before: 'Sentence A.', after: 'Sentence A, revised.', document: PATH });
    expect(byKey['Satz B.']).toMatchObject({ kind: 'add', after: 'Sentence B.' });
    expect(byKey['Satz C.']).toMatchObject({ kind: 'conflict', local: 'Sentence C (local).', file: 'Sentence C (file).', resolution: 'ask', baseKnown: true });
    expect(byKey['Der alte Satz D ist hier.']).toMatchObject({
      kind: 'stale',
      after: 'The old sentence D, revised.',
      nearest: { key: 'Der neue Satz D ist hier.', similarity: 83 },
    });
    expect(byKey['Satz E.']).toMatchObject({ kind: 'unchanged' });
    expect(p.counts).toEqual({ suggest: 0, add: 1, update: 1, unchanged: 1, stale: 1, conflict: 1, duplicate: 0, skipped: 0 });
    const report = formatImportPlan(p, 'x.xlf');
    expect(report).toContain('1 updated, 1 added, 1 stale, 1 conflicts, 1 unchanged, 0 skipped');
    expect(report).toContain('local: Sentence C (local).');
    expect(report).toContain('file:  Sentence C (file).');
    expect(report).toContain('rerun with --prefer file or --prefer local');
  });

  it('--prefer file / local settles conflicts and says which text is kept', () => {
    const units = readInterchange(translateXliff21(writeXliff21([exported])), 'x.xlf').units;
    expect(plan(units, 'file').actions.find((a) => a.kind === 'conflict')).toMatchObject({ resolution: 'file' });
    expect(formatImportPlan(plan(units, 'local'), 'x.xlf')).toContain('keeping the local text');
  });

  it('a file that still has the exported English never overwrites a local edit', () => {
    const units = readInterchange(writeXliff21([exported]), 'x.xlf').units;
    const p = plan(units);
    expect(p.actions.find((a) => a.key === 'Satz C.')).toMatchObject({ kind: 'unchanged' });
    expect(p.counts.conflict).toBe(0);
    expect(p.counts.update).toBe(0);
  });

  it('works the same through TMX and XLIFF 1.2', () => {
    const tmx = writeTmx([exported]).replace('<seg>Sentence A.</seg>', '<seg>Sentence A, revised.</seg>').replace('<seg>Sentence C (old).</seg>', '<seg>Sentence C (file).</seg>');
    const p = plan(readInterchange(tmx, 'x.tmx').units);
    expect(p.actions.find((a) => a.key === 'Satz A.')?.kind).toBe('update');
    expect(p.actions.find((a) => a.key === 'Satz C.')?.kind).toBe('conflict');
    const x12 = writeXliff12([exported]).replace('>Sentence A.</target>', '>Sentence A, revised.</target>');
    expect(plan(readInterchange(x12, 'x.xlf').units).actions.find((a) => a.key === 'Satz A.')?.kind).toBe('update');
  });

  it('without an export fingerprint (a foreign file) a differing text is a conflict, not a silent overwrite', () => {
    const u: ImportedUnit = { document: PATH, source: 'Satz A.', target: 'Other A.', status: 'translated', sourceLang: 'de', targetLang: 'en', line: 3, column: 5, offset: 40 };
    expect(plan([u]).actions[0]).toMatchObject({ kind: 'conflict', baseKnown: false, local: 'Sentence A.', file: 'Other A.' });
  });

  it('skips units without target, drafts (unless asked); matches an unknown document by its German, and keys after whitespace/NFC normalisation', () => {
    const base = { status: 'translated' as const, sourceLang: 'de', targetLang: 'en', line: 1, column: 1, offset: 0 };
    const units: ImportedUnit[] = [
      { ...base, document: PATH, source: 'Satz F.', target: null, status: 'untranslated' },
      { ...base, document: PATH, source: 'Satz F.', target: 'Draft F.', status: 'draft', state: 'initial' },
      { ...base, document: 'other.md', source: 'Satz F.', target: 'F.' },
      { ...base, document: 'article.md', source: '  Satz\n   B. ', target: 'B.' },
    ];
    const p = plan(units);
    expect(p.skipped.map((s) => s.reason)).toEqual(['no target', 'not translated yet (state initial); use --include-drafts to import it']);
    expect(p.skipped.map((s) => s.code)).toEqual(['no-target', 'draft']);
    // other.md is not a project document, but its German is: found across the project
    expect(p.actions).toEqual([expect.objectContaining({ kind: 'add', key: 'Satz F.', after: 'F.', document: PATH }), expect.objectContaining({ kind: 'add', key: 'Satz B.', after: 'B.' })]);
    const withDrafts = planImport(units.slice(1, 2), { documents: [{ path: PATH, units: current.units }] }, undefined, { includeDrafts: true });
    expect(withDrafts.actions).toEqual([expect.objectContaining({ kind: 'add', after: 'Draft F.' })]);
  });

  it('marks a reviewed target as an update even when the text is the same', () => {
    const u: ImportedUnit = { document: PATH, source: 'Satz E.', target: 'Sentence E.', status: 'reviewed', base: fingerprintEnglish('Sentence E.'), sourceLang: 'de', targetLang: 'en', line: 1, column: 1, offset: 0 };
    expect(plan([u]).actions[0]).toMatchObject({ kind: 'update', reviewed: true, before: 'Sentence E.', after: 'Sentence E.' });
  });

  it('warns when the target lost or invented a placeholder', () => {
    const doc = makeDoc([{ key: 'Das ist <1>fett</1>.', en: null, markup: [md.strong(1)] }]);
    const u: ImportedUnit = { document: doc.path, source: 'Das ist <1>fett</1>.', target: 'This is bold.', status: 'translated', sourceLang: 'de', targetLang: 'en', line: 7, column: 9, offset: 99 };
    const p = planImport([u], { documents: [doc] });
    expect(p.diagnostics).toEqual([expect.objectContaining({ ruleId: 'import-placeholder-mismatch', severity: 'warning', place: { start: { line: 7, column: 9, offset: 99 } } })]);
  });

  it('uses the resource lookup for German no current segment has (an orphan already holding the text)', () => {
    const u: ImportedUnit = { document: PATH, source: 'Weg.', target: 'Gone.', status: 'translated', sourceLang: 'de', targetLang: 'en', line: 1, column: 1, offset: 0 };
    const p = planImport([u], { documents: [{ path: PATH, units: current.units }] }, (doc, key) => (doc === PATH && key === 'Weg.' ? 'Gone.' : undefined));
    expect(p.actions[0].kind).toBe('unchanged');
  });
});

describe('planImport: one normaliser, the translator’s bytes, duplicates', () => {
  const base = { document: PATH, status: 'translated' as const, sourceLang: 'de', targetLang: 'en', column: 1, offset: 0 };
  const quoted = makeDoc([{ key: 'Er sagte: «Wir sind bereit.»', en: 'He said: “We are ready.”' }]);

  it('matches German that differs only in quote style, spaces or invisible characters, as sync does', () => {
    const units: ImportedUnit[] = [
      { ...base, line: 1, source: 'Er sagte: "Wir sind bereit."', target: 'He said: “We’re ready.”', base: fingerprintEnglish('He said: “We are ready.”') },
      { ...base, line: 2, source: 'Er\u00a0sagte: „Wir sind\u00ad bereit.“', target: 'x' },
    ];
    const p = planImport(units, { documents: [{ path: PATH, units: quoted.units }] });
    expect(p.actions[0]).toMatchObject({ kind: 'update', key: 'Er sagte: «Wir sind bereit.»', after: 'He said: “We’re ready.”' });
    // the second is the same German again, with a different English: archived, not applied
    // (its German in key form: soft hyphen out, the no-break space kept)
    expect(p.actions[1]).toMatchObject({ kind: 'duplicate', key: 'Er\u00a0sagte: „Wir sind bereit.“', after: 'x', first: { line: 1 } });
    expect(p.counts).toMatchObject({ update: 1, duplicate: 1 });
    expect(p.diagnostics.map((d) => d.ruleId)).toEqual(['import-duplicate-source']);
    expect(formatImportPlan(p, 'x.xlf')).toContain('0 conflicts, 1 duplicates archived, 0 unchanged');
  });

  it('keeps the English byte for byte (NFD stays NFD), so re-importing an export changes nothing', () => {
    const nfd = 'Zu\u0308rich is Zurich.';
    const doc = makeDoc([{ key: 'Zürich ist Zürich.', en: nfd }]);
    const units = readInterchange(writeXliff21([doc]), 'x.xlf').units;
    expect(units[0].target).toBe(nfd);
    const p = planImport(units, { documents: [{ path: doc.path, units: doc.units }] });
    expect(p.actions.map((a) => a.kind)).toEqual(['unchanged']);
    const fromFile: ImportedUnit = { ...base, document: doc.path, line: 1, source: 'Zürich ist Zürich.', target: 'Zu\u0308rich is lovely.', base: fingerprintEnglish(nfd) };
    expect(planImport([fromFile], { documents: [{ path: doc.path, units: doc.units }] }).actions[0]).toMatchObject({ kind: 'update', after: 'Zu\u0308rich is lovely.' });
  });
});
