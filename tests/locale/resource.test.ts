import { describe, expect, it } from 'vitest';
import { localeDirs, parseResource } from '../../src/locale/index.js';

describe('parseResource', () => {
  it('reads a flat object of strings', () => {
    const r = parseResource('{"Das Bündnis wächst.": "The alliance is growing."}', 'x.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.entries.get('Das Bündnis wächst.')).toBe('The alliance is growing.');
  });

  it('locates a JSON syntax error by line and column', () => {
    const r = parseResource('{\n  "a": "b"\n  "c": "d"\n}', 'x.json');
    expect(r.diagnostics[0].ruleId).toBe('resource-invalid-json');
    expect(r.diagnostics[0].place?.start.line).toBe(3);
    expect(r.entries.size).toBe(0);
  });

  it('accounts for a BOM in positions', () => {
    const r = parseResource('\uFEFF{\n "a": }', 'x.json');
    expect(r.diagnostics[0].place?.start).toMatchObject({ line: 2 });
  });

  it('rejects nested values (keySeparator is off) at their key', () => {
    const r = parseResource('{\n"ok": "fine",\n"nested": {"x": "y"}\n}', 'x.json');
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['resource-non-string-value']);
    expect(r.diagnostics[0].place?.start.line).toBe(3);
    expect(r.entries.get('ok')).toBe('fine');
  });
});

describe('localeDirs', () => {
  it('tries the full tag, then the primary subtag', () => {
    expect(localeDirs('locales', 'en-GB')).toEqual(['locales/en-GB', 'locales/en']);
    expect(localeDirs('locales', 'en')).toEqual(['locales/en']);
  });
});
