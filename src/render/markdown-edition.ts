// One document's aligned units → bilingual Markdown for GitHub: each German block followed by its
// English, structures kept (links, ordered lists with their numbers, quotations, tables, footnotes,
// images). Rule: the English of a paragraph is a quotation one level deeper than its German.
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { IncompletePolicy } from '../config/index.js';
import type { DocumentCoverage } from '../report/index.js';
import { buildEditionView, type BlockView } from './edition-model.js';
import { collectFootnotes, groupBlocks, type BlockGroup, type FootnoteGroup } from './block-groups.js';
import { restoreMarkup } from '../segment/index.js';
import { createUiStrings, type UiText, type UiStrings } from './ui-text.js';

export interface MarkdownEditionInput {
  /** The pages' own strings, loaded once for many pages (default: loaded for this page). */
  ui?: UiStrings;
  source: SourceDocument;
  units: readonly AlignedUnit[];
  coverage: DocumentCoverage;
  policy: IncompletePolicy;
  /** Language of the edition's own lines (the info line); notices in the English position are in the target language. */
  interfaceLanguage?: string;
  targetLanguage?: string;
}

interface Strings {
  ui: UiText;
  /** Strings written where the English stands. */
  en: UiText;
}

/** Renders the bilingual Markdown edition. */
export function renderMarkdownEdition(input: MarkdownEditionInput): string {
  const { source, units, coverage } = input;
  const ui = input.ui ?? createUiStrings();
  const t: Strings = { ui: ui.textFor(input.interfaceLanguage ?? 'en'), en: ui.textFor(input.targetLanguage ?? 'en') };
  const title = units.find((u) => u.block === 'title');
  const out: string[] = [];
  out.push(`# ${inline(title?.segment.key ?? String(source.meta.title ?? source.slug), title)}`);
  out.push('', `*${title?.en ? inline(title.en, title) : `(${t.en.t('markdown.titleMissing')})`}*`, '');
  out.push(`> ${t.ui.t('markdown.info', { percent: coverage.percent, translated: coverage.translated, segments: coverage.segments, path: source.path })}`, '');
  const withheld = `*(${t.en.t('markdown.withheld')})*`;
  // a unit without English says which status it has, in the target language
  const english: English = (b) => b.units.map((u) => (u.en === null ? `*(${u.status === 'translated' || u.status === 'reviewed' ? u.status : t.en.t(`status.${u.status}`)})*` : inline(u.en, u))).join(' ');
  const view = buildEditionView(source.sections, coverage.sections, units, (i) => source.blocks[i], input.policy);
  const notes: Array<FootnoteGroup & { en: English | null }> = [];
  for (const s of view) {
    if (s.section.kind === 'summary') out.push('---', '');
    const en = s.showEnglish ? english : null;
    const groups = groupBlocks(s.blocks);
    const parts = groups.map((g) => groupLines(g, en));
    // withheld English is said once per section, after its heading
    if (!en && parts.length) parts.splice(groups[0].type === 'block' && groups[0].block.kind === 'heading' ? 1 : 0, 0, [withheld]);
    for (const p of parts) out.push(...p, '');
    notes.push(...collectFootnotes(s.blocks).map((f) => ({ ...f, en })));
    if (s.section.kind === 'summary') out.push('---', '');
  }
  for (const n of notes) out.push(...footnoteLines(n, n.en, withheld), '');
  // reference links and images of both languages resolve against the source's definitions
  for (const [label, d] of Object.entries(source.definitions ?? {})) out.push(`[${label}]: <${d.url.replace(/[<>\n]/g, encodeURIComponent)}>${d.title ? ` "${d.title.replace(/["\\]/g, '\\$&')}"` : ''}`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** A block's English as Markdown; null where the section's English is withheld. */
type English = (b: BlockView) => string;

function groupLines(g: BlockGroup, en: English | null): string[] {
  switch (g.type) {
    case 'block':
      return blockLines(g.block, en);
    case 'list':
      return listLines(g, en);
    case 'quote':
      return g.content.flatMap((c, i) => [...(i ? [''] : []), ...groupLines(c, en)]).map((l) => (l ? `> ${l}` : '>'));
    case 'table':
      return [...tableLines(g, german), ...(en ? ['', ...tableLines(g, en)] : [])];
    case 'figure': {
      const image = g.image ? [german(g.image), ''] : [];
      const caption = g.caption.length ? [`*${g.caption.map(german).join(' ')}*`, ...(en ? ['', `*${g.caption.map(en).join(' ')}*`] : [])] : [];
      return [...image, ...caption];
    }
  }
}

function blockLines(b: BlockView, en: English | null): string[] {
  const de = german(b);
  if (!en) return [b.kind === 'heading' ? `${'#'.repeat(Math.min(6, Math.max(2, b.depth ?? 2)))} ${de}` : b.kind === 'caption' ? `*${de}*` : b.kind === 'summary-title' ? `**${de}**` : de];
  const english = en(b);
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, Math.max(2, b.depth ?? 2)))} ${de}`, '', `*${english}*`];
    case 'caption':
      return [`*${de}*`, '', `*${english}*`];
    case 'summary-title':
      return [`**${de}**`, '', `**${english}**`];
    default:
      return [de, '', ...english.split('\n').map((l) => `> ${l}`)];
  }
}

/** A list keeps its kind and numbering; each item's English follows its German on a new line. */
function listLines(g: Extract<BlockGroup, { type: 'list' }>, en: English | null): string[] {
  const lines: string[] = [];
  g.items.forEach((item, i) => {
    const marker = g.ordered ? `${g.start + i}.` : '-';
    const indent = ' '.repeat(marker.length + 1);
    item.content.forEach((c, k) => {
      let body: string[];
      if (c.type === 'block') body = [german(c.block), ...(en ? [`<br>*${en(c.block)}*`] : [])];
      else body = ['', ...groupLines(c, en)];
      if (k > 0 && c.type === 'block') body = ['', ...body];
      body.forEach((l, n) => lines.push(k === 0 && n === 0 ? `${marker} ${l}` : l ? `${indent}${l}` : ''));
    });
  });
  return lines;
}

function tableLines(g: Extract<BlockGroup, { type: 'table' }>, text: (b: BlockView) => string): string[] {
  const cell = (b: BlockView | undefined) => (b ? text(b).replace(/\n/g, ' ') : '');
  const row = (cells: Array<BlockView | undefined>) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${g.align.map((a) => (a === 'left' ? ':--' : a === 'right' ? '--:' : a === 'center' ? ':-:' : '---')).join(' | ')} |`;
  return [row(g.cells[0] ?? []), rule, ...g.cells.slice(1).map(row)];
}

/** `[^label]: German`, then the English as an indented quotation inside the same footnote. */
function footnoteLines(n: FootnoteGroup, en: English | null, withheld: string): string[] {
  const lines: string[] = [];
  n.blocks.forEach((b, i) => {
    lines.push(i === 0 ? `[^${n.label}]: ${german(b)}` : `    ${german(b)}`, '');
    lines.push(`    > ${en ? en(b) : withheld}`, '');
  });
  return lines;
}

const german = (b: BlockView) => b.units.map((u) => inline(u.segment.key, u)).join(' ');

/** Key-form text → Markdown: placeholders restored from the German markup, the rest escaped. */
function inline(key: string, unit: AlignedUnit | undefined): string {
  return restoreMarkup(key, unit?.segment.markup ?? []);
}
