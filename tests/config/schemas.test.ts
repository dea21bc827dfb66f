// diglot's own JSON Schemas are valid draft-07 schemas. The loaders skip this check at run time
// (validateSchema: false: compiling the meta-schema cost more than validating a file), so it lives here.
import fs from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../src/config/index.js';
import { GLOSSARY_SCHEMA_URL } from '../../src/glossary/parse-glossary.js';

describe('JSON Schemas', () => {
  const ajv = new Ajv({ strict: false });
  it.each([
    ['pipeline/edition.yaml (src/config/edition-config.ts)', editionSchema as object],
    ['glossary/schema.json', JSON.parse(fs.readFileSync(GLOSSARY_SCHEMA_URL, 'utf8')) as object],
  ])('%s is a valid schema', (_name, schema) => {
    const valid = ajv.validateSchema(schema);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the check can fail: a broken schema is reported', () => {
    expect(ajv.validateSchema({ type: 'object', properties: { a: { type: 'strnig' } } })).toBe(false);
  });
});
