// Fuzz: YAML — the run definition, glossaries and front matter. Mutated files (aliases, tags, anchors,
// deep nesting, __proto__ keys, bad bytes) give a value or positioned diagnostics; `build` exits
// 0, 1 or 2 (never 70), writes only into dist/ and nothing at all on exit 2.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { parseGlossary } from '../../src/glossary/index.js';
import { segmentDocument } from '../../src/segment/index.js';
import { runDiglot } from '../helpers/cli.js';
import { repoRoot } from '../helpers/project.js';
import { CLI_RUNS, encodedBytes, expectCleanExit, mutated, params, resultOrUserError, TIMEOUT } from './harness.js';
import { changedFiles, sandboxProject } from './project-sandbox.js';

const FIXTURE = 'tests/fixtures/build/basic/input';
const config = fs.readFileSync(path.join(repoRoot, FIXTURE, 'pipeline/edition.yaml'), 'utf8');
const glossary = fs.readFileSync(path.join(repoRoot, 'glossary/politics.yaml'), 'utf8');
const BOMB = 'x: &a [l, l, l, l, l, l, l, l, l]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nw: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
const SNIPPETS = ['&a ', '*a', '*nirgends', '<<: *a', '!!binary ', '!!js/function ', '!<tag:x> ', '? ', ': ', '- ', '[', ']', '{', '}', '|', '>', '#', '%YAML 1.1\n', '---\n', '...\n', '"\\x', '\\u', '__proto__: ', 'constructor: ', 'terms: ', 'de: ', 'en: ', 'sources: ', 'outputs: [pdf]', BOMB, '['.repeat(500), '- '.repeat(200), '  '.repeat(100)];

describe('fuzz: YAML', () => {
  it('the run definition: a config or a user error', { timeout: TIMEOUT }, () => {
    const box = sandboxProject(FIXTURE);
    try {
      fc.assert(
        fc.property(encodedBytes(mutated(fc.constant(config), SNIPPETS)), (bytes) => {
          fs.writeFileSync(path.join(box.dir, 'pipeline/edition.yaml'), bytes);
          resultOrUserError(() => loadConfig(box.dir));
        }),
        params(),
      );
    } finally {
      box.remove();
    }
  });

  it('glossaries: entries and positioned diagnostics, never an exception', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(mutated(fc.constant(glossary), SNIPPETS), (text) => {
        const r = parseGlossary(text, 'g.yaml');
        for (const d of r.diagnostics) expect(d.ruleId).toMatch(/^glossary-/);
        if (r.diagnostics.some((d) => d.severity === 'error' && d.ruleId === 'glossary-yaml-syntax')) expect(r.entries).toEqual([]);
      }),
      params(),
    );
  });

  it('front matter: a title or frontmatter-* diagnostics', { timeout: TIMEOUT }, () => {
    const article = fc.constant('---\ntitle: Gipfel in Genf\nslug: gipfel\nsource: blue News\n---\n\nDie Minister treffen sich.\n');
    fc.assert(
      fc.property(mutated(article, SNIPPETS), (text) => {
        const r = resultOrUserError(() => segmentDocument({ path: 'a.md', text }));
        if ('document' in r) for (const d of r.diagnostics) expect(d.ruleId).toMatch(/^(?:frontmatter|markdown|segment)-/);
      }),
      params(),
    );
  });

  it('`diglot build` with a mutated run definition or glossary: exit 0, 1 or 2, writes only dist/', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('pipeline/edition.yaml', 'glossary/mini.yaml'), mutated(fc.constant(config), SNIPPETS), mutated(fc.constant(glossary), SNIPPETS), async (which, c, g) => {
        const box = sandboxProject(FIXTURE);
        try {
          fs.writeFileSync(path.join(box.dir, which), which.startsWith('pipeline') ? c : g);
          const before = box.snapshot();
          const res = await runDiglot(['build'], { cwd: box.dir });
          expectCleanExit(res, [0, 1, 2]);
          const changed = changedFiles(before, box.snapshot());
          expect(box.outside()).toEqual([]);
          if (res.code === 2) expect(changed).toEqual([]);
          // a mutated config may name another outDir: whatever it is, only build outputs change
          else expect(changed.every((f) => /\.(html|md|json|tmx|xlf|tbx)$/.test(f) && !f.startsWith('locales/') && !f.startsWith('pipeline/') && !f.startsWith('glossary/'))).toBe(true);
        } finally {
          box.remove();
        }
      }),
      params(CLI_RUNS),
    );
  });
});
