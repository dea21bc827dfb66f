// A build that changes a few articles reads the cross-article data of only the cached articles its
// questions need (build/cached-cross.ts, build/change-reach.ts). Whatever the edits — German or
// English of a sentence other articles share, an article withdrawn or added, memory leverage that
// fills English — its edition and findings are those of a full build from scratch, and an edit to
// one sentence reads a few articles, not the project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { fullBuildOf, snapshot } from '../helpers/edition-snapshot.js';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-targeted-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SHARED = ['Der Rat tagt am Montag.', 'Die Sitzung ist öffentlich.', 'Das Protokoll folgt.', 'Die Stadt wächst.', 'Der Zug fährt um acht Uhr.'];
const ENGLISH = [
  ['The council meets on Monday.', 'The council sits on Monday.'],
  ['The meeting is public.', 'The session is open to the public.'],
  ['The minutes follow.', 'Minutes will follow.'],
  ['The city is growing.', 'The town grows.'],
  ['The train leaves at eight.', 'The train departs at 8.'],
];

/** An article: its own sentence, the shared sentences it uses with the English variant of each (-1: no English). */
interface Spec {
  own: string;
  shared: Array<[sentence: number, variant: number]>;
}

function writeArticle(dir: string, slug: string, spec: Spec): void {
  const de = [spec.own, ...spec.shared.map(([s]) => SHARED[s])];
  fs.writeFileSync(path.join(dir, `locales/de/${slug}.md`), `---\nslug: ${slug}\n---\n\n${de.join(' ')}\n`);
  const en: Record<string, string> = { [spec.own]: `English of ${spec.own}` };
  for (const [s, v] of spec.shared) if (v >= 0) en[SHARED[s]] = ENGLISH[s][v];
  fs.writeFileSync(path.join(dir, `locales/en/${slug}.json`), `${JSON.stringify(en, null, 2)}\n`);
}

function makeProject(dir: string, count: number, leverage: 'fill' | 'suggest'): Map<string, Spec> {
  for (const sub of ['locales/de', 'locales/en', 'pipeline']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), `sources: [locales/de/*.md]\noutputs: [html, review, json, coverage, index]\nmatch:\n  leverage: ${leverage}\n`);
  const specs = new Map<string, Spec>();
  for (let k = 0; k < count; k++) {
    const spec: Spec = { own: `Artikel ${k} beginnt hier.`, shared: [[k % 5, k % 7 === 0 ? 1 : 0], [(k + 2) % 5, k % 4 === 1 ? -1 : 0]] };
    const slug = `a${String(k).padStart(2, '0')}`;
    specs.set(slug, spec);
    writeArticle(dir, slug, spec);
  }
  return specs;
}

type Edit =
  | { kind: 'own'; article: number }
  | { kind: 'swap'; article: number; slot: number; sentence: number }
  | { kind: 'english'; article: number; slot: number; variant: number }
  | { kind: 'withdraw'; article: number }
  | { kind: 'add'; sentence: number; variant: number };

function applyEdit(dir: string, specs: Map<string, Spec>, e: Edit, step: number): void {
  const slugs = [...specs.keys()];
  const slug = 'article' in e ? slugs[e.article % slugs.length] : `n${step}`;
  const spec = specs.get(slug);
  if (e.kind === 'withdraw' && spec) {
    fs.rmSync(path.join(dir, `locales/de/${slug}.md`));
    fs.rmSync(path.join(dir, `locales/en/${slug}.json`));
    specs.delete(slug);
    return;
  }
  if (e.kind === 'add') {
    const added: Spec = { own: `Neu ${step} erscheint.`, shared: [[e.sentence, e.variant]] };
    specs.set(slug, added);
    return writeArticle(dir, slug, added);
  }
  if (!spec) return;
  if (e.kind === 'own') spec.own = spec.own.replace('.', ' heute.');
  if (e.kind === 'swap') spec.shared[e.slot % spec.shared.length] = [e.sentence, 0];
  if (e.kind === 'english') spec.shared[e.slot % spec.shared.length][1] = e.variant;
  writeArticle(dir, slug, spec);
}

