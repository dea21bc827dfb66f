// The incremental build gives the same bytes as a full build (buildEdition + writeEdition in a fresh
// copy) after every kind of edit — German, English that other articles lean on (project memory,
// inconsistent translations), the glossary, a withdrawn article — reuses what did not change, writes
// nothing when nothing changed, and never trusts a damaged cache entry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../../src/build/build-project.js';
import { CACHE_DIR } from '../../src/build/build-cache.js';
import { buildEdition, writeEdition } from '../../src/project/build-edition.js';
import { freshCopy, snapshot } from '../helpers/edition-snapshot.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/build-incremental');
let tmp: string;
let project: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-incremental-'));
  project = path.join(tmp, 'project');
  fs.cpSync(FIXTURE, project, { recursive: true });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The dist/ a full, non-incremental build of the project as it is now writes into a fresh copy. */
async function fullBuild(): Promise<Record<string, string>> {
  const copy = freshCopy(project, tmp);
  writeEdition(await buildEdition({ cwd: copy }));
  return snapshot(path.join(copy, 'dist'));
}

const edit = (rel: string, from: string, to: string) => {
  const file = path.join(project, rel);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(file, text.replace(from, to));
};

describe('incremental build', () => {
  it('matches a full build after each edit, reusing exactly the articles the edit cannot reach', async () => {
    const cold = await buildProject({ cwd: project, jobs: 1 });
    // gipfel.md is built before wahl.md, whose other English for its German makes it inconsistent: built again
    expect(cold.stats).toMatchObject({ articles: 4, reused: 0, rebuilt: 4, redone: 1 });
    const files = snapshot(path.join(project, 'dist'));
    expect(Object.keys(files).length).toBe(4 * 8 + 4 + 1); // 4 articles × 8 files, tbx + coverage + index ×2, manifest
    expect(files).toEqual(await fullBuild());
    // the memory suggestion and the inconsistent translation that cross articles are there
    expect(cold.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['translation-in-memory', 'inconsistent-translation']));

    const same = await buildProject({ cwd: project, jobs: 1 });
    expect(same.stats).toMatchObject({ reused: 4, rebuilt: 0 });
    expect(same.write?.rewritten).toEqual([]);
    expect(same.diagnostics).toEqual(cold.diagnostics);

    // German of one article: only that article (it has no sentence the others look up)
    edit('locales/de/zug.md', 'um acht Uhr', 'um neun Uhr');
    const german = await buildProject({ cwd: project, jobs: 1 });
    expect(german.stats).toMatchObject({ reused: 3, rebuilt: 1 });
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());

    // English the others lean on: gipfel's rendering of a sentence wahl translates differently, and of
    // one zug lacks (offered from project memory) — all three are rebuilt, bericht is not
    edit('locales/en/gipfel.json', '"The summit begins on Monday."', '"The summit opens on Monday."');
    edit('locales/en/gipfel.json', '"The delegations arrive on Sunday."', '"Delegations arrive on Sunday."');
    const english = await buildProject({ cwd: project, jobs: 1 });
    expect(english.stats.rebuilt).toBeGreaterThanOrEqual(3);
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());

    // the glossary: every article
    edit('glossary/terms.yaml', 'en: summit', 'en: summit\n    note: a meeting of heads of government');
    const glossary = await buildProject({ cwd: project, jobs: 1 });
    expect(glossary.stats).toMatchObject({ reused: 0, rebuilt: 4 });
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());

    // a withdrawn article: its outputs go, the others stay reused
    fs.rmSync(path.join(project, 'locales/de/zug.md'));
    const withdrawn = await buildProject({ cwd: project, jobs: 1 });
    expect(withdrawn.write?.removed.length).toBe(8);
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());
  });

  it('an article built again reads its files again: one saved in between stops the build, nothing written', async () => {
    // gipfel.md is built again (see above); it is saved while the first article is being built
    let saved = false;
    const onProgress = ({ stage, done }: { stage: string; done: number }) => {
      if (stage !== 'render' || done !== 1 || saved) return;
      saved = true;
      edit('locales/de/gipfel.md', 'Der Gipfel beginnt am Montag.', 'Der Gipfel beginnt am Dienstag.');
    };
    const err = await buildProject({ cwd: project, jobs: 1, onProgress }).catch((e: unknown) => e);
    expect(saved).toBe(true);
    expect((err as { diagnostics?: Array<{ ruleId: string; file: string }> }).diagnostics).toEqual([expect.objectContaining({ ruleId: 'build-concurrent-edit', file: 'locales/de/gipfel.md' })]);
    expect(fs.existsSync(path.join(project, 'dist'))).toBe(false);
    expect(fs.existsSync(path.join(project, CACHE_DIR))).toBe(false);
    // the next build sees the saved text
    const next = await buildProject({ cwd: project, jobs: 1 });
    expect(next.stats).toMatchObject({ rebuilt: 4 });
  });

  it("a built article's findings wait in the cache while the build runs: the same findings come back", async () => {
    const held = await buildProject({ cwd: project, jobs: 1, cache: false });
    expect(held.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['translation-in-memory', 'inconsistent-translation']));
    const setAside = await buildProject({ cwd: project, jobs: 1 });
    expect(setAside.stats).toMatchObject({ rebuilt: 4 });
    expect(setAside.diagnostics).toEqual(held.diagnostics);
  });

  it('findings that cannot be read back (the cache folder removed during the build) stop it: nothing written', async () => {
    let removed = false;
    const onProgress = ({ stage, done }: { stage: string; done: number }) => {
      if (stage !== 'render' || done !== 2 || removed) return;
      removed = true;
      fs.rmSync(path.join(project, '.diglot'), { recursive: true, force: true });
    };
    const err = await buildProject({ cwd: project, jobs: 1, onProgress }).catch((e: unknown) => e);
    expect(removed).toBe(true);
    const found = (err as { diagnostics?: Array<{ ruleId: string; file: string; message: string }> }).diagnostics;
    expect(found).toEqual([expect.objectContaining({ ruleId: 'build-concurrent-edit', message: 'the build cache entry changed while diglot build ran; nothing was written' })]);
    expect(found?.[0].file).toMatch(/^\.diglot\/cache\/build\/[0-9a-f]{32}\.json$/);
    expect(fs.existsSync(path.join(project, 'dist'))).toBe(false);
    // the next build starts again from nothing
    const next = await buildProject({ cwd: project, jobs: 1 });
    expect(next.stats).toMatchObject({ rebuilt: 4 });
    expect(next.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['translation-in-memory', 'inconsistent-translation']));
  });

  it('writes nothing when nothing changed: every output keeps its modification time', async () => {
    await buildProject({ cwd: project, jobs: 1 });
    const dist = path.join(project, 'dist');
    const times = Object.fromEntries(fs.readdirSync(dist).map((f) => [f, fs.statSync(path.join(dist, f)).mtimeMs]));
    expect(Object.keys(times).length).toBeGreaterThan(30);
    await new Promise((r) => setTimeout(r, 20));
    const again = await buildProject({ cwd: project, jobs: 1 });
    expect(again.write?.written.length).toBe(Object.keys(times).length - 1);
    expect(again.write?.rewritten).toEqual([]);
    for (const [f, t] of Object.entries(times)) expect(fs.statSync(path.join(dist, f)).mtimeMs, f).toBe(t);
  });

  it('an output deleted or changed by hand is written again', async () => {
    await buildProject({ cwd: project, jobs: 1 });
    const page = path.join(project, 'dist/gipfel.html');
    const original = fs.readFileSync(page, 'utf8');
    fs.rmSync(page);
    fs.writeFileSync(path.join(project, 'dist/wahl.md'), 'edited by hand');
    const again = await buildProject({ cwd: project, jobs: 1 });
    expect(again.write?.rewritten.map((p) => p.split(path.sep).join('/')).sort()).toEqual(['dist/gipfel.html', 'dist/wahl.md']);
    expect(fs.readFileSync(page, 'utf8')).toBe(original);
  });

  it('a damaged cache is never trusted: flipped bytes, truncation, an entry under another key', async () => {
    await buildProject({ cwd: project, jobs: 1 });
    const expected = snapshot(path.join(project, 'dist'));
    const dir = path.join(project, CACHE_DIR);
    const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    // every entry damaged in one of three ways; the edition is rebuilt from the sources, identically
    entries.forEach((name, i) => {
      const file = path.join(dir, name);
      const bytes = fs.readFileSync(file);
      if (i % 3 === 0) {
        const at = Math.floor(bytes.length * 0.7);
        bytes[at] = bytes[at] ^ 0x20; // a flipped bit in the body
        fs.writeFileSync(file, bytes);
      } else if (i % 3 === 1) fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
      else fs.copyFileSync(path.join(dir, entries[(i + 1) % entries.length]), file);
    });
    fs.rmSync(path.join(project, 'dist'), { recursive: true });
    const rebuilt = await buildProject({ cwd: project, jobs: 1 });
    expect(rebuilt.stats.reused).toBe(0);
    expect(snapshot(path.join(project, 'dist'))).toEqual(expected);
  });

  it('a damaged entry of cross-article data is not trusted either, when a build needs it', async () => {
    await buildProject({ cwd: project, jobs: 1 });
    const dir = path.join(project, CACHE_DIR);
    // an edit makes the next build read every article's cross-article half; damage each such entry
    edit('locales/de/zug.md', 'um acht Uhr', 'um neun Uhr');
    let damaged = 0;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes('"translationLookups"')) continue;
      fs.writeFileSync(file, text.replace('"renderings":[', '"renderings":[["x","y",1],'));
      damaged++;
    }
    expect(damaged).toBe(4);
    const after = await buildProject({ cwd: project, jobs: 1 });
    expect(after.stats.rebuilt).toBe(4);
    expect(snapshot(path.join(project, 'dist'))).toEqual(await fullBuild());
  });

  it('a .diglot folder that links out of the project gets no cache written through it', async () => {
    const outside = path.join(tmp, 'outside');
    fs.mkdirSync(outside);
    fs.symlinkSync(outside, path.join(project, '.diglot'));
    const built = await buildProject({ cwd: project, jobs: 1 });
    expect(built.write?.written.length).toBeGreaterThan(30);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('--no-cache rebuilds everything and leaves the cache alone', async () => {
    await buildProject({ cwd: project, jobs: 1 });
    const dir = path.join(project, CACHE_DIR);
    const before = snapshot(dir);
    const full = await buildProject({ cwd: project, jobs: 1, cache: false });
    expect(full.stats).toMatchObject({ reused: 0, rebuilt: 4 });
    expect(full.write?.rewritten).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('parallel build', () => {
  it('a worker thread beside this one gives the same bytes and findings as one thread', async () => {
    // 16 articles: the fixture's four, each three more times under another slug
    for (const name of ['gipfel', 'wahl', 'zug', 'bericht']) {
      for (let k = 2; k <= 4; k++) {
        const md = fs.readFileSync(path.join(project, `locales/de/${name}.md`), 'utf8').replace(`slug: ${name}`, `slug: ${name}-${k}`);
        fs.writeFileSync(path.join(project, `locales/de/${name}-${k}.md`), md);
        const en = path.join(project, `locales/en/${name}.json`);
        if (k !== 3 && fs.existsSync(en)) fs.copyFileSync(en, path.join(project, `locales/en/${name}-${k}.json`));
      }
    }
    const copy = path.join(tmp, 'parallel');
    fs.cpSync(project, copy, { recursive: true });
    const one = await buildProject({ cwd: project, jobs: 1 });
    const two = await buildProject({ cwd: copy, jobs: 2 });
    expect(one.stats).toMatchObject({ articles: 16, workers: 0 });
    expect(two.stats).toMatchObject({ articles: 16, rebuilt: 16, workers: 1 });
    expect(snapshot(path.join(copy, 'dist'))).toEqual(snapshot(path.join(project, 'dist')));
    expect(two.diagnostics).toEqual(one.diagnostics);
  }, 120_000);
});

describe('answers given before every rendering is known', () => {
  it('a project whose articles translate shared German differently: streamed build = full build, one thread or two', async () => {
    // 60 articles (enough for a worker); three sentences shared by all, each with English that varies by
    // article, so early articles are answered before the later, other English exists and are built again
    const dir = path.join(tmp, 'shared-german');
    fs.mkdirSync(path.join(dir, 'locales/de'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'locales/en'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'pipeline'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'pipeline/edition.yaml'), 'sources: [locales/de/*.md]\noutputs: [html, review, json, coverage, index]\nmatch:\n  leverage: suggest\n');
    const shared = ['Der Rat tagt am Montag.', 'Die Sitzung ist öffentlich.', 'Das Protokoll folgt.'];
    const english = [['The council meets on Monday.', 'The council sits on Monday.'], ['The meeting is public.', 'The session is open to the public.', 'The meeting is open.'], ['The minutes follow.', 'Minutes will follow.']];
    for (let k = 0; k < 60; k++) {
      const slug = `a${String(k).padStart(2, '0')}`;
      const own = `Artikel ${k} beginnt hier.`;
      fs.writeFileSync(path.join(dir, `locales/de/${slug}.md`), `---\nslug: ${slug}\n---\n\n${own} ${shared.join(' ')}\n`);
      // the later articles bring the other English: article k uses variant (k ≥ 40 ? 1 : 0) etc.
      const pick = (i: number) => english[i][k >= 55 ? english[i].length - 1 : k >= 40 ? 1 % english[i].length : 0];
      const resource = Object.fromEntries([[own, `Article ${k} starts here.`], ...shared.map((de, i) => [de, pick(i)])].filter((_, i) => k % 7 !== 3 || i !== 2));
      fs.writeFileSync(path.join(dir, `locales/en/${slug}.json`), `${JSON.stringify(resource, null, 2)}\n`);
    }
    const copies = ['one', 'two', 'full', 'spilled'].map((name) => {
      const copy = path.join(tmp, `shared-${name}`);
      fs.cpSync(dir, copy, { recursive: true });
      return copy;
    });
    const one = await buildProject({ cwd: copies[0], jobs: 1 });
    const two = await buildProject({ cwd: copies[1], jobs: 2 });
    writeEdition(await buildEdition({ cwd: copies[2] }));
    // the project memory's and renderings' text in temp files (a large build's way), both threads asking
    const spilled = await buildProject({ cwd: copies[3], jobs: 2, spillFrom: 0 });
    expect(one.stats).toMatchObject({ articles: 60, rebuilt: 60, workers: 0 });
    expect(one.stats.redone).toBeGreaterThan(0);
    expect(two.stats).toMatchObject({ articles: 60, rebuilt: 60, workers: 1 });
    const inconsistent = one.diagnostics.filter((d) => d.ruleId === 'inconsistent-translation');
    expect(inconsistent.length).toBeGreaterThan(60);
    expect(inconsistent.some((d) => d.file === 'locales/de/a00.md')).toBe(true);
    const full = snapshot(path.join(copies[2], 'dist'));
    expect(Object.keys(full).length).toBe(60 * 3 + 3 + 1);
    expect(snapshot(path.join(copies[0], 'dist'))).toEqual(full);
    expect(snapshot(path.join(copies[1], 'dist'))).toEqual(full);
    expect(two.diagnostics).toEqual(one.diagnostics);
    expect(snapshot(path.join(copies[3], 'dist'))).toEqual(full);
    expect(spilled.diagnostics).toEqual(one.diagnostics);
    // the memory answered: the articles without English for the third sentence were offered one
    expect(one.diagnostics.filter((d) => d.ruleId === 'translation-in-memory').length).toBeGreaterThan(5);
  }, 120_000);
});
