// Fuzz: JSON — resources, orphans archives and sidecars. Mutated and generated files (bad syntax,
// nesting, duplicate and __proto__ keys, non-string values, bad bytes) give entries or positioned
// diagnostics; `sync` exits 0 or 2, writes only locales/en/ and .diglot/locales/en/ (nothing on exit 2) and never loses a
// translation it read.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResource } from '../../src/locale/index.js';
import { parseOrphans, parseSidecar } from '../../src/locale/index.js';
import { normalizeKey } from '../../src/match/normalize-key.js';
import { runDiglot } from '../helpers/cli.js';
import { repoRoot } from '../helpers/project.js';
import { CLI_RUNS, encodedBytes, expectCleanExit, mutated, params, TIMEOUT } from './harness.js';
import { changedFiles, sandboxProject } from './project-sandbox.js';

const FIXTURE = 'tests/fixtures/sync/basic';
const RES = 'locales/en/gipfel.json';
const ORPHANS = '.diglot/locales/en/gipfel.orphans.json';
const SIDECAR = '.diglot/locales/en/gipfel.diglot.json';
const resource = fs.readFileSync(path.join(repoRoot, FIXTURE, RES), 'utf8');
const orphans = '{\n  "format": "diglot-orphans/1",\n  "orphans": [\n    {"de":"Die Presse ist sehr zufrieden.","en":"The press is very satisfied.","reason":"source-edited"}\n  ]\n}\n';
const sidecar = '{\n  "format": "diglot-sidecar/1",\n  "source": "locales/de/gipfel.md",\n  "sourceHash": "",\n  "entries": {\n    "Gipfel in Genf": {"status":"reviewed","source":"x","target":"y","provenance":{"kind":"curated","file":"x","key":"Gipfel in Genf"},"reviewedBy":"anna"}\n  }\n}\n';
const SNIPPETS = ['{', '}', '[', ']', ',', ':', '"', '\\"', '\\u00', '\\ud800', 'null', 'true', '1e999', '-0', '""', '"__proto__": "x", ', '"constructor": {}, ', '"Gipfel in Genf": "again", ', '[[[[[[[[', '{"a":'.repeat(100), '\u2028', '// comment', ',,'];
const files = { [RES]: resource, [ORPHANS]: orphans, [SIDECAR]: sidecar };

describe('fuzz: JSON locale files', () => {
  it('parsers return entries or diagnostics, never throw', { timeout: TIMEOUT }, () => {
    const text = fc.oneof(mutated(fc.constantFrom(resource, orphans, sidecar), SNIPPETS), fc.json({ depthSize: 'medium' }), fc.string({ unit: 'binary', maxLength: 100 }));
    fc.assert(
      fc.property(text, (t) => {
        const r = parseResource(t, 'r.json');
        for (const d of [...r.diagnostics, ...parseOrphans(t, 'o.json').diagnostics, ...parseSidecar(t, 's.json').diagnostics]) {
          expect(d.ruleId).toMatch(/^(?:resource|orphans|sidecar)-/);
        }
        // what JSON.parse would keep is what diglot reads (last value of a duplicate key)
        if (!r.diagnostics.some((d) => d.severity === 'error')) {
          for (const v of r.entries.values()) expect(typeof v).toBe('string');
          expect(r.pairs.length).toBeGreaterThanOrEqual(r.entries.size + r.untranslated.size);
        }
      }),
      params(),
    );
  });

  it('`diglot sync` with a mutated resource, archive or sidecar: exit 0 or 2, nothing lost, writes only locales/en/ and .diglot/locales/en/', { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(RES, ORPHANS, SIDECAR), encodedBytes(mutated(fc.constant(''), SNIPPETS)), async (which, noise) => {
        const box = sandboxProject(FIXTURE);
        try {
          // the chosen file is mutated (its bytes possibly invalid UTF-8); the others are valid
          for (const [f, text] of Object.entries(files)) fs.mkdirSync(path.dirname(path.join(box.dir, f)), { recursive: true });
          for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(box.dir, f), f === which ? Buffer.concat([Buffer.from(text.slice(0, text.length >> 1)), noise, Buffer.from(text.slice(text.length >> 1))]) : text);
          const readBack = (f: string) => fs.readFileSync(path.join(box.dir, f), 'utf8');
          const input = parseResource(readBack(RES), RES);
          const inputOrphans = parseOrphans(readBack(ORPHANS), ORPHANS).records;
          const before = box.snapshot();
          const res = await runDiglot(['sync'], { cwd: box.dir });
          expectCleanExit(res, [0, 2]);
          const changed = changedFiles(before, box.snapshot());
          expect(box.outside()).toEqual([]);
          if (res.code === 2) return void expect(changed).toEqual([]);
          expect(changed.every((f) => /^(\.diglot\/)?locales\/en\//.test(f))).toBe(true);
          const out = parseResource(readBack(RES), RES);
          const archive = parseOrphans(readBack(ORPHANS), ORPHANS).records;
          const kept = (de: string, en: string) => [...out.entries].some(([k, v]) => v === en && normalizeKey(k) === normalizeKey(de)) || archive.some((o) => o.en === en && normalizeKey(o.de) === normalizeKey(de));
          const lost = [...input.pairs.filter((p) => p.value !== null && p.value.trim() !== '').map((p) => [p.key, p.value as string]), ...inputOrphans.map((o) => [o.de, o.en])].filter(([de, en]) => !kept(de, en));
          expect(lost).toEqual([]);
        } finally {
          box.remove();
        }
      }),
      params(CLI_RUNS),
    );
  });
});
