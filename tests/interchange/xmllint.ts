// Schema validation of exports with xmllint (Debian libxml2-utils), offline: the W3C xml.xsd import
// is mapped to the local copy in ../shared/schemas through an XML catalog.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { hasCommand, hasShared, sharedDir } from './helpers.js';

export const schemas = path.join(sharedDir, 'schemas');

/** Why schema validation cannot run here, or undefined when it can. */
export function validationSkipReason(): string | undefined {
  if (!hasShared) return '../shared is absent';
  if (!hasCommand('xmllint')) return 'xmllint is not installed (Debian libxml2-utils; .ci/run installs it)';
  return undefined;
}

let workDir: string | undefined;

function work(): string {
  if (workDir) return workDir;
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-xmllint-'));
  const xmlXsd = path.join(schemas, 'schema_xliff12/xml.xsd');
  fs.writeFileSync(
    path.join(workDir, 'catalog.xml'),
    `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n` +
      `  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://${xmlXsd}"/>\n` +
      `  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${xmlXsd}"/>\n</catalog>\n`,
  );
  // XLIFF 2.1 core plus the modules diglot writes (matches, glossary, metadata), so their content is checked too
  const x21 = path.join(schemas, 'schema_xliff21/schemas');
  fs.writeFileSync(
    path.join(workDir, 'xliff21-with-modules.xsd'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n` +
      [
        ['urn:oasis:names:tc:xliff:document:2.0', 'xliff_core_2.0.xsd'],
        ['urn:oasis:names:tc:xliff:matches:2.0', 'matches.xsd'],
        ['urn:oasis:names:tc:xliff:glossary:2.0', 'glossary.xsd'],
        ['urn:oasis:names:tc:xliff:metadata:2.0', 'metadata.xsd'],
      ]
        .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="file://${path.join(x21, file)}"/>\n`)
        .join('') +
      '</xs:schema>\n',
  );
  return workDir;
}

export type SchemaKind = 'tmx' | 'xliff21' | 'xliff12' | 'tbx-core';

/** Validates XML texts; returns xmllint's combined output and whether every file validated. */
export function xmllint(kind: SchemaKind, texts: string[]): { ok: boolean; output: string } {
  const dir = work();
  const files = texts.map((t, i) => {
    const f = path.join(dir, `${kind}-${i}.xml`);
    fs.writeFileSync(f, t);
    return f;
  });
  const args = ['--nonet', '--noout'];
  if (kind === 'tmx') args.push('--dtdvalid', path.join(schemas, 'schema_tmx14/tmx14.dtd'));
  if (kind === 'xliff21') args.push('--schema', path.join(dir, 'xliff21-with-modules.xsd'));
  if (kind === 'xliff12') args.push('--schema', path.join(schemas, 'schema_xliff12/xliff-core-1.2-strict.xsd'));
  if (kind === 'tbx-core') args.push('--relaxng', path.join(schemas, 'schema_tbx_basic/LTAC-Global+TBX_Core_RNG/TBXcoreStructV03.rng'));
  const r = spawnSync('xmllint', [...args, ...files], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: path.join(dir, 'catalog.xml') },
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
