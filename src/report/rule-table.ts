// The rule catalogue → README's Messages table (Markdown), one row per rule id in catalogue order.
// `npm run docs` writes it into README.md; tests/docs/readme.test.ts fails when the two differ.
import { RULE_IDS, ruleSpec } from '../model/rules.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The Messages table: rule id, severity (all it can have), stage, meaning → what to do. */
export function formatRuleTable(): string {
  const rows = RULE_IDS.map((id) => {
    const spec = ruleSpec(id);
    const severity = (spec.severities ?? [spec.severity]).join(' / ');
    const flags = [spec.fatal ? 'stops the command' : '', spec.waivable ? 'waivable' : ''].filter(Boolean).join(', ');
    return `| \`${id}\` | ${severity}${flags ? ` (${flags})` : ''} | ${spec.stage} | ${cell(spec.description)} |`;
  });
  return ['| rule id | severity | stage | meaning → what to do |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** `readme` with its Messages table replaced by the generated one (the table right after the heading's intro). */
export function replaceRuleTable(readme: string): string {
  const heading = readme.indexOf('## Messages (rule ids)');
  if (heading < 0) throw new Error('README has no "## Messages (rule ids)" section');
  const start = readme.indexOf('| rule id |', heading);
  const end = readme.indexOf('\n\n', start);
  return readme.slice(0, start) + formatRuleTable() + readme.slice(end + 1);
}
