// The data the interchange writers take and the readers return.
import type { Diagnostic } from '../model/diagnostic.js';
import type { AlignedUnit } from '../model/unit.js';
import type { ImportedStatus } from './status-map.js';
import type { TbxVersion } from './tbx-write.js';

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
  /** Glossary export dialect (default DEFAULT_TBX_VERSION, 2008). */
  tbxVersion?: TbxVersion;
  /** XLIFF 1.2 for a CAT tool's conventions (see CAT_PROFILES): targets pre-filled with a copy of the German. */
  profile?: CatProfile;
}

/**
 * CAT tools that translate the XLIFF 1.2 `<target>` (pre-filled with a copy of the source, the
 * Okapi/Rainbow convention). `omegat`: every target is the German copy, as OmegaT's filter takes the
 * target for the text to translate (existing English reaches OmegaT through a TMX in its tm/ folder);
 * `okapi`: units without English get the copy, translated ones keep their English.
 */
export type CatProfile = 'omegat' | 'okapi';

export const CAT_PROFILES: readonly CatProfile[] = ['omegat', 'okapi'];

export type InterchangeFormat = 'tmx' | 'xliff21' | 'xliff20' | 'xliff22' | 'xliff12' | 'po';

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
  /** diglot wrote this target as a copy of the source (`--for omegat|okapi`): its state is diglot's, not the tool's. */
  prefilled?: boolean;
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
