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
  const admit = createSlugGate();
  for (const [i, file] of sources.entries()) {
    onProgress?.({ stage: 'read', done: i, total: sources.length });
    const seg = segmentDocument({ path: file.path, text: file.text }, options);
    diagnostics.push(...seg.diagnostics);
    const verdict = admit(seg.document, seg.diagnostics);
    if (verdict.diagnostic) diagnostics.push(verdict.diagnostic);
    if (verdict.admitted) documents.push(seg.document);
  }
  return { documents, diagnostics };
}

/**
 * Admits documents one by one, in source order: a slug that cannot safely name files, or that an
 * earlier document has, keeps its document out of the run (with the diagnostic saying why).
 */
export function createSlugGate(): (source: Pick<SourceDocument, 'slug' | 'path'>, reported: readonly Diagnostic[]) => { admitted: boolean; diagnostic?: Diagnostic } {
  const slugs = new Map<string, string>();
  return (source, reported) => {
    // the slug names files: an unsafe one never reaches a path (reported here or by the front matter)
    const badSlug = checkDocumentSlug(source, reported);
    if (badSlug) return { admitted: false, diagnostic: badSlug };
    if (reported.some((d) => d.ruleId === 'frontmatter-invalid-slug')) return { admitted: false };
    const other = slugs.get(source.slug);
    if (other) {
      return { admitted: false, diagnostic: { ruleId: 'source-duplicate-slug', severity: 'error', message: `slug "${source.slug}" is used by ${other} too`, hint: 'give each document a unique slug: in its front matter', file: source.path, source: 'project' } };
    }
    slugs.set(source.slug, source.path);
    return { admitted: true };
  };
}
