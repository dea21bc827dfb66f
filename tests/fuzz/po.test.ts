// Fuzz: gettext PO imports — diglot's own PO export mutated (quotes, escapes, keywords, comments,
// msgctxt, plural and obsolete entries, flags) and saved as UTF-8, Latin-1 or bad bytes. The reader
// returns units or a DiglotError (po-malformed); `import` exits 0, 1 or 2, writes only locales/en/ and .diglot/locales/en/
// (nothing on exit 2) and keeps every local translation.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPo, writePo } from '../../src/interchange/index.js';
import { parseOrphans } from '../../src/locale/index.js';
import { normalizeKey } from '../../src/match/normalize-key.js';
import { runDiglot } from '../helpers/cli.js';
import { sampleDoc } from '../interchange/helpers.js';
import { CLI_RUNS, encodedBytes, expectCleanExit, mutated, params, resultOrUserError, TIMEOUT } from './harness.js';
import { changedFiles, sandboxProject } from './project-sandbox.js';

const SNIPPETS = [
  'msgid ', 'msgstr ', 'msgctxt "s1"\n', 'msgid_plural "x"\n', 'msgstr[0] "a"\n', 'msgstr[1] "b"\n', '#, fuzzy\n', '#| msgid "alt"\n', '#~ msgid "weg"\n', '#: a.md:1\n',
  '#. diglot:base=0123456789abcdef\n', '"', '\\', '\\n', '\\"', '\\x41', '\\101', '\\u00e4', '""\n', '\n\n', 'charset=ISO-8859-1', 'charset=x-klingon', 'Plural-Forms: nplurals=3;', '«Zitat»', 'Grüße',
];
const base = writePo([sampleDoc()]);

describe('fuzz: PO imports', () => {
  it('the PO reader: units or a user error, every unit with a line', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(encodedBytes(mutated(fc.constant(base), SNIPPETS)), (bytes) => {
        const r = resultOrUserError(() => readPo(bytes, 'x.po', { sourceLang: 'de', targetLang: 'en' }));
        if ('units' in r) for (const u of r.units) expect(u.line).toBeGreaterThanOrEqual(1);
      }),
      params(),
    );
  });

  it('`diglot import` of a mutated PO export: exit 0, 1 or 2, writes only locales/en/ and .diglot/locales/en/, keeps every local translation', { timeout: TIMEOUT }, async () => {
    const template = sandboxProject('tests/fixtures/interchange/project');
    const exported = (await runDiglot(['export', '--format', 'po'], { cwd: template.dir })).stdout;
    template.remove();
    expect(exported).toContain('msgid "Der Bundesrat entscheidet"');
    await fc.assert(
      fc.asyncProperty(encodedBytes(mutated(fc.constant(exported), SNIPPETS)), fc.constantFrom([], ['--prefer', 'file'], ['--include-drafts']), async (bytes, extra) => {
        const box = sandboxProject('tests/fixtures/interchange/project');
        try {
          fs.writeFileSync(path.join(box.dir, 'back.po'), bytes);
          const resPath = path.join(box.dir, 'locales/en/mini.json');
          const local = Object.entries(JSON.parse(fs.readFileSync(resPath, 'utf8')) as Record<string, string>);
          const before = box.snapshot();
          const res = await runDiglot(['import', 'back.po', ...extra], { cwd: box.dir });
          expectCleanExit(res, [0, 1, 2]);
          const changed = changedFiles(before, box.snapshot());
          expect(box.outside()).toEqual([]);
          if (res.code === 2) return void expect(changed).toEqual([]);
          expect(changed.every((f) => /^(\.diglot\/)?locales\/en\//.test(f))).toBe(true);
          const after = JSON.parse(fs.readFileSync(resPath, 'utf8')) as Record<string, string | null>;
          const orphansPath = path.join(box.dir, '.diglot/locales/en/mini.orphans.json');
          const archive = fs.existsSync(orphansPath) ? parseOrphans(fs.readFileSync(orphansPath, 'utf8'), 'o').records : [];
          const lost = local.filter(([de, en]) => !Object.entries(after).some(([k, v]) => v === en && normalizeKey(k) === normalizeKey(de)) && !archive.some((o) => o.en === en && normalizeKey(o.de) === normalizeKey(de)));
          expect(lost).toEqual([]);
        } finally {
          box.remove();
        }
      }),
      params(CLI_RUNS),
    );
  });
});
