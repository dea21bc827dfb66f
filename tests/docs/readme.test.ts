// The README keeps up with the code: every rule id the code reports is in the Messages table, the two
// set-up commands are there, and the screenshot it shows exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/project.js';
import { RULES } from '../../src/check/index.js';

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const messages = readme.slice(readme.indexOf('## Messages (rule ids)'), readme.indexOf('## Architecture'));

function sourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

/** Rule ids written as literals where diagnostics are made (`ruleId: '…'`, rule-id tables). */
function ruleIdsInSource(): Set<string> {
  const ids = new Set<string>();
  const patterns = [/ruleId: ?'([a-z][a-z0-9]*(?:-[a-z0-9]+)+)'/g, /(?:syntax|unknownKey|invalid): '([a-z]+(?:-[a-z0-9]+)+)'/g];
  for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) ids.add(m[1]);
  }
  for (const r of RULES) ids.add(r.id);
  return ids;
}

describe('README', () => {
  it('documents every rule id in the Messages table', () => {
    const ids = ruleIdsInSource();
    expect(ids.size).toBeGreaterThan(60);
    const undocumented = [...ids].filter((id) => !messages.includes(`\`${id}\``)).sort();
    expect(undocumented).toEqual([]);
  });

  it('gives the two commands and the sections the project promises', () => {
    expect(readme).toContain('npm ci && npm run edition');
    expect(readme).toContain('npm ci && npm test');
    for (const h of ['## Install', '## Quick start', '## CLI', '## Data formats', '## Messages (rule ids)', '## Architecture', '## Accuracy', '## Benchmarks', '## Contributing']) {
      expect(readme).toContain(`\n${h}\n`);
    }
  });

  it('shows a screenshot that exists', () => {
    const img = /!\[[^\]]*\]\(([^)]+\.png)\)/.exec(readme)?.[1];
    expect(img).toBeDefined();
    expect(fs.existsSync(path.join(repoRoot, img!))).toBe(true);
  });
});
