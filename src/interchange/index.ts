// The interchange layer: TMX, XLIFF 2.1/1.2 and TBX writers, readers for TMX/XLIFF 1.2/2.x/TBX,
// and the import planner that turns a translated file into changes for sync.
export type { ExportDocument, ExportOptions, ImportedUnit, InterchangeFormat, ReadResult } from './types.js';
export { writeTmx } from './tmx-write.js';
export { writeXliff21 } from './xliff21-write.js';
export { writeXliff12 } from './xliff12-write.js';
export { writeTbx, tbxPartOfSpeech, type TbxOptions } from './tbx-write.js';
export { readTbx } from './tbx-read.js';
export { readInterchange } from './read-interchange.js';
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
} from './plan-import.js';
export { formatImportPlan, summarizeImportPlan } from './import-report.js';
export { importUpdates, type DocumentImport } from './import-updates.js';
export { fingerprintEnglish, xliff2State, xliff12State, type ImportedStatus } from './status-map.js';
export { tokenizeKey, joinTokens, type InlineToken } from './placeholders.js';
export { parseXml, type XmlDocument, type XmlElement } from './xml-tree.js';
export { escapeText, escapeAttr, findInvalidXmlChar } from './xml-chars.js';
export { toExportDocuments } from './export-documents.js';
export { exportAll, exportFiles, INTERCHANGE_OUTPUTS, EXTENSIONS, type InterchangeOutput, type ExportInput } from './export-files.js';
export { checkTbxBasic } from './tbx-basic-check.js';
