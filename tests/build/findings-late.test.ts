// A built article's findings wait in its staged cache entry until the edition is written (so that a
// large build never holds every finding and the commit's data at once); the writing sees only those
// it depends on (fatal ones, those a waiver suppresses). Whether they come back before the writing
// (a gate or --require reads them), after it, or never left memory (no cache), the findings are the
// same: waived infos and unused waivers included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { builtFindingsAside, checkFindingsAside, resultBeforeWriting, setFindingsAside, type Built } from '../../src/build/build-article.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/check/waivers/project');
let tmp: string;
let project: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-late-'));
  project = path.join(tmp, 'project');
  fs.cpSync(FIXTURE, project, { recursive: true });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const fresh = () => {
  fs.rmSync(path.join(project, '.diglot'), { recursive: true, force: true });
  fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true });
};

describe('findings read back after the writing', () => {
  it('are the findings of a build that held them, or read them back before writing', async () => {
    const held = await buildProject({ cwd: project, jobs: 1, cache: false });
    const rules = held.diagnostics.map((d) => d.ruleId);
    // the fixture has waived findings and an unused waiver: what the writing needs early
    expect(held.diagnostics.filter((d) => d.suppression).length).toBeGreaterThan(0);
    expect(rules).toContain('waiver-unused');
    fresh();
    const late = await buildProject({ cwd: project, jobs: 1 });
    expect(late.stats.rebuilt).toBe(late.stats.articles);
    expect(late.write).toBeDefined();
    expect(late.diagnostics).toEqual(held.diagnostics);
    fresh();
    // a gate reads every finding before anything is written: they come back first
    let seen: Diagnostic[] = [];
    const gated = await buildProject({ cwd: project, jobs: 1, gate: ({ diagnostics }) => ((seen = diagnostics), []) });
    expect(seen).toEqual(held.diagnostics);
    expect(gated.diagnostics).toEqual(held.diagnostics);
  });

  it("a large project's cached articles read their findings again after the writing: the same findings", async () => {
    const first = await buildProject({ cwd: project, jobs: 1 });
    // nothing changed: every article cached
    const held = await buildProject({ cwd: project, jobs: 1 });
    const again = await buildProject({ cwd: project, jobs: 1, cachedFindingsLateFrom: 0 });
    expect(again.stats.reused).toBe(again.stats.articles);
    expect(held.diagnostics).toEqual(first.diagnostics);
    expect(again.diagnostics).toEqual(held.diagnostics);
    // one article of four edited: the others cached, their findings read again; the same as a cold build
    project = path.join(tmp, 'four');
    fs.cpSync(path.resolve(import.meta.dirname, '../fixtures/build-incremental'), project, { recursive: true });
    await buildProject({ cwd: project, jobs: 1 });
    const file = path.join(project, 'locales/de/gipfel.md');
    const text = fs.readFileSync(file, 'utf8');
    const at = text.indexOf('. ', text.indexOf('---', 4));
    expect(at).toBeGreaterThan(0);
    fs.writeFileSync(file, `${text.slice(0, at)} heute${text.slice(at)}`);
    const late = await buildProject({ cwd: project, jobs: 1, cachedFindingsLateFrom: 0 });
    expect(late.stats.rebuilt).toBeGreaterThan(0);
    expect(late.stats.reused).toBeGreaterThan(0);
    fs.rmSync(path.join(project, '.diglot'), { recursive: true, force: true });
    fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true });
    const cold = await buildProject({ cwd: project, jobs: 1, cache: false });
    expect(late.diagnostics).toEqual(cold.diagnostics);
  });

  it("a cached article's entry gone before the writing stops the build, nothing written", async () => {
    await buildProject({ cwd: project, jobs: 1 });
    fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true });
    const onProgress = ({ stage, done }: { stage: string; done: number }) => {
      if (stage === 'project' && done === 0) fs.rmSync(path.join(project, '.diglot'), { recursive: true, force: true });
    };
    const err = await buildProject({ cwd: project, jobs: 1, cachedFindingsLateFrom: 0, onProgress }).catch((e: unknown) => e);
    expect((err as { diagnostics?: Array<{ ruleId: string }> }).diagnostics).toEqual([expect.objectContaining({ ruleId: 'build-concurrent-edit' })]);
    expect(fs.existsSync(path.join(project, 'dist'))).toBe(false);
  });

  it('a cache entry changed after the writing: the edition stands, the build stops with build-concurrent-edit', async () => {
    const cacheDir = path.join(project, '.diglot/cache/build');
    let spoilt = 0;
    const onProgress = ({ stage, done }: { stage: string; done: number }) => {
      // 'write' is reported just before the edition is committed, after the entries were checked
      if (stage !== 'write' || done !== 0) return;
      for (const f of fs.readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))) {
        fs.writeFileSync(path.join(cacheDir, f), 'spoilt');
        spoilt++;
      }
    };
    const err = await buildProject({ cwd: project, jobs: 1, onProgress }).catch((e: unknown) => e);
    expect(spoilt).toBeGreaterThan(0);
    const found = (err as { diagnostics?: Array<{ ruleId: string }> }).diagnostics;
    expect(found).toEqual([expect.objectContaining({ ruleId: 'build-concurrent-edit' })]);
    expect(fs.readdirSync(path.join(project, 'dist')).filter((n) => n.endsWith('.html')).length).toBeGreaterThan(0);
    // nothing of the spoilt entries was kept: the next build builds every article again
    const next = await buildProject({ cwd: project, jobs: 1 });
    expect(next.stats.rebuilt).toBe(next.stats.articles);
  });
});

describe('what the writing sees of findings set aside', () => {
  const finding = (ruleId: Diagnostic['ruleId'], severity: Diagnostic['severity'], extra: Partial<Diagnostic> = {}): Diagnostic => ({ ruleId, severity, message: ruleId, ...extra });
  const built = (): Built => ({
    result: {
      segmentDiagnostics: [finding('segment-unbalanced-quote', 'warning'), finding('build-concurrent-edit', 'error')],
      matchDiagnostics: [finding('translation-stale', 'warning')],
      checkDiagnostics: [finding('number-mismatch', 'info', { suppression: { kind: 'external', justification: 'r', by: 'A. Editor', severity: 'error' } }), finding('entity-extra', 'warning')],
      require: [],
    } as unknown as Built['result'],
    staged: [],
  });

  it('keeps the fatal findings and those a waiver suppresses, in order; the rest only in the cache', () => {
    const b = setFindingsAside(built(), 'k');
    expect(b.result.segmentDiagnostics).toEqual([]);
    const seen = resultBeforeWriting(b);
    expect(seen.segmentDiagnostics.map((d) => d.ruleId)).toEqual(['build-concurrent-edit']);
    expect(seen.matchDiagnostics).toEqual([]);
    expect(seen.checkDiagnostics.map((d) => d.ruleId)).toEqual(['number-mismatch']);
  });

  it('an entry gone before the writing stops the build there', () => {
    const b = setFindingsAside(built(), '0123456789abcdef0123456789abcdef');
    const keys = builtFindingsAside([b]).map((f) => f.key);
    expect(keys).toEqual(['0123456789abcdef0123456789abcdef']);
    expect(() => checkFindingsAside(keys, () => true, '.diglot/cache/build')).not.toThrow();
    expect(() => checkFindingsAside(keys, () => false, '.diglot/cache/build')).toThrow(/the build cache entry changed/);
  });
});
