// Files from other tools: the project's languages win over a lying header (po2tmx's srclang="en"),
// XLIFF 1.1 with several <file> elements is read whole, units naming no project document are matched
// by their German, paragraph-level targets are split by the aligner into suggestions that are never
// written unasked, provenance paths are relative to the project, and nothing is lost on any path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport, readInterchange, readTranslations, type ImportedUnit } from '../../src/interchange/index.js';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { fixtures, makeDoc } from './helpers.js';

const RES = 'locales/en/mini.json';
const resource = (dir: string) => JSON.parse(read(dir, RES)) as Record<string, string | null>;
const sidecar = (dir: string) => JSON.parse(read(dir, '.diglot/locales/en/mini.diglot.json')) as { entries: Record<string, { provenance: { kind: string; file: string; key: string } }> };
const project = () => copyProject(path.join(fixtures, 'project'));
const foreign = (name: string) => fs.readFileSync(path.join(fixtures, 'foreign', name));
const languages = { sourceLang: 'de-CH', targetLang: 'en-GB' };

describe('reading foreign files', () => {
  it('po2tmx labels the German "en" beside "en-GB": the project’s languages win, with warnings, and nothing is swapped', () => {
    const r = readInterchange(foreign('po2tmx-srclang-en.tmx'), 'm.tmx', { languages });
    // po2tmx writes translated entries only
    expect(r.units).toHaveLength(4);
    expect(r.units.map((u) => u.source)).toEqual(['Der Bundesrat entscheidet', 'Der Bundesrat hat heute entschieden.', 'Die Kosten steigen.', 'Mehr dazu im Bericht von A & B.']);
    expect(r.units[0].target).toBe('The Federal Council decides');
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity, d.place?.start.line])).toEqual([
      ['import-language-mismatch', 'warning', 4],
      ['import-language-mismatch', 'warning', 6],
    ]);
    // without the project's languages the header decides, as before
    expect(readInterchange(foreign('po2tmx-srclang-en.tmx'), 'm.tmx').units[0].source).toBe('Der Bundesrat entscheidet');
  });

  it('a TMX whose header says srclang="en" but whose <tuv>s are right reads de as German, never the English', () => {
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>
<tu><tuv xml:lang="en-GB"><seg>Costs are rising.</seg></tuv><tuv xml:lang="de-CH"><seg>Die Kosten steigen.</seg></tuv></tu></body></tmx>`;
    const r = readInterchange(tmx, 'x.tmx', { languages });
    expect(r.units).toEqual([expect.objectContaining({ source: 'Die Kosten steigen.', target: 'Costs are rising.', sourceLang: 'de-CH', targetLang: 'en-GB' })]);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['import-language-mismatch']);
  });

  it('XLIFF 1.1 (po2xliff) with two <file> elements is read whole; the PO header unit is not text', () => {
    const r = readTranslations(foreign('po2xliff-1.1-two-files.xlf'), 'two.xlf', { languages });
    expect(r.format).toBe('xliff12');
    expect(r.units).toHaveLength(10);
    expect(new Set(r.units.map((u) => u.document))).toEqual(new Set(['exports/mini.po', 'other/notes.po']));
    expect(r.units.some((u) => u.source.startsWith('Project-Id-Version'))).toBe(false);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['import-language-mismatch', 'import-language-mismatch']);
  });
});

describe('diglot import of foreign files', () => {
  it('imports the second <file>’s translation by its German, though neither <file> names a project document', async () => {
    const dir = project();
    write(dir, 'in/two.xlf', foreign('po2xliff-1.1-two-files.xlf').toString('utf8'));
    const r = await runDiglot(['import', 'in/two.xlf', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { counts: Record<string, number>; skipped: Array<{ code: string }> };
    // the second <file> repeats the first's four translations word for word: nothing to do twice
    expect(report.counts).toMatchObject({ add: 1, unchanged: 4, skipped: 1, conflict: 0 });
    expect(report.skipped.map((s) => s.code)).toEqual(['no-target']);
    expect(resource(dir)['Dieser Satz ist neu.']).toBe('This sentence is new.');
    expect(sidecar(dir).entries['Dieser Satz ist neu.'].provenance).toMatchObject({ kind: 'import', file: 'in/two.xlf' });
  });

  it('records a file outside the project relative to the project root, wherever the import ran', async () => {
    const dir = project();
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-drop`);
    fs.mkdirSync(outside, { recursive: true });
    const tu = '<tu><tuv xml:lang="en"><seg>Dieser Satz ist neu.</seg></tuv><tuv xml:lang="en-GB"><seg>This is new.</seg></tuv></tu>\n  </body>';
    fs.writeFileSync(path.join(outside, 'po2tmx.tmx'), foreign('po2tmx-srclang-en.tmx').toString('utf8').replace('</body>', tu));
    const r = await runDiglot(['import', path.join(outside, 'po2tmx.tmx')], { cwd: path.join(dir, 'locales') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning import-language-mismatch');
    expect(resource(dir)['Dieser Satz ist neu.']).toBe('This is new.');
    expect(sidecar(dir).entries['Dieser Satz ist neu.'].provenance.file).toBe(`../${path.basename(outside)}/po2tmx.tmx`);
  });

  it('splits a paragraph-level translation (po4a style, Markdown inline) with the aligner: suggestions only, written with --accept-aligned', async () => {
    const dir = project();
    const res = resource(dir);
    delete res['Der Bundesrat hat heute entschieden.'];
    delete res['Die Kosten steigen.'];
    write(dir, RES, JSON.stringify(res, null, 2));
    const po = [
      'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: en\\n"', '',
      '#: locales/de/mini.md:7', 'msgid "Der **Bundesrat** hat heute entschieden. Die Kosten steigen."', 'msgstr "The **Federal Council** decided today. Costs are rising."', '',
    ].join('\n');
    write(dir, 'po4a.po', po);
    const dry = await runDiglot(['import', 'po4a.po'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('0 added, 0 stale, 0 conflicts, 2 suggested by the aligner');
    expect(dry.stdout).toContain('? The **Federal Council** decided today.');
    expect(dry.stdout).toContain('? Costs are rising.');
    // never silently accepted: nothing written, the sentences are still untranslated
    expect(resource(dir)['Die Kosten steigen.']).toBeUndefined();
    const json = JSON.parse((await runDiglot(['import', 'po4a.po', '--format', 'json', '--dry-run'], { cwd: dir })).stdout) as { actions: Array<{ kind: string; key: string; after: string; score: number; why: string[] }> };
    expect(json.actions.map((a) => [a.kind, a.key, a.after])).toEqual([
      ['suggest', 'Der Bundesrat hat heute entschieden.', 'The **Federal Council** decided today.'],
      ['suggest', 'Die Kosten steigen.', 'Costs are rising.'],
    ]);
    expect(json.actions.every((a) => a.score > 0 && a.why.length > 0)).toBe(true);
    const accept = await runDiglot(['import', 'po4a.po', '--accept-aligned'], { cwd: dir });
    expect(accept.code, accept.stderr).toBe(0);
    expect(resource(dir)['Die Kosten steigen.']).toBe('Costs are rising.');
    expect(sidecar(dir).entries['Die Kosten steigen.'].provenance).toEqual({ kind: 'align', file: 'po4a.po', key: 'Der **Bundesrat** hat heute entschieden. Die Kosten steigen.' });
  });

  it('says which English of a paragraph the aligner could pair with no German sentence (import-paragraph-split)', () => {
    const doc = makeDoc([
      { key: 'Der Bundesrat hat heute entschieden.', en: null, blockIndex: 1 },
      { key: 'Die Kosten steigen um 20 Prozent.', en: null, blockIndex: 1 },
    ]);
    const u: ImportedUnit = { source: 'Der Bundesrat hat heute entschieden. Die Kosten steigen um 20 Prozent.', target: 'The Federal Council decided today. Meanwhile, 4,500 fans celebrated in Basel on Saturday night. Costs are rising by 20 per cent.', status: 'translated', sourceLang: 'de', targetLang: 'en', line: 3, column: 1, offset: 0 };
    const plan = planImport([u], { documents: [{ path: doc.path, units: doc.units }] }, undefined, { file: 'p.po' });
    expect(plan.actions.map((a) => [a.kind, a.key, a.kind === 'suggest' ? a.after : ''])).toEqual([
      ['suggest', 'Der Bundesrat hat heute entschieden.', 'The Federal Council decided today.'],
      ['suggest', 'Die Kosten steigen um 20 Prozent.', 'Costs are rising by 20 per cent.'],
    ]);
    expect(plan.diagnostics.map((d) => [d.ruleId, d.file, d.place?.start.line, d.message])).toEqual([
      ['import-paragraph-split', 'p.po', 3, 'the aligner paired no German sentence with 1 English sentence(s) of this paragraph: "Meanwhile, 4,500 fans celebrated in Basel on Saturday night."'],
    ]);
  });

  it('--accept-aligned never replaces English a sentence already has', () => {
    const doc = makeDoc([
      { key: 'Erster Satz hier.', en: 'First sentence here.', blockIndex: 1 },
      { key: 'Zweiter Satz dort.', en: null, blockIndex: 1 },
    ]);
    const u: ImportedUnit = { source: 'Erster Satz hier. Zweiter Satz dort.', target: 'The first sentence. The second one.', status: 'translated', sourceLang: 'de', targetLang: 'en', line: 1, column: 1, offset: 0 };
    const plan = planImport([u], { documents: [{ path: doc.path, units: doc.units }] }, undefined, { acceptAligned: true });
    expect(plan.actions.map((a) => [a.kind, a.key, a.kind === 'suggest' && a.accepted])).toEqual([
      ['suggest', 'Erster Satz hier.', false],
      ['suggest', 'Zweiter Satz dort.', true],
    ]);
  });
});
