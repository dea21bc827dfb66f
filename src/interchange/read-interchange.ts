// Interchange file text or bytes → imported units: detects TMX, XLIFF 1.1/1.2 or XLIFF 2.x from the
// root element and namespace, then reads it with that format's reader. Bytes are decoded by their BOM /
// XML declaration. Malformed, undecodable or over-limit XML throws a DiglotError. With the project's
// languages, the readers take the German side by them and warn when the file's header differs.
import { DiglotError } from '../model/diagnostic.js';
import type { ProjectLanguages } from './languages.js';
import { readPo } from './po-read.js';
import { readTmxTree } from './tmx-read.js';
import type { ReadResult } from './types.js';
import type { ConstraintOptions } from './xliff2-constraints.js';
import { readXliff12Tree } from './xliff12-read.js';
import { XLIFF11_NS, XLIFF12_NS } from './xliff12-write.js';
import { readXliff2Tree } from './xliff2-read.js';
import { XLIFF20_NS, XLIFF22_NS } from './xliff21-write.js';
import { attr, parseXml, placeOf } from './xml-tree.js';

export interface ReadOptions extends ConstraintOptions {
  /** The project's languages: they decide which side is German; a file header that differs is a warning. */
  languages?: ProjectLanguages;
}

/** Reads a TMX or XLIFF file (its text, or its bytes as stored). `file` names it in diagnostics. */
export function readInterchange(input: string | Uint8Array, file: string, opts: ReadOptions = {}): ReadResult {
  const { root } = parseXml(input, file);
  if (root.local === 'tmx' && root.uri === '') return readTmxTree(root, file, opts.languages);
  if (root.local === 'xliff') {
    if (root.uri === XLIFF20_NS || root.uri === XLIFF22_NS) return readXliff2Tree(root, root.uri, file, opts);
    const version = attr(root, 'version');
    // XLIFF 1.1 (what Translate Toolkit's po2xliff writes) has 1.2's structure: read alike
    if (root.uri === XLIFF12_NS || root.uri === XLIFF11_NS || (root.uri === '' && (version === '1.2' || version === '1.1'))) return readXliff12Tree(root, root.uri, file, opts.languages);
    throw new DiglotError({
      ruleId: 'interchange-unknown-format',
      severity: 'error',
      message: `XLIFF namespace "${root.uri}" (version ${version ?? '?'}) is not supported; diglot reads XLIFF 1.2, 2.0, 2.1 and 2.2`,
      file,
      place: placeOf(root),
      source: 'interchange',
    });
  }
  throw new DiglotError({
    ruleId: 'interchange-unknown-format',
    severity: 'error',
    message: `<${root.name}> is neither TMX nor XLIFF`,
    hint: 'diglot import reads .tmx and .xlf/.xliff files',
    file,
    place: placeOf(root),
    source: 'interchange',
  });
}

/**
 * Reads any translation file `diglot import` takes: gettext PO (by its `.po`/`.pot` extension) or
 * TMX/XLIFF (XML, by its root element).
 */
export function readTranslations(input: string | Uint8Array, file: string, opts: ReadOptions = {}): ReadResult {
  if (/\.pot?$/i.test(file)) return readPo(input, file, opts.languages);
  return readInterchange(input, file, opts);
}
