// An import never loses a translation: whatever does not win (the local English replaced, the file's
// English under --prefer local, a second translation of the same German in the file) lands in the
// orphans archive with its reason; German differing only in quote style is the same sentence to
// planning and to sync; the translator's bytes are kept.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintEnglish, importUpdates, planImport, type ImportedUnit } from '../../src/interchange/index.js';
import { computeSync } from '../../src/sync/index.js';
import { normalizeKey } from '../../src/match/normalize-key.js';
import { copyProject, read, write } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { fixtures, makeDoc } from './helpers.js';

const RES = 'locales/en/mini.json';
const ORPHANS = '.diglot/locales/en/mini.orphans.json';
type Orphan = { de: string; en: string; reason: string; provenance?: { kind: string; file: string } };
const orphans = (dir: string) => (JSON.parse(read(dir, ORPHANS)) as { orphans: Orphan[] }).orphans;
const resource = (dir: string) => JSON.parse(read(dir, RES)) as Record<string, string | null>;
const project = () => copyProject(path.join(fixtures, 'project'));

async function exportXliff(dir: string): Promise<string> {
  const r = await runDiglot(['export', '--format', 'xliff'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('diglot import never loses a translation', () => {
  it('--prefer local keeps the local English and archives the translator’s as rejected', async () => {
    const dir = project();
    const x = (await exportXliff(dir)).replace('<target>The Federal Council decides</target>', '<target>The Federal Council has decided</target>');
    write(dir, 'back.xlf', x);
    write(dir, RES, read(dir, RES).replace('The Federal Council decides', 'The Federal Council rules'));
    const r = await runDiglot(['import', 'back.xlf', '--prefer', 'local'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('keeping the local text (the file text is archived as rejected)');
    expect(resource(dir)['Der Bundesrat entscheidet']).toBe('The Federal Council rules');
    expect(orphans(dir)).toEqual([expect.objectContaining({ de: 'Der Bundesrat entscheidet', en: 'The Federal Council has decided', reason: 'rejected', provenance: expect.objectContaining({ kind: 'import', file: 'back.xlf' }) })]);
    // importing the same file again adds nothing twice
    expect((await runDiglot(['import', 'back.xlf', '--prefer', 'local'], { cwd: dir })).code).toBe(0);
    expect(orphans(dir)).toHaveLength(1);
  });

  it('a second, different translation of the same German in one file is archived, not dropped', async () => {
    const dir = project();
    const tu = (en: string) => `<tu><tuv xml:lang="de-CH"><seg>Dieser Satz ist neu.</seg></tuv><tuv xml:lang="en-GB"><seg>${en}</seg></tuv></tu>`;
    write(dir, 'twice.tmx', `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de-CH" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>\n${tu('This sentence is new.')}\n${tu('This is a new sentence.')}\n</body></tmx>\n`);
    const r = await runDiglot(['import', 'twice.tmx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('twice.tmx:4:1: warning import-duplicate-source');
    expect(resource(dir)['Dieser Satz ist neu.']).toBe('This sentence is new.');
    expect(orphans(dir)).toEqual([expect.objectContaining({ de: 'Dieser Satz ist neu.', en: 'This is a new sentence.', reason: 'duplicate-import' })]);
  });

  it('German whose quotes a CAT tool straightened is the same sentence: imported, no sync-conflict, with or without --prefer', async () => {
    for (const prefer of [[], ['--prefer', 'file'], ['--prefer', 'local']]) {
      const dir = project();
      write(dir, 'locales/de/mini.md', `${read(dir, 'locales/de/mini.md')}\nEr sagte: «Wir sind bereit.»\n`);
      write(dir, RES, JSON.stringify({ ...resource(dir), 'Er sagte: «Wir sind bereit.»': 'He said: “We are ready.”' }, null, 2));
      const x = (await exportXliff(dir)).replace('<source>Er sagte: «Wir sind bereit.»</source>', '<source>Er sagte: "Wir sind bereit."</source>').replace('<target>He said: “We are ready.”</target>', '<target>He said: “We’re ready.”</target>');
      expect(x).toContain('<source>Er sagte: "Wir sind bereit."</source>');
      write(dir, 'back.xlf', x);
      const r = await runDiglot(['import', 'back.xlf', ...prefer], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('sync-conflict');
      expect(resource(dir)['Er sagte: «Wir sind bereit.»']).toBe('He said: “We’re ready.”');
      expect(orphans(dir)).toEqual([expect.objectContaining({ de: 'Er sagte: «Wir sind bereit.»', en: 'He said: “We are ready.”', reason: 'superseded' })]);
    }
  });

  it('re-importing diglot’s own export changes nothing, even for English that is not NFC', async () => {
    const dir = project();
    write(dir, RES, read(dir, RES).replace('"Costs are rising."', '"Costs are rising in Zu\u0308rich."'));
    const before = read(dir, RES);
    write(dir, 'back.xlf', await exportXliff(dir));
    const r = await runDiglot(['import', 'back.xlf'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('0 updated, 0 added, 0 stale, 0 conflicts, 4 unchanged');
    expect(read(dir, RES)).toBe(before);
    expect(fs.existsSync(path.join(dir, ORPHANS))).toBe(false);
  });
});

describe('planImport → importUpdates → computeSync (property)', () => {
  const GERMAN = ['Satz A.', 'Satz B.', 'Er sagte: «Ja.»', 'Die Kosten steigen.', 'Neu hier.'];
  /** How a CAT tool may have rewritten the German: straight quotes, NBSP, soft hyphen, or a stale edit. */
  const variant = fc.constantFrom(
    (s: string) => s,
    (s: string) => s.replace(/[«»]/g, '"'),
    (s: string) => s.replace(' ', '\u00a0'),
    (s: string) => s.replace('Satz', 'Sat\u00adz'),
    (s: string) => `${s.slice(0, -1)} heute.`,
  );
  const english = fc.constantFrom('One.', 'Two.', 'Three.', 'Vier.', 'Zu\u0308rich.', 'Zürich.');

  it('every incoming and every local translation ends in the resource or the archive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(english, { nil: null }), { minLength: GERMAN.length, maxLength: GERMAN.length }),
        fc.array(fc.record({ de: fc.nat({ max: GERMAN.length - 1 }), variant, en: english, base: fc.option(fc.oneof(english, fc.constant('local')), { nil: undefined }) }), { maxLength: 8 }),
        fc.constantFrom('file' as const, 'local' as const),
        (local, incoming, prefer) => {
          const doc = makeDoc(GERMAN.map((key, i) => ({ key, en: local[i] })));
          const units: ImportedUnit[] = incoming.map((u, i) => ({
            document: doc.path,
            source: u.variant(GERMAN[u.de]),
            target: u.en,
            status: 'translated',
            ...(u.base !== undefined ? { base: fingerprintEnglish(u.base === 'local' ? local[u.de] : u.base) } : {}),
            sourceLang: 'de',
            targetLang: 'en',
            line: i + 1,
            column: 1,
            offset: 0,
          }));
          const plan = planImport(units, { documents: [{ path: doc.path, units: doc.units }] }, undefined, { prefer });
          const doc1 = importUpdates(plan.actions, 'x.xlf').get(doc.path) ?? { updates: [], archive: [] };
          const pairs = GERMAN.map((key, i) => ({ key, value: local[i], offset: 0 }));
          const out = computeSync({ keys: GERMAN, resourceFile: 'r.json', pairs, orphans: [], sourcePath: doc.path, sourceHash: '', updates: doc1.updates, archive: doc1.archive, prefer });
          expect(out.conflicts).toEqual([]);
          const kept = (de: string, en: string) =>
            out.pairs.some(([k, v]) => v === en && normalizeKey(k) === normalizeKey(de)) || out.orphans.some((o) => o.en === en && normalizeKey(o.de) === normalizeKey(de));
          // a target equal to its export fingerprint is what diglot exported, not the translator's work:
          // a newer local edit rightly wins (README → Import: "file text equals what was exported")
          // (the file declares it so for any occurrence of that German)
          const exportedText = (u: ImportedUnit) => units.some((w) => normalizeKey(w.source) === normalizeKey(u.source) && w.base === fingerprintEnglish(u.target));
          const translated = units.filter((u) => !exportedText(u));
          const lost = [
            ...translated.filter((u) => !kept(u.source, u.target as string)).map((u) => `incoming ${u.source} → ${u.target}`),
            ...pairs.filter((p) => p.value !== null && !kept(p.key, p.value)).map((p) => `local ${p.key} → ${p.value}`),
          ];
          expect(lost).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
