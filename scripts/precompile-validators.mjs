// The JSON Schemas diglot validates at every start (the run definition, glossary files) → ajv's
// standalone validators as CommonJS modules in lib/validators/, so the command does not compile them
// (~30 ms each) on every run. Same ajv options as at run time; each module carries a digest of its
// schema, and util/precompiled-validator.ts uses it only when the schema it validates is that one.
// Used by build-lib.mjs; tests/util/precompiled-validator.test.ts compares each with ajv's own.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The digest a precompiled validator is stamped with (also computed at run time). */
export function schemaDigest(schema) {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
}

/** Writes `<dir>/<name>.cjs` for each [name, schema]; the options must be the run time's. */
export function writeValidators(dir, schemas, options) {
  const { Ajv } = require('ajv');
  const standalone = require('ajv/dist/standalone').default;
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, schema] of schemas) {
    const ajv = new Ajv({ ...options, code: { source: true } });
    const code = standalone(ajv, ajv.compile(schema));
    fs.writeFileSync(path.join(dir, `${name}.cjs`), `${code}\nmodule.exports.schemaDigest = ${JSON.stringify(schemaDigest(schema))};\n`);
  }
}
