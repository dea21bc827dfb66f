// Fuzz: XML imports — TMX, XLIFF 2.1, XLIFF 1.2 and TBX, mutated (markup, entities, DTDs, CDATA,
// characters XML forbids, deep nesting) and saved in any encoding (UTF-8, UTF-16 with BOM, Latin-1,
// a declared encoding that lies, bad bytes). The readers return units or a DiglotError; `import`
// exits 0, 1 or 2, writes only locales/en/ and .diglot/locales/en/ (nothing on exit 2) and keeps every local translation.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInterchange, readTbx, writeTbx, writeTmx, writeXliff12, writeXliff21 } from '../../src/interchange/index.js';
import { parseOrphans } from '../../src/locale/index.js';
import { normalizeKey } from '../../src/match/normalize-key.js';
import { runDiglot } from '../helpers/cli.js';
import { sampleDoc } from '../interchange/helpers.js';
import { CLI_RUNS, expectCleanExit, mutated, params, resultOrUserError, TIMEOUT } from './harness.js';
import { changedFiles, sandboxProject } from './project-sandbox.js';

const SNIPPETS = [
  '<', '>', '&', '&amp;', '&lt;', '&#0;', '&#x1F600;', '&#xD800;', '&foo;', '<![CDATA[', ']]>', '<!--', '-->', '<?pi x?>', '"', '=',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<!DOCTYPE tmx SYSTEM "tmx14.dtd">', 'xml:lang="de"', ' id="x"', ' state="final"',
  '<g id="1">', '</g>', '<pc id="1" dataRefStart="d1">', '</pc>', '<ph id="2"/>', '<bpt i="1">**</bpt>', '<ept i="1">**</ept>', '<x id="1"/>',
  '<source>', '</source>', '<target>', '</target>', '<seg>', '</seg>', '<tu>', '</tu>', '<unit id="u">', '<segment>', 'xmlns="urn:x"', 'xmlns:a="b"', '<a:x/>',
  '<hi>'.repeat(300), '\u0001', '\ufffe', '«Zitat»', 'Grüße',
];
const doc = sampleDoc();
const bases = {
  tmx: writeTmx([doc]),
  xliff21: writeXliff21([doc]),
  xliff12: writeXliff12([doc]),
  tbx: writeTbx([{ de: 'Bündnis', en: ['alliance'], forbidden: ['union'], variants: ['Bündnisse'], match: 'inflect', note: 'Nato & Co.' }], { sourceLang: 'de', targetLang: 'en' }),
};

/** The text saved as bytes: UTF-8, UTF-16 with BOM, Latin-1 (declared), a declaration that lies, or raw. */
const saved = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.constantFrom('utf8', 'utf16le', 'utf16be', 'latin1', 'lying', 'x-klingon')).map(([t, how]) => {
    const declare = (enc: string) => t.replace(/encoding="[^"]*"/, `encoding="${enc}"`);
    if (how === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declare('UTF-16'), 'utf16le')]);
    if (how === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(declare('UTF-16'), 'utf16le').swap16()]);
    if (how === 'latin1') return Buffer.from(declare('ISO-8859-1').replace(/[^\u0000-\u00ff]/g, '?'), 'latin1');
    if (how === 'lying') return Buffer.from(declare('UTF-16'), 'utf8');
    if (how === 'x-klingon') return Buffer.from(declare('x-klingon'), 'utf8');
    return Buffer.from(t, 'utf8');
  });

describe('fuzz: XML imports', () => {
  it('TMX / XLIFF 2.1 / XLIFF 1.2 / TBX readers: units or a user error', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom('tmx', 'xliff21', 'xliff12', 'tbx' as const).chain((format) => saved(mutated(fc.constant(bases[format]), SNIPPETS)).map((bytes) => [format, bytes] as const)), ([format, bytes]) => {
        const r = resultOrUserError(() => (format === 'tbx' ? readTbx(bytes, 'x.tbx') : readInterchange(bytes, 'x.xlf')));
        if ('units' in r) for (const u of r.units) expect(u.line).toBeGreaterThanOrEqual(1);
      }),
      params(),
    );
  });

  it('deep or wide hostile XML is refused quickly, never a stack overflow', { timeout: TIMEOUT }, () => {
    const hostile = fc.tuple(fc.constantFrom('<a>', '<hi>', '<g id="1">', '<pc id="p">', '<group id="g">', '<a xmlns:p="u">'), fc.integer({ min: 200, max: 50_000 })).map(([open, n]) => {
      const close = `</${open.slice(1).split(/[ >]/)[0]}>`;
      return `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de"><file id="f">${open.repeat(n)}${close.repeat(n)}</file></xliff>`;
    });
    fc.assert(fc.property(hostile, (text) => void resultOrUserError(() => readInterchange(text, 'x.xlf'))), params(Math.max(5, Math.round(params().numRuns! / 4))));
  });

  it('`diglot import` of a mutated export: exit 0, 1 or 2, writes only locales/en/ and .diglot/locales/en/, keeps every local translation', { timeout: TIMEOUT }, async () => {
    const template = sandboxProject('tests/fixtures/interchange/project');
    const exported = (await runDiglot(['export', '--format', 'xliff'], { cwd: template.dir })).stdout;
    const tmx = (await runDiglot(['export', '--format', 'tmx'], { cwd: template.dir })).stdout;
    template.remove();
    expect(exported).toContain('<xliff');
    await fc.assert(
      fc.asyncProperty(saved(mutated(fc.constantFrom(exported, tmx), SNIPPETS)), fc.constantFrom([], ['--prefer', 'file'], ['--prefer', 'local']), async (bytes, prefer) => {
        const box = sandboxProject('tests/fixtures/interchange/project');
        try {
          fs.writeFileSync(path.join(box.dir, 'back.xlf'), bytes);
          const resPath = path.join(box.dir, 'locales/en/mini.json');
          const local = Object.entries(JSON.parse(fs.readFileSync(resPath, 'utf8')) as Record<string, string>);
          const before = box.snapshot();
          const res = await runDiglot(['import', 'back.xlf', ...prefer], { cwd: box.dir });
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
