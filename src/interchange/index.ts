// The interchange layer: TMX, XLIFF 2.1/1.2, PO and TBX (2008, v3) writers, readers for
// TMX/XLIFF 1.1/1.2/2.x/PO/TBX, and the import planner that turns a translated file into changes for sync.
export type { ExportDocument, ExportOptions, ImportedUnit, InterchangeFormat, ReadResult, CatProfile } from './types.js';
export { CAT_PROFILES } from './types.js';
export { writeTmx } from './tmx-write.js';
export { writeXliff21 } from './xliff21-write.js';
export { writeXliff12 } from './xliff12-write.js';
export { writeTbx, tbxPartOfSpeech, DEFAULT_TBX_VERSION, TBX_VERSIONS, type TbxOptions, type TbxVersion } from './tbx-write.js';
export { writeTbx2008 } from './tbx2008-write.js';
export { readTbx } from './tbx-read.js';
export { readInterchange, readTranslations, type ReadOptions } from './read-interchange.js';
export { writePo } from './po-write.js';
export { readPo } from './po-read.js';
export { primarySubtag, sameLanguage, type ProjectLanguages } from './languages.js';
export { paragraphForm, splitParagraph, type SplitPiece } from './split-paragraph.js';
export type { ConstraintOptions } from './xliff2-constraints.js';
export {
  planImport,
  type ImportPlan,
  type ImportAction,
  type ImportCurrent,
  type ImportDocument,
  type ResourceLookup,
  type ConflictPolicy,
  type PlanOptions,
  type SkippedUnit,
  type SkipCode,
} from './plan-import.js';
export { formatImportPlan, summarizeImportPlan, summarizeSkipped } from './import-report.js';
export { importUpdates, type DocumentImport } from './import-updates.js';
export { fingerprintEnglish, xliff2State, xliff12State, type ImportedStatus } from './status-map.js';
export { tokenizeKey, joinTokens, type InlineToken } from './placeholders.js';
export { parseXml, type XmlDocument, type XmlElement } from './xml-tree.js';
export { escapeText, escapeAttr, findInvalidXmlChar } from './xml-chars.js';
export { toExportDocuments } from './export-documents.js';
export { exportAll, exportFiles, writeGlossaryTbx, INTERCHANGE_OUTPUTS, EXTENSIONS, type InterchangeOutput, type ExportInput } from './export-files.js';
export { checkTbxBasic } from './tbx-basic-check.js';