// the first articles are those the others' memory look-ups and inconsistent translations point to
const article = fc.oneof(fc.nat(5), fc.nat(40));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('own' as const), article }),
  fc.record({ kind: fc.constant('swap' as const), article, slot: fc.nat(1), sentence: fc.nat(4) }),
  fc.record({ kind: fc.constant('english' as const), article, slot: fc.nat(1), variant: fc.integer({ min: -1, max: 1 }) }),
  fc.record({ kind: fc.constant('withdraw' as const), article }),
  fc.record({ kind: fc.constant('add' as const), sentence: fc.nat(4), variant: fc.integer({ min: -1, max: 1 }) }),
);

describe('a build that changes a few articles', () => {
  it('an edit to one sentence of one article reads a few cached articles, and gives the full build\'s edition', async () => {
    const dir = path.join(tmp, 'p');
    const specs = makeProject(dir, 30, 'suggest');
    const cold = await buildProject({ cwd: dir, jobs: 1 });
    expect(cold.stats).toMatchObject({ articles: 30, rebuilt: 30, crossRead: 0 });
    applyEdit(dir, specs, { kind: 'own', article: 3 }, 0);
    const edited = await buildProject({ cwd: dir, jobs: 1 });
    expect(edited.stats).toMatchObject({ rebuilt: 1, reused: 29, workers: 0 });
    // its shared sentences have the same English in most articles: only those with other English are read
    expect(edited.stats.crossRead).toBeGreaterThan(0);
    expect(edited.stats.crossRead).toBeLessThanOrEqual(6);
    const full = await fullBuildOf(dir, tmp);
    expect(snapshot(path.join(dir, 'dist'))).toEqual(full.files);
    expect(edited.diagnostics.filter((d) => d.source !== 'write')).toEqual(full.findings);
    // the same build reading every cached article reads all 29
    applyEdit(dir, specs, { kind: 'own', article: 3 }, 1);
    const all = await buildProject({ cwd: dir, jobs: 1, targeted: false });
    expect(all.stats).toMatchObject({ rebuilt: 1, crossRead: 29 });
  }, 60_000);

  it("English that another article lacks, edited: that article's memory suggestion follows", async () => {
    const dir = path.join(tmp, 'm');
    const specs = makeProject(dir, 14, 'fill');
    await buildProject({ cwd: dir, jobs: 1 });
    // a13 has no English for the first shared sentence; a00 is the first article that has it
    expect(specs.get('a13')!.shared[1]).toEqual([0, -1]);
    applyEdit(dir, specs, { kind: 'english', article: 0, slot: 0, variant: 0 }, 0);
    const b = await buildProject({ cwd: dir, jobs: 1 });
    // a00 and the five articles with the sentence: a13 (memory) and four whose inconsistent-translation answers change
    expect(b.stats).toMatchObject({ rebuilt: 6, reused: 8 });
    expect(fs.readFileSync(path.join(dir, 'dist/a13.json'), 'utf8')).toContain(ENGLISH[0][0]);
    const full = await fullBuildOf(dir, tmp);
    expect(snapshot(path.join(dir, 'dist'))).toEqual(full.files);
    expect(b.diagnostics.filter((d) => d.source !== 'write')).toEqual(full.findings);
  }, 60_000);

  it('after any sequence of edits, the targeted build gives the full build\'s edition and findings', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('fill' as const, 'suggest' as const), fc.array(edit, { minLength: 1, maxLength: 3 }), async (leverage, edits) => {
        const dir = path.join(tmp, `run-${run++}`);
        const specs = makeProject(dir, 14, leverage);
        await buildProject({ cwd: dir, jobs: 1 });
        for (const [step, e] of edits.entries()) {
          applyEdit(dir, specs, e, step);
          const b = await buildProject({ cwd: dir, jobs: 1 });
          expect(b.stats.workers).toBe(0);
          const full = await fullBuildOf(dir, tmp);
          expect(snapshot(path.join(dir, 'dist'))).toEqual(full.files);
          expect(b.diagnostics.filter((d) => d.source !== 'write')).toEqual(full.findings);
        }
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 16 },
    );
  }, 240_000);
});
