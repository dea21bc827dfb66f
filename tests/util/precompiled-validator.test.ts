// The validators `npm run build` precompiles (scripts/precompile-validators.mjs) judge every
// document as ajv compiling the schema at run time does — same verdict, same errors — and one made
// from another schema is never used for this one.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { editionSchema } from '../../src/config/index.js';
import { AJV_OPTIONS, schemaValidator } from '../../src/util/precompiled-validator.js';
// @ts-expect-error a build script without types
import { schemaDigest, writeValidators } from '../../scripts/precompile-validators.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const glossarySchema = JSON.parse(fs.readFileSync(path.join(root, 'glossary/schema.json'), 'utf8')) as object;
// inside the project, so the generated code's require('ajv/dist/runtime/…') resolves as in lib/
const tmp = fs.mkdtempSync(path.join(root, 'node_modules', '.diglot-validators-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file under tests/fixtures named like `pattern`, parsed from YAML. */
function documents(pattern: RegExp): unknown[] {
  const dir = path.join(root, 'tests/fixtures');
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => pattern.test(f))
    .flatMap((f) => {
      try {
        return [parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown];
      } catch {
        return [];
      }
    });
}

/** Documents with one thing wrong each: a wrong type, an unknown key, a missing required key. */
function damaged(docs: readonly unknown[]): unknown[] {
  return docs.flatMap((d) => {
    if (!d || typeof d !== 'object' || Array.isArray(d)) return [];
    const o = d as Record<string, unknown>;
    const first = Object.keys(o)[0];
    return [{ ...o, unknownKey: 1 }, first ? { ...o, [first]: 42 } : o, Object.fromEntries(Object.entries(o).slice(1))];
  });
}

const verdict = (v: ValidateFunction, doc: unknown) => (v(doc) ? [] : (v.errors ?? []).map((e) => [e.instancePath, e.keyword, JSON.stringify(e.params), e.message]));

describe('precompiled schema validators', () => {
  writeValidators(tmp, [['edition', editionSchema], ['glossary', glossarySchema]], AJV_OPTIONS);
  const load = (name: string) => createRequire(import.meta.url)(path.join(tmp, `${name}.cjs`)) as ValidateFunction & { schemaDigest: string };

  it.each([
    ['edition', editionSchema, /edition\.ya?ml$/],
    ['glossary', glossarySchema, /^glossary\/.*\.ya?ml$/],
  ] as const)('%s: the same verdicts and errors as ajv compiling the schema now', (name, schema, pattern) => {
    const precompiled = load(name);
    const compiled = new Ajv(AJV_OPTIONS).compile(schema);
    const docs = documents(pattern);
    expect(docs.length).toBeGreaterThan(3);
    const all = [...docs, ...damaged(docs), null, 'text', []];
    let invalid = 0;
    for (const doc of all) {
      const errors = verdict(compiled, doc);
      if (errors.length) invalid++;
      expect(verdict(precompiled, doc)).toEqual(errors);
    }
    // both kinds were compared
    expect(invalid).toBeGreaterThan(docs.length / 2);
    expect(invalid).toBeLessThan(all.length);
    expect(precompiled.schemaDigest).toBe(schemaDigest(schema));
  });

  it('a validator is found only for its own schema; otherwise the schema is compiled', () => {
    // run from src/ there is no lib/validators: compiled now, and it works
    const v = schemaValidator('edition', editionSchema);
    expect(v({ sources: ['a.md'] })).toBe(true);
    expect(v({ sources: 3 })).toBe(false);
    // the digest names the schema, so a stale file from another schema would not match
    expect(schemaDigest({ ...editionSchema, title: 'other' })).not.toBe(schemaDigest(editionSchema));
  });

  it('the built library, when there is one, carries validators of the current schemas', () => {
    const dir = path.join(root, 'lib/validators');
    if (!fs.existsSync(dir)) return;
    for (const [name, schema] of [['edition', editionSchema], ['glossary', glossarySchema]] as const) {
      const mod = createRequire(import.meta.url)(path.join(dir, `${name}.cjs`)) as { schemaDigest: string };
      expect(mod.schemaDigest).toBe(schemaDigest(schema));
    }
  });
});
