// YAML front matter of a Markdown source → metadata, the exact range of the title, diagnostics.
import { isScalar, parseDocument } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FrontMatter } from '../model/document.js';
import type { LineIndex } from '../util/line-index.js';
import { isSafeSlug, SLUG_RULE, suggestSlug } from '../util/safe-slug.js';
import { clip } from '../util/clip.js';
import { yamlToJs } from '../util/yaml-validate.js';

export interface FrontMatterResult {
  meta: FrontMatter;
  /** Range of the title's text in the file, when the title is a plain or simply quoted scalar. */
  title?: { start: number; end: number; value: string };
  diagnostics: Diagnostic[];
}

const KNOWN_KEYS = new Set(['title', 'slug', 'source', 'language', 'lang', 'orthography', 'note', 'notes', 'date', 'author', 'url', 'licence', 'license', 'section']);

/**
 * Parses the front matter found at `[start, end)` of `text` (the `---` fences included).
 * Unknown keys are kept but reported as info, so a typo like `tilte` is noticed.
 */
export function parseFrontMatter(text: string, start: number, end: number, file: string, lines: LineIndex): FrontMatterResult {
  const diagnostics: Diagnostic[] = [];
  // line endings may be LF, CRLF or a lone CR (classic Mac): all three end the `---` fence lines
  const contentStart = afterFirstBreak(text, start, end);
  // the closing fence is the last line of the node
  const contentEnd = Math.max(contentStart, lastLineStart(text, contentStart, end));
  // the yaml library breaks lines at LF only; a lone CR becomes LF (same length, so offsets hold)
  const yamlText = text.slice(contentStart, contentEnd).replace(/\r(?!\n)/g, '\n');
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const place = (from: number, to?: number) => ({
    start: lines.pointAt(contentStart + from),
    ...(to !== undefined ? { end: lines.pointAt(contentStart + to) } : {}),
  });
  for (const err of [...doc.errors, ...doc.warnings]) {
    diagnostics.push({
      ruleId: 'frontmatter-invalid-yaml',
      severity: 'error',
      message: `front matter is not valid YAML: ${err.message.split('\n')[0]}`,
      hint: 'fix the YAML between the --- lines at the top of the file',
      file,
      place: place(err.pos[0], err.pos[1]),
      source: 'markdown',
    });
  }
  if (diagnostics.length) return { meta: {}, diagnostics };
  const js = yamlToJs(doc);
  if (!js.ok) {
    diagnostics.push({ ruleId: 'frontmatter-invalid-yaml', severity: 'error', message: `front matter is not valid YAML: ${js.message.replace(/^invalid YAML: /, '')}`, hint: js.hint, file, place: place(js.range[0], js.range[1]), source: 'markdown' });
    return { meta: {}, diagnostics };
  }
  const value = js.value;
  if (value === null || value === undefined) return { meta: {}, diagnostics };
  if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push({
      ruleId: 'frontmatter-not-a-map',
      severity: 'error',
      message: 'front matter must be a map of keys (title:, slug:, …)',
      file,
      place: place(0),
      source: 'markdown',
    });
    return { meta: {}, diagnostics };
  }
  const meta = value as FrontMatter;
  let title: FrontMatterResult['title'];
  const contents = doc.contents;
  if (contents && 'items' in contents) {
    for (const pair of contents.items as Array<{ key: unknown; value: unknown }>) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
      const key = pair.key.value;
      const range = pair.key.range;
      if (!KNOWN_KEYS.has(key) && range) {
        diagnostics.push({
          ruleId: 'frontmatter-unknown-key',
          severity: 'info',
          message: `front matter key "${key}" is not one diglot knows; it is kept but not used`,
          file,
          place: place(range[0], range[1]),
          source: 'markdown',
        });
      }
      if (key === 'slug') {
        const value = isScalar(pair.value) ? pair.value.value : undefined;
        const at = (pair.value as { range?: [number, number, number] } | null)?.range ?? range;
        // the slug names files (<slug>.json, <slug>.html): it must not be able to name a path
        if (value !== null && value !== '' && !isSafeSlug(value) && at) {
          diagnostics.push({
            ruleId: 'frontmatter-invalid-slug',
            severity: 'error',
            message: typeof value === 'string' ? `slug "${clip(value, 80)}" is not a safe slug (${SLUG_RULE})` : `slug must be text (${SLUG_RULE})`,
            hint: `write e.g. \`slug: ${typeof value === 'string' ? suggestSlug(value) : typeof value === 'number' ? `"${value}"` : 'my-article'}\`; the slug names the document's files, so it cannot contain "/", ".." or dots`,
            file,
            place: place(at[0], at[1]),
            source: 'markdown',
          });
        }
      }
      if (key === 'title' && isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.range) {
        title = locateScalar(yamlText, pair.value.range, pair.value.value, contentStart);
        if (!title) {
          diagnostics.push({
            ruleId: 'frontmatter-title-not-literal',
            severity: 'warning',
            message: 'the title uses YAML escapes or folding, so it cannot be addressed by exact offsets; it is not translated',
            hint: 'write the title on one line, plain or in quotes without escapes',
            file,
            place: place(pair.value.range[0], pair.value.range[1]),
            source: 'markdown',
          });
        }
      }
    }
  }
  return { meta, ...(title ? { title } : {}), diagnostics };
}

/** The file range of a scalar whose source text equals its value (plain, or quoted without escapes). */
function locateScalar(yamlText: string, range: [number, number, number], value: string, base: number) {
  let from = range[0];
  let to = range[1];
  const first = yamlText[from];
  if ((first === '"' || first === "'") && yamlText[to - 1] === first) {
    from++;
    to--;
  }
  if (yamlText.slice(from, to) !== value || value.trim() === '') return undefined;
  return { start: base + from, end: base + to, value };
}

/** The offset after the first line break in `[from, to)`, or `to` when there is none. */
function afterFirstBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '\n') return i + 1;
    if (text[i] === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return to;
}

/** The start of the last line in `[from, to)` (after its last line break), or `from`. */
function lastLineStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === '\n' || text[i] === '\r') return i + 1;
  return from;
}
