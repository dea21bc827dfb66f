// gettext PO: msgid German (key form), msgstr English, `#:` path:line, `#.` placeholders and glossary
// terms, msgctxt only for German that repeats, stale units as `#, fuzzy` with `#| msgid`; the reader
// gives every entry its line, refuses what msgfmt refuses, and a write → read round trip is exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPo, writePo } from '../../src/interchange/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { makeDoc, md, sampleDoc } from './helpers.js';

describe('PO export', () => {
  const doc = sampleDoc();
  const po = writePo([doc]);

  it('writes the header, one entry per unit, references path:line and the extracted comments', () => {
    expect(po).toMatch(/^msgid ""\nmsgstr ""\n"Project-Id-Version: article\\n"/);
    expect(po).toContain('"Language: en\\n"');
    expect(po).toContain('"Content-Type: text/plain; charset=utf-8\\n"');
    expect(po.match(/^msgid "(?!")/gm)).toHaveLength(doc.units.length);
    expect(po).toContain(`#: locales/de/article.md:${doc.units[1].segment.line}\n`);
    expect(po).toContain('#. <1>…</1> = **…**');
    expect(po).toContain('#. <1>…</1> = […](https://example.org/a?b=1&c=2)');
    expect(po).toContain('#. term: Schweiz → Switzerland');
    expect(po).not.toContain('msgctxt');
  });

  it('writes a stale unit as gettext’s own stale entry: fuzzy, the old German as #| msgid, the old English as msgstr', () => {
    expect(po).toContain('#, fuzzy\n#| msgid "Der Entscheid fiel sehr knapp aus."\nmsgid "Der Entscheid fiel knapp aus."\nmsgstr "The decision was very close."');
  });

  it('gives German that occurs twice its segment id as msgctxt, and only that', () => {
    const twice = makeDoc([
      { key: 'KEYSTONE', en: 'KEYSTONE photo', id: 'sa' },
      { key: 'Einmal.', en: 'Once.', id: 'sb' },
      { key: 'KEYSTONE', en: null, id: 'sc' },
    ]);
    const out = writePo([twice]);
    expect(out.match(/^msgctxt .*$/gm)).toEqual(['msgctxt "sa"', 'msgctxt "sc"']);
    const back = readPo(out, 'x.po');
    expect(back.units.map((u) => [u.id, u.source, u.target])).toEqual([['sa', 'KEYSTONE', 'KEYSTONE photo'], [undefined, 'Einmal.', 'Once.'], ['sc', 'KEYSTONE', null]]);
  });
});

describe('PO import', () => {
  it('reads every unit back with its document, line, fingerprint and status', () => {
    const doc = sampleDoc();
    const po = writePo([doc]);
    const r = readPo(po, 'a.po', { sourceLang: 'de', targetLang: 'en' });
    expect(r.diagnostics).toEqual([]);
    expect(r.units).toHaveLength(doc.units.length);
    expect(r.units.map((u) => u.source)).toEqual(doc.units.map((u) => u.segment.key));
    expect(r.units.map((u) => u.status)).toEqual(['translated', 'translated', 'translated', 'draft', 'untranslated', 'translated']);
    expect(r.units.every((u) => u.document === 'locales/de/article.md' && u.base !== undefined)).toBe(true);
    const lines = po.split('\n');
    for (const u of r.units) expect(lines.slice(u.line - 1).find((l) => l.startsWith('msgid '))).toBe(`msgid ${JSON.stringify(u.source)}`);
  });

  it('warns about a Language header that is not the project’s target language', () => {
    const r = readPo('msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "Ja."\nmsgstr "Oui."\n', 'fr.po', { sourceLang: 'de', targetLang: 'en-GB' });
    expect(r.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['import-language-mismatch', 'warning']]);
  });

  it('refuses a malformed file with its line (po-malformed), skips plural entries with a warning, never reads obsolete ones', () => {
    let err: unknown;
    try {
      readPo('msgid ""\nmsgstr ""\n\nmsgid "a\nmsgstr "b"\n', 'bad.po');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DiglotError);
    expect((err as DiglotError).diagnostics[0]).toMatchObject({ ruleId: 'po-malformed', file: 'bad.po', place: { start: { line: 4 } } });
    const r = readPo('msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\nmsgid "Ein Satz"\nmsgid_plural "Sätze"\nmsgstr[0] "a"\nmsgstr[1] "b"\n\n#~ msgid "Alt."\n#~ msgstr "Old."\n\nmsgid "Ja."\nmsgstr "Yes."\n', 'p.po');
    expect(r.units.map((u) => [u.source, u.line])).toEqual([['Ja.', 12]]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.place?.start.line])).toEqual([['po-plural', 4]]);
  });

  it('decodes a Latin-1 file by its charset', () => {
    const bytes = Buffer.from('msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "Grüße"\nmsgstr "Greetings"\n', 'latin1');
    expect(readPo(bytes, 'l.po').units).toEqual([expect.objectContaining({ source: 'Grüße', target: 'Greetings', line: 4 })]);
  });

  it('round trip: any German and English (quotes, backslashes, tabs, CR, emoji, placeholders) come back exactly', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ä', ' ', '"', '\\', '\t', '\r', '«', '»', '😀', '\u00a0', '\u00ad', 'e\u0301', '<1>', '</1>', 'x', '%s', '#'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.option(text, { nil: null })), { minLength: 1, maxLength: 8 }), (pairs) => {
        const keys = pairs.map(([de], i) => `${de.trim() || 'x'} ${i}`);
        const doc = makeDoc(pairs.map(([, en], i) => ({ key: keys[i], en: en === '' ? null : en, markup: [md.strong(1)] })));
        const r = readPo(writePo([doc]), 'p.po');
        expect(r.units).toHaveLength(doc.units.length);
        expect(r.units.map((u) => u.source)).toEqual(keys);
        expect(r.units.map((u) => u.target)).toEqual(doc.units.map((u) => u.en));
      }),
      { numRuns: 60 },
    );
  });
});
