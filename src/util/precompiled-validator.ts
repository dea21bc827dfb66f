// A JSON Schema → its validator: the one `npm run build` precompiled into lib/validators/ (ajv's
// standalone code: scripts/precompile-validators.mjs) when its schema digest says it is this schema,
// else compiled by ajv now (a development checkout runs from src/, where there is none). Compiling the
// run definition's and the glossary's schemas cost ~60 ms at every start.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/** The ajv options of every schema diglot validates (the precompiled validators are made with them). */
export const AJV_OPTIONS = { allErrors: true, strict: false, validateSchema: false } as const;

/** The validator of `schema`, precompiled as `name` if that one is this schema's. */
export function schemaValidator(name: string, schema: object): ValidateFunction {
  const digest = createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
  try {
    const mod = createRequire(import.meta.url)(`../validators/${name}.cjs`) as ValidateFunction & { schemaDigest?: string };
    if (typeof mod === 'function' && mod.schemaDigest === digest) return mod;
  } catch {
    // not built (a checkout run from src/): compiled below
  }
  // validateSchema off: diglot's schemas are fixed and checked against the meta-schema by tests/config/schemas.test.ts
  return new Ajv(AJV_OPTIONS).compile(schema);
}
