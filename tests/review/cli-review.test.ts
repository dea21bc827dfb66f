// `diglot review` for scripts and CI, end to end in-process: --list (text and the documented JSON),
// --accept ID… --by NAME (written through sync, shown by the next list, build and coverage), its
// refusals (nothing written), usage errors, and the refusal to ask questions without a terminal.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiglot } from '../helpers/cli.js';
import { copyProject, listFiles, read } from '../helpers/project.js';

const FIXTURE = 'tests/fixtures/review/project';
const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, read(dir, f)]));

interface ListJson {
  items: Array<{ id: string; ref: string; also: string[]; slug: string; document: string; resource: string; line: number; column: number; reason: string; status: string; de: string; en: string | null; provenance?: { kind: string }; suggestion?: { en: string; score: number; diff: unknown[] }; accept: { en: string; from: string } | null; terms: unknown[]; findings: Array<{ ruleId: string }> }>;
  counts: Record<string, number>;
  total: number;
  diagnostics: unknown[];
  summary: { errors: number; warnings: number; infos: number };
}

async function list(dir: string, extra: string[] = []): Promise<ListJson> {
  const res = await runDiglot(['review', '--list', '--format', 'json', ...extra], { cwd: dir });
  expect(res.code, res.stderr).toBe(0);
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout) as ListJson;
}
const refOf = (l: ListJson, reason: string) => l.items.find((i) => i.reason === reason)!.ref;

describe('diglot review --list', () => {
  it('prints one line per sentence with its place, reason and id, and what to do next', async () => {
    const dir = copyProject(FIXTURE);
    const res = await runDiglot(['review', '--list'], { cwd: path.join(dir, 'locales/de') });
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^gipfel\.md:6:1 {2}aligned {2}s[0-9a-f]{8} {2}"Der Gipfel beginnt am Montag\." → "The meeting starts on Monday\." {2}\(1 QA finding\)$/);
    expect(lines[5]).toMatch(/^gipfel\.md:10:1 {2}memory {2}gipfel:s[0-9a-f]{8} {2}"Archivbild: KEYSTONE" → "Archive image: KEYSTONE"$/);
    expect(lines[7]).toBe('7 sentences need a decision: 2 missing, 1 stale, 1 fuzzy, 1 memory, 1 aligned, 1 imported');
  });

  it('--format json: the documented shape, counts per reason, no diagnostics', async () => {
    const l = await list(copyProject(FIXTURE));
    expect(l.total).toBe(7);
    expect(l.items).toHaveLength(7);
    expect(l.counts).toEqual({ missing: 2, stale: 1, fuzzy: 1, memory: 1, aligned: 1, imported: 1, unreviewed: 0 });
    expect(l.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    const stale = l.items.find((i) => i.reason === 'stale')!;
    expect(Object.keys(stale)).toEqual(['id', 'ref', 'also', 'slug', 'document', 'resource', 'line', 'column', 'reason', 'status', 'de', 'en', 'suggestion', 'accept', 'terms', 'findings']);
    expect(stale).toMatchObject({ slug: 'gipfel', document: 'locales/de/gipfel.md', resource: 'locales/en/gipfel.json', line: 8, column: 1, status: 'stale', en: null, accept: { en: 'The delegations leave today.', from: 'suggestion' } });
    expect(stale.suggestion).toMatchObject({ en: 'The delegations leave today.', score: 86 });
    expect(l.items.find((i) => i.reason === 'missing')!.accept).toBeNull();
    expect(l.items.find((i) => i.reason === 'aligned')!.findings.map((f) => f.ruleId)).toEqual(['term-missing-in-target']);
    // --all, --only and SOURCE narrow or widen the list
    expect((await list(copyProject(FIXTURE), ['--all'])).counts.unreviewed).toBe(4);
    expect((await list(copyProject(FIXTURE), ['--only', 'stale,memory'])).items.map((i) => i.reason)).toEqual(['stale', 'memory']);
    expect((await list(copyProject(FIXTURE), ['--all', 'locales/de/bericht.md'])).items.map((i) => i.slug)).toEqual(['bericht', 'bericht', 'bericht']);
  });
});

