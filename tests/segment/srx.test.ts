import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSrx } from '../../src/segment/srx/load-srx.js';
import { translateJavaRegex } from '../../src/segment/srx/java-regex.js';
import { rulesForLanguage } from '../../src/segment/compile-rules.js';
import { fixtures, sentences } from './helpers.js';

const read = (name: string) => fs.readFileSync(path.join(fixtures, 'srx', name), 'utf8');

describe('SRX import', () => {
  const { rules, diagnostics } = loadSrx(read('newsroom.srx'), 'newsroom.srx');

  it('reads language rules, maps and the cascade flag', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(rules.cascade).toBe(true);
    expect(rules.languageRules.map((l) => [l.name, l.rules.length])).toEqual([
      ['Newsroom German', 4],
      ['Default', 1],
    ]);
    expect(rulesForLanguage(rules, 'de-CH').map((r) => r.id)).toEqual(['Newsroom German#1', 'Newsroom German#2', 'Newsroom German#3', 'Newsroom German#4', 'Default#1']);
    expect(rulesForLanguage(rules, 'fr').map((r) => r.id)).toEqual(['Default#1']);
    expect(rules.languageRules[0].rules[0].origin).toEqual({ file: 'newsroom.srx', line: 14, column: 9 });
  });

  it('notes approximations (possessive quantifier) as info', () => {
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'srx-regex-approximation', severity: 'info' })]);
  });

  it('segments with the SRX rules first, the built-in rules after', () => {
    const text = 'Das Ressort. Inland berichtet; Die Lage ist ruhig. Div. Meier kam (Red.) und ging.';
    expect(sentences(text)).toEqual(['Das Ressort.', 'Inland berichtet; Die Lage ist ruhig.', 'Div.', 'Meier kam (Red.) und ging.']);
    expect(sentences(text, { rules })).toEqual(['Das Ressort. Inland berichtet;', 'Die Lage ist ruhig.', 'Div. Meier kam (Red.) und ging.']);
  });

  it('can run the SRX rules alone', () => {
    // the Default rule breaks after every period: no abbreviation knowledge, no quote policy
    expect(sentences('Dr. Meier sagte: «Ja. Nein.»', { rules, builtin: false })).toEqual(['Dr.', 'Meier sagte: «Ja.', 'Nein.»']);
  });

  it('reports what it cannot use, with line and column', () => {
    const broken = loadSrx(read('broken.srx'), 'broken.srx');
    expect(broken.diagnostics.map((d) => [d.ruleId, d.severity, d.place?.start.line, d.place?.start.column])).toEqual([
      ['srx-invalid-regex', 'error', 7, 9],
      ['srx-unknown-language-rule', 'error', 18, 7],
    ]);
    const malformed = loadSrx(read('malformed.srx'), 'malformed.srx');
    expect(malformed.diagnostics[0]).toMatchObject({ ruleId: 'srx-xml-error', severity: 'error', place: { start: { line: 5 } } });
    expect(loadSrx('<tmx/>', 'x.srx').diagnostics[0].ruleId).toBe('srx-not-srx');
  });
});

describe('Java regex translation', () => {
  it.each([
    ['\\Q(Red.)\\E', '\\(Red\\.\\)'],
    ['a++b', 'a+b'],
    ['(?>ab)', '(?:ab)'],
    ['\\p{javaLowerCase}', '[\\p{Ll}]'],
    ['\\p{Lu}\\.', '\\p{Lu}\\.'],
    ['\\pL', '\\p{L}'],
    ['[\\p{Alpha}-]', '[a-zA-Z-]'],
    ['\\"x\\\'', '"x\''],
    ['\\x{41}', '\\u{41}'],
    ['[]a]', '[\\]a]'],
  ])('%s → %s', (java, js) => {
    const t = translateJavaRegex(java);
    expect(t.errors).toEqual([]);
    expect(t.source).toBe(js);
  });
  it('takes a leading (?i) as a flag and rejects what JS cannot do', () => {
    expect(translateJavaRegex('(?i)abc')).toMatchObject({ source: 'abc', flags: 'i', errors: [] });
    expect(translateJavaRegex('a(?i)b').errors[0]).toMatch(/inline flags/);
    expect(translateJavaRegex('[a-z&&[^b]]').errors.length).toBeGreaterThan(0);
    expect(translateJavaRegex('\\G').errors[0]).toMatch(/\\G/);
  });
  it('makes \\b Unicode-aware like Java', () => {
    const t = translateJavaRegex('\\bÄrzte\\b');
    expect(new RegExp(t.source, 'u').test('die Ärzte kommen')).toBe(true);
  });
});
