// Segmentation findings → diagnostics (data, with rule ids and places; the CLI prints them).
import type { Diagnostic } from '../model/diagnostic.js';
import type { LineIndex } from '../util/line-index.js';

/** An opening quotation mark with no partner in its block: it holds no sentences together. */
export function unpairedDiagnostic(text: string, at: number, file: string, lines: LineIndex): Diagnostic {
  const mark = text[at] === ',' ? ',,' : text[at];
  return {
    ruleId: 'segment-unbalanced-quote',
    severity: 'warning',
    message: `quotation mark ${mark} is not closed in this block, so it does not keep the quoted sentences in one segment`,
    hint: 'close the quotation in the same paragraph, or ignore this if the quote goes on in the next one',
    file,
    place: { start: lines.pointAt(at), end: lines.pointAt(at + mark.length) },
    source: 'segment',
  };
}