describe('diglot review --accept', () => {
  it('accepts suggestions and marks English reviewed, with reviewer and date; the next list, build and coverage show it', async () => {
    const dir = copyProject(FIXTURE);
    const l = await list(dir);
    const refs = ['stale', 'imported', 'memory'].map((r) => refOf(l, r));
    const res = await runDiglot(['review', '--accept', ...refs, '--by', 'A. Editor', '--date', '2026-12-08'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^locales\/de\/gipfel\.md:8:1: unit s[0-9a-f]{8} accepted: "The delegations leave today\." \(by A\. Editor, 2026-12-08\)$/m);
    expect(res.stdout).toMatch(/^locales\/de\/gipfel\.md:6:31: unit s[0-9a-f]{8} marked reviewed: "The foreign ministers met on the sidelines\." \(by A\. Editor, 2026-12-08\)$/m);
    expect(res.stdout).toMatch(/^wrote locales\/en\/gipfel\.json, \.diglot\/locales\/en\/gipfel\.orphans\.json, \.diglot\/locales\/en\/gipfel\.diglot\.json$/m);
    const sidecar = JSON.parse(read(dir, '.diglot/locales/en/gipfel.diglot.json')) as { entries: Record<string, Record<string, unknown>> };
    expect(sidecar.entries['Archivbild: KEYSTONE']).toMatchObject({ status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08', provenance: { kind: 'memory', document: 'bericht' } });
    expect((await list(dir)).counts).toEqual({ missing: 2, stale: 0, fuzzy: 1, memory: 0, aligned: 1, imported: 0, unreviewed: 0 });
    const coverage = await runDiglot(['coverage', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(coverage.stdout).documents.find((d: { path: string }) => d.path === 'locales/de/gipfel.md')).toMatchObject({ reviewed: 4 });
    // exit 1: the aligned sentence still has its term error; the pages are written all the same
    expect((await runDiglot(['build'], { cwd: dir })).code).toBe(1);
    const review = read(dir, 'dist/gipfel.review.html');
    // the page chrome speaks the source language by default (publish.interface)
    expect(review).toContain('aus dem Übersetzungsspeicher · Artikel bericht · <code>locales/en/bericht.json</code> · <span class="reviewed">geprüft von A. Editor am <time datetime="2026-12-08">2026-12-08</time></span>');
    expect(read(dir, 'dist/gipfel.html')).not.toContain('A. Editor');
  });

  it('--format json: what was accepted, by whom and when, and the files written', async () => {
    const dir = copyProject(FIXTURE);
    const ref = refOf(await list(dir), 'fuzzy');
    const res = await runDiglot(['review', '--accept', ref, '--by', 'A. Editor', '--date', '2026-12-08T15:30+01:00', '--format', 'json'], { cwd: dir });
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      accepted: [{ id: ref, ref, slug: 'gipfel', document: 'locales/de/gipfel.md', resource: 'locales/en/gipfel.json', en: 'The foreign ministers met on the sidelines.', from: 'suggestion', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T14:30:00Z' }],
      dryRun: false,
      wrote: ['locales/en/gipfel.json', '.diglot/locales/en/gipfel.orphans.json', '.diglot/locales/en/gipfel.diglot.json'],
      diagnostics: [],
      summary: { errors: 0, warnings: 0, infos: 0 },
    });
  });

  it('refuses English with QA errors unless --force, unknown or empty units, and writes nothing then', async () => {
    const dir = copyProject(FIXTURE);
    const l = await list(dir);
    const before = snapshot(dir);
    const qa = await runDiglot(['review', '--accept', refOf(l, 'aligned'), refOf(l, 'stale'), '--by', 'A. Editor'], { cwd: dir });
    expect(qa.code).toBe(2);
    expect(qa.stderr).toMatch(/^locales\/de\/gipfel\.md:6:1: error review-accept-has-errors: unit s[0-9a-f]{8}: the English to accept has 1 QA error \(term-missing-in-target\)/m);
    expect(qa.stderr).toContain('or accept it anyway with --force; nothing was written');
    const bad = await runDiglot(['review', '--accept', refOf(l, 'stale'), 's00000000', refOf(l, 'missing'), '--by', 'A. Editor'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error review-unknown-unit: no unit "s00000000" in the project/);
    expect(bad.stderr).toMatch(/^locales\/de\/gipfel\.md:8:83: error review-nothing-to-accept:/m);
    const ambiguous = await runDiglot(['review', '--accept', refOf(l, 'memory').split(':')[1], '--by', 'A. Editor'], { cwd: dir });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/error review-ambiguous-unit: .*\n {2}hint: name it with its article: bericht:s[0-9a-f]{8}, gipfel:s[0-9a-f]{8}/);
    expect(snapshot(dir)).toEqual(before);
    const forced = await runDiglot(['review', '--accept', refOf(l, 'aligned'), '--by', 'A. Editor', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('marked reviewed: "The meeting starts on Monday."');
  });

  it('says a reviewed unit needs nothing; --dry-run shows the change and writes nothing', async () => {
    const dir = copyProject(FIXTURE);
    const l = await list(dir, ['--all']);
    const before = snapshot(dir);
    const titleId = (await runDiglot(['segment', 'locales/de/gipfel.md', '--format', 'json'], { cwd: dir })).stdout.match(/"id": "(s[0-9a-f]{8})"/)![1];
    const reviewed = await runDiglot(['review', '--accept', titleId, '--by', 'A. Editor'], { cwd: dir });
    expect(reviewed.code).toBe(0);
    expect(reviewed.stderr).toMatch(/^locales\/de\/gipfel\.md:2:8: info review-already-reviewed: unit s[0-9a-f]{8} is already reviewed by anna on 2026-11-30; nothing to do/m);
    expect(reviewed.stdout).toBe('');
    const dry = await runDiglot(['review', '--accept', refOf(l, 'unreviewed'), '--by', 'A. Editor', '--dry-run'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('— not written (--dry-run)');
    expect(dry.stdout).toMatch(/^\+.*"reviewedBy":"A\. Editor"/m);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('diglot check --require reviewed', () => {
  it('points at diglot review for each unit without a review', async () => {
    const dir = copyProject(FIXTURE);
    const ref = refOf(await list(dir), 'imported');
    const res = await runDiglot(['check', '--require', 'reviewed'], { cwd: dir });
    expect(res.code).toBe(1);
    const out = res.stdout + res.stderr;
    expect(out).toContain(`error require-reviewed: the English is not reviewed: "Die Aussenminister trafen sich am Rand."\n  hint: review the English: \`diglot review\` in a terminal, or \`diglot review --accept ${ref} --by NAME\` (recorded as reviewedBy in the sidecar)`);
    expect(out).toMatch(/error require-reviewed: the unit is missing: "Ein neuer Satz ohne Englisch\."\n {2}hint: translate this segment in the resource, or decide it with `diglot review` in a terminal/);
  });
});

describe('diglot review: usage', () => {
  it.each([
    [['--accept', 'x'], /--accept needs --by NAME/],
    [['--accept', '--by', 'A'], /--accept needs the ids of the units to accept/],
    [['--list', '--accept', 'x', '--by', 'A'], /--list and --accept exclude each other/],
    [['--format', 'json'], /--format goes with --list or --accept/],
    [['--list', '--by', 'A'], /--by goes with --accept or the terminal review/],
    [['--list', '--force'], /--force goes with --accept/],
    [['--accept', 'x', '--by', ' '], /--by: the reviewer needs a name/],
    [['--accept', 'x', '--by', 'A', '--date', '2026-02-30'], /--date needs an ISO 8601 date/],
    [['--list', '--only', 'stael'], /--only takes missing, stale, fuzzy, memory, aligned, imported, unreviewed, got "stael"/],
  ])('%j is a usage error (exit 2), before anything is read', async (argv, message) => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-review-'));
    const res = await runDiglot(['review', ...argv], { cwd: empty });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
  });

  it('names a SOURCE that is not an article of the project', async () => {
    const res = await runDiglot(['review', '--list', 'locales/de/nope.md'], { cwd: copyProject(FIXTURE) });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('not a source of the run definition: locales/de/nope.md');
  });

  it('refuses to ask questions without a terminal: exit 2, the way out for scripts', async () => {
    const dir = copyProject(FIXTURE);
    const before = snapshot(dir);
    const res = await runDiglot(['review'], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(
      'error review-needs-terminal: diglot review asks about each sentence in a terminal, and stdin or stdout is not one\n' +
        '  hint: in scripts and CI: `diglot review --list [--format json]` shows what needs a decision, `diglot review --accept ID… --by NAME` accepts it\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
