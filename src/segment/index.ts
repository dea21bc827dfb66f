export { segmentText, type TextSpan } from './segment-text.js';
export { segmentDocument, type SegmentDocumentResult, type SourceFile } from './segment-document.js';
export { segmentKey } from './segment-key.js';
export { assignSegmentIds, hashText } from './segment-id.js';
