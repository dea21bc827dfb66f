// Checks, before writing, that a unit's text can be carried by XML 1.0; throws a DiglotError that
// names the document and the segment's line and column instead of failing somewhere in the writer.
import { DiglotError } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import { findInvalidXmlChar, formatCodePoint } from './xml-chars.js';
import type { ExportDocument } from './types.js';

/** Throws `interchange-invalid-char` when `text` holds a character XML 1.0 cannot represent. */
export function assertExportable(doc: ExportDocument, unit: AlignedUnit, text: string, what: string, format: string): void {
  const bad = findInvalidXmlChar(text);
  if (!bad) return;
  const s = unit.segment;
  throw new DiglotError({
    ruleId: 'interchange-invalid-char',
    severity: 'error',
    message: `${what} of segment ${unit.id} contains ${formatCodePoint(bad.code)} at offset ${bad.index}, which ${format} (XML 1.0) cannot carry`,
    hint: 'remove the control character or lone surrogate from the text (XLIFF 2.1 export encodes it as <cp>)',
    file: doc.path,
    place: { start: { line: s.line, column: s.column, offset: s.start } },
    source: 'interchange',
  });
}

/** Same check for text that has no segment (glossary entries, document names). */
export function assertExportableText(text: string, what: string, format: string, file?: string): void {
  const bad = findInvalidXmlChar(text);
  if (!bad) return;
  throw new DiglotError({
    ruleId: 'interchange-invalid-char',
    severity: 'error',
    message: `${what} contains ${formatCodePoint(bad.code)} at offset ${bad.index}, which ${format} (XML 1.0) cannot carry`,
    file,
    source: 'interchange',
  });
}
