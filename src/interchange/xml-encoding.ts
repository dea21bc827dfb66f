// XML file bytes → text, decoded as the byte-order mark or the XML declaration says (XML 1.0
// appendix F): UTF-8 (the default), UTF-16 LE/BE with or without a BOM, ISO-8859-1, windows-1252 and
// the other encodings the WHATWG Encoding Standard defines (Node's TextDecoder); or a DiglotError
// (`xml-encoding`) naming the encoding it cannot decode. Never guesses, never decodes leniently.
import { DiglotError } from '../model/diagnostic.js';
import { createLineIndex } from '../util/line-index.js';
import { decodeUtf8 } from '../util/read-text.js';

/** What the first bytes and the declaration say. `declared` is the declaration's label as written. */
export interface XmlEncoding {
  /** WHATWG name of the encoding used to decode (`utf-8`, `utf-16le`, `windows-1252`, …). */
  encoding: string;
  declared?: string;
  bom: boolean;
}

const DECLARATION = /^<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*(["'])([^"'<>]*)\1/;

/** The encoding of an XML document, from its BOM, its first bytes and its declaration. */
export function detectXmlEncoding(bytes: Uint8Array, file: string): XmlEncoding {
  const b = (i: number) => bytes[i];
  if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf) return withDeclared({ encoding: 'utf-8', bom: true }, bytes, 3, 1);
  if ((b(0) === 0xff && b(1) === 0xfe && b(2) === 0 && b(3) === 0) || (b(0) === 0 && b(1) === 0 && b(2) === 0xfe && b(3) === 0xff)) {
    throw encodingError(file, 'the file is UTF-32 (by its byte-order mark); diglot reads UTF-8, UTF-16 and single-byte encodings', 'save it as UTF-8');
  }
  if (b(0) === 0xff && b(1) === 0xfe) return withDeclared({ encoding: 'utf-16le', bom: true }, bytes, 2, 2, 0);
  if (b(0) === 0xfe && b(1) === 0xff) return withDeclared({ encoding: 'utf-16be', bom: true }, bytes, 2, 2, 1);
  // no BOM: `<` in UTF-16 is 3C 00 (little endian) or 00 3C (big endian); in UTF-8 it is never followed or led by NUL
  if (b(0) === 0x3c && b(1) === 0) return withDeclared({ encoding: 'utf-16le', bom: false }, bytes, 0, 2, 0);
  if (b(0) === 0 && b(1) === 0x3c) return withDeclared({ encoding: 'utf-16be', bom: false }, bytes, 0, 2, 1);
  const found = withDeclared({ encoding: 'utf-8', bom: false }, bytes, 0, 1);
  if (!found.declared) return found;
  const label = found.declared.trim().toLowerCase();
  if (/^utf-?16/.test(label) || /^(?:ucs-?2|unicode|iso-10646-ucs-2)$/.test(label)) {
    throw encodingError(file, `the XML declaration says encoding="${found.declared}", but the file has no byte-order mark and its first bytes are 8-bit text`, 'save it again as UTF-16 with a BOM, or as UTF-8 (and say so in the declaration)');
  }
  if (/^(?:utf-?32|ucs-?4)/.test(label)) throw encodingError(file, `encoding="${found.declared}" is not supported; diglot reads UTF-8, UTF-16 and single-byte encodings`, 'save it as UTF-8');
  return { ...found, encoding: whatwgName(label, found.declared, file) };
}

/** Decodes an XML document's bytes by its BOM / declaration (see the module comment). */
export function decodeXml(bytes: Uint8Array, file: string): string {
  const { encoding, declared } = detectXmlEncoding(bytes, file);
  if (encoding === 'utf-8') return decodeUtf8(bytes, file, 'interchange');
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding === 'utf-16le', file);
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    // keep a BOM-less start exactly as it is; single-byte decoders never fail, multi-byte ones may
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw encodingError(file, `the file is not valid ${declared ?? encoding} although its XML declaration says so`, 'save it as UTF-8, or fix the encoding in the XML declaration');
  }
}

/** The declaration's encoding label, read from the first 512 characters in the given code-unit layout. */
function withDeclared(found: XmlEncoding, bytes: Uint8Array, skip: number, width: 1 | 2, low = 0): XmlEncoding {
  let head = '';
  for (let i = skip; i + width - 1 < bytes.length && head.length < 512; i += width) {
    const code = width === 1 ? bytes[i] : low === 0 ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (code === 0x3e) break; // `>` ends the declaration
    head += String.fromCharCode(code);
  }
  const m = DECLARATION.exec(`${head}>`);
  return m ? { ...found, declared: m[2] } : found;
}

/** TextDecoder's canonical name for a label (ISO-8859-1 is windows-1252, as in every browser). */
function whatwgName(label: string, declared: string, file: string): string {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    throw encodingError(file, `encoding="${declared}" in the XML declaration is not an encoding diglot knows`, 'save the file as UTF-8 and write encoding="UTF-8" (or leave the declaration out)');
  }
  if (encoding === 'replacement') throw encodingError(file, `encoding="${declared}" cannot be decoded safely (the Encoding Standard maps it to "replacement")`, 'save the file as UTF-8');
  return encoding;
}

/** UTF-16 → text; an odd byte count or an unpaired surrogate is an error at its line:col. */
function decodeUtf16(bytes: Uint8Array, little: boolean, file: string): string {
  const units = Math.floor(bytes.length / 2);
  const at = (i: number) => (little ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let bad = bytes.length % 2 ? units : -1;
  for (let i = 0; i < units; i++) {
    const c = at(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < units ? at(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      bad = i;
      break;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      bad = i;
      break;
    }
  }
  const label = little ? 'utf-16le' : 'utf-16be';
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(0, 2 * (bad < 0 ? units : bad)));
  if (bad < 0) return text;
  const start = createLineIndex(text).pointAt(text.length);
  throw new DiglotError({
    ruleId: 'xml-encoding',
    severity: 'error',
    message: `the file is not valid ${little ? 'UTF-16LE' : 'UTF-16BE'}: ${bad === units ? 'an odd number of bytes' : 'an unpaired surrogate'} at byte offset ${2 * bad}`,
    hint: 'save it again as UTF-16 or UTF-8 from the tool that made it',
    file,
    place: { start },
    source: 'interchange',
  });
}

/**
 * WHATWG index-windows-1252 for 0x80–0x9F (the rest is Latin-1). Hand-made because Node ≥ 20.18.3
 * decodes windows-1252 as Latin-1 (nodejs/node#56542, #60888): € would become U+0080.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** windows-1252 (also what ISO-8859-1 and US-ASCII labels mean, as in every browser) → text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b))));
  }
  return parts.join('');
}

function encodingError(file: string, message: string, hint: string): DiglotError {
  return new DiglotError({ ruleId: 'xml-encoding', severity: 'error', message, hint, file, place: { start: { line: 1, column: 1, offset: 0 } }, source: 'interchange' });
}
