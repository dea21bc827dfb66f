// `diglot glossary mine` end to end: on the sample project (judged against the gold list), on align
// output without a project, paste-ready YAML, JSON, and the input errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, repoRoot } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';
import { parseGlossary } from '../../src/glossary/index.js';
import type { MinedCandidate, MinedConflict } from '../../src/mine/index.js';

const fixtures = path.join(repoRoot, 'tests/fixtures/mine');
const gold = new Map(
  fs.readFileSync(path.join(fixtures, 'gold/sample.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const [de, en, verdict] = l.split('\t');
    return [`${de}\t${en}`, verdict === 'yes'] as const;
  }),
);

function bareDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-mine-'));
  for (const f of ['align-output.json', 'glossary.yaml', 'broken.json']) fs.copyFileSync(path.join(fixtures, f), path.join(dir, f));
  return dir;
}

describe('diglot glossary mine', () => {
  it('on the sample project: every candidate judged in the gold list, precision ≥ 0.9, no existing entry proposed', async () => {
    const dir = copyProject('.', ['pipeline', 'locales', '.diglot', 'glossary']);
    const run = await runDiglot(['glossary', 'mine', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const { candidates, summary } = JSON.parse(run.stdout) as { candidates: MinedCandidate[]; summary: { pairs: number } };
    expect(summary.pairs).toBe(47);
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    const verdicts = candidates.slice(0, 20).map((c) => gold.get(`${c.de}\t${c.en}`));
    expect(verdicts.filter((v) => v === undefined)).toEqual([]);
    expect(verdicts.filter(Boolean).length / verdicts.length).toBeGreaterThanOrEqual(0.9);
    const existing = new Set(['Aussenminister', 'Bündnis', 'Präsident', 'Botschafter', 'Sicherheitsexperte']);
    expect(candidates.filter((c) => existing.has(c.de))).toEqual([]);
    expect(candidates.find((c) => c.de === 'Trump')).toMatchObject({ copied: true, kind: 'name' });
    expect(candidates[0].evidence[0].where).toMatch(/^locales\/de\/trump-russland-china\.md:\d+:\d+$/);
  });

  it('align output without a project: YAML ready to paste (a valid glossary, status proposed), conflicts as comments', async () => {
    const dir = bareDir();
    const run = await runDiglot(['glossary', 'mine', '--pairs', 'align-output.json', '--glossary', 'glossary.yaml', '--out', 'mined.yaml'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/6 candidates, 1 conflict with existing entries, from 12 aligned pairs/);
    const yaml = fs.readFileSync(path.join(dir, 'mined.yaml'), 'utf8');
    const parsed = parseGlossary(yaml, 'mined.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.entries.map((e) => [e.de, e.en[0], e.status])).toEqual([
      ['Flüchtling', 'refugee', 'proposed'],
      ['Sicherheitsrat', 'Security Council', 'proposed'],
      ['Genf', 'Geneva', 'proposed'],
      ['Vereinten Nationen', 'United Nations', 'proposed'],
      ['Waffenruhe', 'ceasefire', 'proposed'],
      ['Guterres', 'Guterres', 'proposed'],
    ]);
    expect(yaml).toMatch(/# 2\. score [\d.]+ · Dice 1 · G² [\d.]+ · 3 of 3 pairs/);
    expect(yaml).toMatch(/# align-output\.json pair 1: Der Sicherheitsrat tagte am Montag in Genf\. ↔ The Security Council met in Geneva on Monday\./);
    expect(yaml).toMatch(/copied unchanged into the English \(a name\?\)[\s\S]*- de: Guterres\n\s+en: Guterres\n\s+status: proposed\n\s+pos: proper noun/);
    expect(yaml).toMatch(/# conflict: "Gipfel" is approved as "summit", but 3 of 3 aligned pairs lack it; 3 of those use "meeting"/);
    const json = await runDiglot(['glossary', 'mine', '--pairs', 'align-output.json', '--glossary', 'glossary.yaml', '--format', 'json', '--limit', '2'], { cwd: dir });
    const out = JSON.parse(json.stdout) as { candidates: Array<MinedCandidate & { rank: number }>; conflicts: MinedConflict[]; summary: Record<string, number> };
    expect(out.candidates.map((c) => c.rank)).toEqual([1, 2]);
    expect(out.summary).toEqual({ pairs: 12, candidates: 2, conflicts: 1 });
  });

  it('input errors exit 2 with a message and a hint', async () => {
    const dir = bareDir();
    const none = await runDiglot(['glossary', 'mine'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no pairs to mine/);
    const broken = await runDiglot(['glossary', 'mine', '--pairs', 'broken.json', '--glossary', 'glossary.yaml'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.json:3:1: error mine-invalid-input: not valid JSON/m);
    expect(broken.stderr).toMatch(/hint: pass the output of `diglot align/);
    const missing = await runDiglot(['glossary', 'mine', '--pairs', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/error mine-unreadable: cannot read nope\.json: no such file/);
    const format = await runDiglot(['glossary', 'mine', '--pairs', 'align-output.json', '--format', 'csv'], { cwd: dir });
    expect(format.code).toBe(2);
    expect((await runDiglot(['glossary', 'export', '--format', 'json', 'glossary.yaml'], { cwd: dir })).code).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['align-output.json', 'broken.json', 'glossary.yaml']);
  });
});
