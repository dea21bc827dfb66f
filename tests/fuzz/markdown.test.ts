// Fuzz: German Markdown articles. Generated and mutated articles segment (exact offsets, ordered,
// non-overlapping) or stop with a user error; `segment` and `sync` never exit 70; sync never loses a
// translation and writes nothing outside the project's locale folder (nothing at all on exit 2).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { normalizeKey } from '../../src/match/normalize-key.js';
import { articleArb } from '../markdown/markdown-arb.js';
import { runDiglot } from '../helpers/cli.js';
import { repoRoot } from '../helpers/project.js';
import { CLI_RUNS, encodedBytes, expectCleanExit, mutated, params, resultOrUserError, TIMEOUT } from './harness.js';
import { changedFiles, sandboxProject } from './project-sandbox.js';

const SNIPPETS = ['*', '**', '_', '~~', '`', '```', '[', ']', '](', '(', ')', '<', '>', '#', '## ', '|', '---', ':::', ':::caption\n', '- ', '1. ', '> ', '&amp;', '&#0;', '&#x110000;', '[^1]', '[^1]: ', 'www.srf.ch', 'a@b.ch', '<x@y.ch>', '![a](b)', '\\', '  \n', '\n\n', '>'.repeat(40), '- '.repeat(40), '*'.repeat(300), 'title: ', 'slug: ', '«', '»', '„', '“'];
const FIXTURE = 'tests/fixtures/sync/basic';
const SRC = 'locales/de/gipfel.md';
const fixtureArticle = fs.readFileSync(path.join(repoRoot, FIXTURE, SRC), 'utf8');
const article = fc.oneof(articleArb.map((a) => a.source), fc.constant(fixtureArticle));

describe('fuzz: Markdown articles', () => {
  it('segment or refuse; segments are exact slices in order', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.oneof(mutated(article, SNIPPETS), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const r = resultOrUserError(() => segmentDocument({ path: 'a.md', text }));
        if (!('document' in r)) return;
        let last = 0;
        for (const s of r.document.segments) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      params(),
    );
  });

  it('deep nesting of every kind is refused or read, never a stack overflow', { timeout: TIMEOUT }, () => {
    const deep = fc.tuple(fc.constantFrom('>', '> ', '- ', '* ', '1. ', '  - ', '*', '_', '[', '![', '~~', '`', '<', '**a ', '[a](', ':::x\n'), fc.integer({ min: 1, max: 3000 }), fc.constantFrom('Text.', '', 'a*', ']', ')')).map(([unit, n, tail]) => `${unit.repeat(n)}${tail}\n`);
    fc.assert(fc.property(deep, (text) => void resultOrUserError(() => segmentDocument({ path: 'a.md', text }))), params());
  });

  it('`diglot segment FILE` exits 0 or 2 on any bytes', { timeout: TIMEOUT }, async () => {
    const box = sandboxProject(FIXTURE);
    try {
      await fc.assert(
        fc.asyncProperty(encodedBytes(mutated(article, SNIPPETS)), async (bytes) => {
          fs.writeFileSync(path.join(box.dir, 'in.md'), bytes);
          expectCleanExit(await runDiglot(['segment', 'in.md', '--format', 'json'], { cwd: box.dir }), [0, 2]);
        }),
        params(CLI_RUNS),
      );
    } finally {
      box.remove();
    }
  });

  it('`diglot sync` after an edit of the article: exit 0 or 2, no translation lost, no write outside locales/ and .diglot/locales/', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(mutated(fc.constant(fixtureArticle), SNIPPETS), async (text) => {
        const box = sandboxProject(FIXTURE);
        try {
          fs.writeFileSync(path.join(box.dir, SRC), text);
          const before = box.snapshot();
          const res = await runDiglot(['sync'], { cwd: box.dir });
          expectCleanExit(res, [0, 2]);
          const changed = changedFiles(before, box.snapshot());
          expect(box.outside()).toEqual([]);
          if (res.code === 2) return void expect(changed).toEqual([]);
          expect(changed.every((f) => /^(\.diglot\/)?locales\/en\//.test(f))).toBe(true);
          const resource = JSON.parse(fs.readFileSync(path.join(box.dir, 'locales/en/gipfel.json'), 'utf8')) as Record<string, string | null>;
          const archivePath = path.join(box.dir, '.diglot/locales/en/gipfel.orphans.json');
          const archive = fs.existsSync(archivePath) ? (JSON.parse(fs.readFileSync(archivePath, 'utf8')) as { orphans: Array<{ de: string; en: string }> }).orphans : [];
          const old = JSON.parse(fs.readFileSync(path.join(repoRoot, FIXTURE, 'locales/en/gipfel.json'), 'utf8')) as Record<string, string>;
          const lost = Object.entries(old).filter(([de, en]) => !Object.entries(resource).some(([k, v]) => v === en && normalizeKey(k) === normalizeKey(de)) && !archive.some((o) => o.en === en && normalizeKey(o.de) === normalizeKey(de)));
          expect(lost).toEqual([]);
        } finally {
          box.remove();
        }
      }),
      params(CLI_RUNS),
    );
  });
});
