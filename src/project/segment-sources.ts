// The segment stage over a project: the German sources as read → segmented documents with exact
// positions, each with a safe and unique slug (a document whose slug cannot name files, or names
// another document's files, is reported and left out). Pure.
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { ProgressCallback } from '../model/progress.js';
import { segmentDocument, type SegmentOptions, type SourceFile } from '../segment/index.js';
import { checkDocumentSlug } from './document-slug.js';

/** Segments every source; documents come back in source order. */
export function segmentSources(sources: readonly SourceFile[], options: SegmentOptions, onProgress?: ProgressCallback): { documents: SourceDocument[]; diagnostics: Diagnostic[] } {
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const slugs = new Map<string, string>();
  for (const [i, file] of sources.entries()) {
    onProgress?.({ stage: 'read', done: i, total: sources.length });
    const seg = segmentDocument({ path: file.path, text: file.text }, options);
    diagnostics.push(...seg.diagnostics);
    const source = seg.document;
    // the slug names files: an unsafe one never reaches a path (reported here or by the front matter)
    const badSlug = checkDocumentSlug(source, seg.diagnostics);
    if (badSlug) diagnostics.push(badSlug);
    if (badSlug || seg.diagnostics.some((d) => d.ruleId === 'frontmatter-invalid-slug')) continue;
    const other = slugs.get(source.slug);
    if (other) {
      diagnostics.push({ ruleId: 'source-duplicate-slug', severity: 'error', message: `slug "${source.slug}" is used by ${other} too`, hint: 'give each document a unique slug: in its front matter', file: file.path, source: 'project' });
      continue;
    }
    slugs.set(source.slug, file.path);
    documents.push(source);
  }
  return { documents, diagnostics };
}
