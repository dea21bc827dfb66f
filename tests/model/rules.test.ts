// The rule catalogue is the one list of rule ids: every id the code writes is in it (the RuleId type
// checks literals at compile time; this also catches ids built at run time or cast), SARIF and the
// README take their rule data from it, and fatality is the rule's own property.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/project.js';
import { RULE_IDS, RULES, isFatal, isRuleId, isWaivable, ruleSpec } from '../../src/model/rules.js';
import { formatRuleTable } from '../../src/report/rule-table.js';
import { toSarif } from '../../src/report/index.js';

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

/** Rule-id-shaped string literals where diagnostics are made or rule ids are passed on. */
function idsInSource(): Set<string> {
  const ids = new Set<string>();
  const patterns = [
    /ruleId: ?'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g,
    /(?:syntax|unknownKey|invalid|unreadableRuleId): '([a-z]+(?:-[a-z0-9]+)+)'/g,
    /readInput(?:File|Bytes)\([^)]*?'([a-z]+-unreadable)'/g,
  ];
  for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
    if (file.endsWith(path.join('model', 'rules.ts'))) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) ids.add(m[1]);
  }
  return ids;
}

describe('rule catalogue', () => {
  it('holds every rule id the code writes', () => {
    const ids = idsInSource();
    expect(ids.size).toBeGreaterThan(90);
    expect([...ids].filter((id) => !isRuleId(id)).sort()).toEqual([]);
  });

  it('says for each rule its severity, stage and meaning; fatal rules are errors', () => {
    expect(RULE_IDS.length).toBeGreaterThan(150);
    for (const id of RULE_IDS) {
      const spec = ruleSpec(id);
      expect(spec.description.length, id).toBeGreaterThan(10);
      expect(spec.stage, id).toMatch(/^[a-z]+$/);
      if (spec.fatal) expect(spec.severity, id).toBe('error');
    }
    expect(isFatal('config-invalid-yaml')).toBe(true);
    expect(isFatal('resource-invalid-json')).toBe(true);
    // a broken translation memory or a missing resource never stops a command
    expect(isFatal('memory-invalid-json')).toBe(false);
    expect(isFatal('resource-missing')).toBe(false);
    expect(isWaivable('entity-extra')).toBe(true);
    expect(isWaivable('translation-missing')).toBe(false);
    expect(isWaivable('no-such-rule')).toBe(false);
    expect(Object.keys(RULES)).toEqual(RULE_IDS);
  });

  it('is the README Messages table, row for row (`npm run docs` regenerates it)', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const table = formatRuleTable();
    expect(table.split('\n').length).toBe(RULE_IDS.length + 3);
    expect(readme).toContain(table);
  });

  it('gives SARIF its rule metadata: level and description from the catalogue', () => {
    const log = toSarif([{ ruleId: 'entity-extra', severity: 'warning', message: 'm', file: 'a.md' }]) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; defaultConfiguration: { level: string }; shortDescription: { text: string }; fullDescription: { markdown: string } }> } } }> };
    const [rule] = log.runs[0].tool.driver.rules;
    expect(rule.id).toBe('entity-extra');
    expect(rule.defaultConfiguration.level).toBe('warning');
    expect(rule.fullDescription.markdown).toBe(ruleSpec('entity-extra').description);
    expect(rule.shortDescription.text).not.toContain('`');
  });
});
