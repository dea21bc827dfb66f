// A segmented source → a diagnostic when its slug (front matter, or the file name) cannot safely name
// its files. The front-matter parser already reports an unsafe `slug:` value at its position; this
// covers the file-name default, which has no position of its own.
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import { isSafeSlug, SLUG_RULE, suggestSlug } from '../util/safe-slug.js';
import { clip, clipMiddle } from '../util/clip.js';

/** Undefined when the slug is safe or its problem is reported already (`frontmatter-invalid-slug`). */
export function checkDocumentSlug(source: Pick<SourceDocument, 'slug' | 'path'>, reported: readonly Diagnostic[]): Diagnostic | undefined {
  if (isSafeSlug(source.slug) || reported.some((d) => d.ruleId === 'frontmatter-invalid-slug')) return undefined;
  const base = path.basename(source.path).replace(/\.[^.]+$/, '');
  return {
    ruleId: 'source-invalid-slug',
    severity: 'error',
    message: `the file name gives the slug "${clip(source.slug, 80)}", which is not a safe slug (${SLUG_RULE})`,
    hint: `add \`slug: ${suggestSlug(base)}\` to the front matter, or rename the file`,
    file: clipMiddle(source.path, 160),
    place: { start: { line: 1, column: 1, offset: 0 } },
    source: 'project',
  };
}
