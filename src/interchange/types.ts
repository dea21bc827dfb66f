// The data the interchange writers take and the readers return.
import type { Diagnostic } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import type { ImportedStatus } from './status-map.js';

/** One document to export: its aligned units in document order. */
export interface ExportDocument {
  /** Source path as the project names it (becomes TMX `x-document`, XLIFF `original`). */
  path: string;
  slug: string;
  /** `de` or `de-CH`. */
  sourceLang: string;
  /** `en` or `en-GB`. */
  targetLang: string;
  units: AlignedUnit[];
}

export interface ExportOptions {
  /** TMX `creationdate` / XLIFF 1.2 `date`, e.g. `20240131T120000Z`; omitted when absent so builds are reproducible. */
  creationDate?: string;
  /** Tool version written into headers. */
  toolVersion?: string;
}

export type InterchangeFormat = 'tmx' | 'xliff21' | 'xliff20' | 'xliff22' | 'xliff12';

/** A translation read back from TMX or XLIFF. */
export interface ImportedUnit {
  /** Document path the unit belongs to (TMX `x-document` property, XLIFF `original`). */
  document?: string;
  /** Unit/segment id as written in the file (diglot's segment id for its own exports). */
  id?: string;
  /** German in diglot key form: inline codes restored as `<1>…</1>` and `<2/>`. */
  source: string;
  /** English in the same form, or null when the file has no target. */
  target: string | null;
  /** The state exactly as the file says (`translated`, `final`, `needs-review-translation`, …). */
  state?: string;
  /** What diglot makes of that state. */
  status: ImportedStatus;
  /** Fingerprint of the English diglot exported (absent in files diglot did not write). */
  base?: string;
  sourceLang: string;
  targetLang: string;
  /** Position of the unit's element in the file (1-based line/column, 0-based UTF-16 offset). */
  line: number;
  column: number;
  offset: number;
}

export interface ReadResult {
  format: InterchangeFormat;
  units: ImportedUnit[];
  diagnostics: Diagnostic[];
}
