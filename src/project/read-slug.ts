// A Markdown source → its slug and the front matter's findings, without segmenting it: only the
// front matter is parsed (the same parser and the same YAML reading as segmentDocument, on the text
// through the closing fence), so a build can know every article's slug — which names its locale
// files — before any article is segmented. segmentDocument gives the same slug (property-tested).
import type { Diagnostic } from '../model/diagnostic.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { parseFrontMatter } from '../markdown/front-matter.js';
import { slugFromPath, type SourceFile } from '../segment/index.js';
import { createLineIndex } from '../util/line-index.js';

export interface ReadSlug {
  slug: string;
  /** The front matter's findings (among them `frontmatter-invalid-slug`), as segmentDocument reports them. */
  diagnostics: Diagnostic[];
}

/** The opening fence of front matter: `---` on the first line (after a BOM). */
const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
/** A line that may close it (the parser decides; anything else falls back to parsing the whole text). */
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function readSlug(file: SourceFile): ReadSlug {
  const { text, path } = file;
  const opening = OPENING.exec(text);
  if (!opening) return { slug: slugFromPath(path), diagnostics: [] };
  // the front matter ends at the first closing fence: what follows it cannot change how it parses
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')));
  const prefix = closing ? text.slice(0, opening[0].length + closing.index + closing[0].trimEnd().length) : text;
  let parsed = parseMarkdown(prefix, path);
  let fm = parsed.tree.children[0];
  if (prefix !== text && (fm?.type !== 'yaml' || fm.position?.end.offset! + parsed.offsetShift !== prefix.length)) {
    parsed = parseMarkdown(text, path);
    fm = parsed.tree.children[0];
  }
  if (fm?.type !== 'yaml' || !fm.position) return { slug: slugFromPath(path), diagnostics: [] };
  const res = parseFrontMatter(text, fm.position.start.offset! + parsed.offsetShift, fm.position.end.offset! + parsed.offsetShift, path, createLineIndex(text));
  const slug = typeof res.meta.slug === 'string' && res.meta.slug ? ownCopy(res.meta.slug) : slugFromPath(path);
  return { slug, diagnostics: res.diagnostics };
}

/**
 * The string as a copy of its own: V8 keeps a substring as a view of the text it was cut from, and
 * a build holds each article's slug (in its memory rows) long after it let go of the source's text.
 */
function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
