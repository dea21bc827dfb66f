// The README keeps up with the code: the two set-up commands are there, the sections the project
// promises, and the screenshots it shows exist (the Messages table: tests/model/rules.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/project.js';

const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

describe('README', () => {
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
