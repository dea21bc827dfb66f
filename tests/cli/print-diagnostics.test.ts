// A huge path on the command line or in a message does not become megabytes of stderr.
import { describe, expect, it } from 'vitest';
import { runDiglot } from '../helpers/cli.js';
import { copyProject } from '../helpers/project.js';

describe('messages with huge paths are clipped', () => {
  it('segment with a 300 KB file name: one short error line, exit 2', async () => {
    const huge = `${'verzeichnis/'.repeat(25_000)}artikel.md`;
    const res = await runDiglot(['segment', huge], { cwd: copyProject('tests/fixtures/sync/basic') });
    expect(res.code).toBe(2);
    expect(res.stderr.length).toBeLessThan(3_000);
    expect(res.stderr).toMatch(/^verzeichnis\/verzeichnis\/.*….*artikel\.md: error input-unreadable: cannot read verzeichnis\/.*…/);
  });

  it('sync with a huge unknown source: the usage error is clipped too', async () => {
    const huge = `${'x'.repeat(200_000)}.md`;
    const res = await runDiglot(['sync', huge], { cwd: copyProject('tests/fixtures/sync/basic') });
    expect(res.code).toBe(2);
    expect(res.stderr.length).toBeLessThan(3_000);
    expect(res.stderr).toContain('not a source of the run definition: xxx');
  });
});
