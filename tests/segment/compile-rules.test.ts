import { describe, expect, it } from 'vitest';
import { compileRules, RuleCompileError } from '../../src/segment/compile-rules.js';
import { expandMacros } from '../../src/segment/macros.js';
import type { LanguagePack, RuleSet, SegRule } from '../../src/segment/types.js';

const pack: LanguagePack = { code: 'de', lists: { titles: ['Dr', 'Prof'] } };
const ruleSet = (rules: SegRule[]): RuleSet => ({
  name: 'test',
  cascade: false,
  macros: true,
  languageRules: [{ name: 'de', rules }],
  maps: [{ pattern: 'de', languageRule: 'de' }],
});

describe('compileRules', () => {
  it('compiles consecutive rules with the same decision into one run', () => {
    const compiled = compileRules([{ ruleSet: ruleSet([
      { id: 'a', break: false, before: '{list:titles}\\.', after: '\\s' },
      { id: 'b', break: false, before: 'z\\.', after: '\\s' },
      { id: 'c', break: true, before: '\\.', after: '\\s' },
    ]), pack }], 'de');
    expect(compiled.runs.map((r) => r.rules.map((x) => x.id))).toEqual([['a', 'b'], ['c']]);
    expect(compiled.runs[0].test!.source).toContain('Dr');
  });

  it('reports a rule that does not compile by its own id, even inside a run of good ones', () => {
    const rules: SegRule[] = [
      { id: 'good', break: false, before: 'z\\.', after: '\\s' },
      { id: 'broken', break: false, before: '[a-', after: '\\s' },
    ];
    let error: unknown;
    try {
      compileRules([{ ruleSet: ruleSet(rules), pack }], 'de');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleCompileError);
    expect((error as RuleCompileError).rule.id).toBe('broken');
    expect((error as Error).message).toMatch(/rule broken does not compile/);
  });
});

describe('expandMacros', () => {
  it('gives the same expansion with and without the per-compilation list cache', () => {
    const lists = new Map<string, string>();
    for (const direction of ['before', 'after'] as const) {
      const plain = expandMacros('{list:titles}\\.', pack, { titles: ['Hr'] }, direction);
      expect(expandMacros('{list:titles}\\.', pack, { titles: ['Hr'] }, direction, lists)).toBe(plain);
      expect(expandMacros('{list:titles}\\.', pack, { titles: ['Hr'] }, direction, lists)).toBe(plain);
    }
    expect(lists.size).toBe(2);
  });
});
