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

export interface MarkdownEditionInput {
  source: SourceDocument;
  units: readonly AlignedUnit[];
  coverage: DocumentCoverage;
  policy: IncompletePolicy;
}

const WITHHELD = '*(English withheld: this section is not completely translated)*';

/** Renders the bilingual Markdown edition. */
export function renderMarkdownEdition(input: MarkdownEditionInput): string {
  const { source, units, coverage } = input;
  const title = units.find((u) => u.block === 'title');
  const out: string[] = [];
  out.push(`# ${inline(title?.segment.key ?? String(source.meta.title ?? source.slug), title)}`);
  out.push('', `*${title?.en ? inline(title.en, title) : '(title not translated)'}*`, '');
  out.push(`> Parallel edition DE/EN · ${coverage.percent} % translated (${coverage.translated}/${coverage.segments} segments) · source \`${source.path}\``, '');
  const view = buildEditionView(source.sections, coverage.sections, units, (i) => source.blocks[i], input.policy);
  const notes: Array<FootnoteGroup & { en: boolean }> = [];
  for (const s of view) {
    if (s.section.kind === 'summary') out.push('---', '');
    const groups = groupBlocks(s.blocks);
    const parts = groups.map((g) => groupLines(g, s.showEnglish));
    // withheld English is said once per section, after its heading
    if (!s.showEnglish && parts.length) parts.splice(groups[0].type === 'block' && groups[0].block.kind === 'heading' ? 1 : 0, 0, [WITHHELD]);
    for (const p of parts) out.push(...p, '');
    notes.push(...collectFootnotes(s.blocks).map((f) => ({ ...f, en: s.showEnglish })));
    if (s.section.kind === 'summary') out.push('---', '');
  }
  for (const n of notes) out.push(...footnoteLines(n, n.en), '');
  // reference links and images of both languages resolve against the source's definitions
  for (const [label, d] of Object.entries(source.definitions ?? {})) out.push(`[${label}]: <${d.url.replace(/[<>\n]/g, encodeURIComponent)}>${d.title ? ` "${d.title.replace(/["\\]/g, '\\$&')}"` : ''}`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function groupLines(g: BlockGroup, en: boolean): string[] {
  switch (g.type) {
    case 'block':
      return blockLines(g.block, en);
    case 'list':
      return listLines(g, en);
    case 'quote':
      return g.content.flatMap((c, i) => [...(i ? [''] : []), ...groupLines(c, en)]).map((l) => (l ? `> ${l}` : '>'));
    case 'table':
      return [...tableLines(g, 'de'), ...(en ? ['', ...tableLines(g, 'en')] : [])];
    case 'figure': {
      const image = g.image ? [german(g.image), ''] : [];
      const caption = g.caption.length ? [`*${g.caption.map(german).join(' ')}*`, ...(en ? ['', `*${g.caption.map(english).join(' ')}*`] : [])] : [];
      return [...image, ...caption];
    }
  }
}

function blockLines(b: BlockView, en: boolean): string[] {
  const de = german(b);
  const englishLines = en ? english(b) : '';
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, Math.max(2, b.depth ?? 2)))} ${de}`, ...(en ? ['', `*${englishLines}*`] : [])];
    case 'caption':
      return [`*${de}*`, ...(en ? ['', `*${englishLines}*`] : [])];
    case 'summary-title':
      return [`**${de}**`, ...(en ? ['', `**${englishLines}**`] : [])];
    default:
      return [de, ...(en ? ['', ...englishLines.split('\n').map((l) => `> ${l}`)] : [])];
  }
}

/** A list keeps its kind and numbering; each item's English follows its German on a new line. */
function listLines(g: Extract<BlockGroup, { type: 'list' }>, en: boolean): string[] {
  const lines: string[] = [];
  g.items.forEach((item, i) => {
    const marker = g.ordered ? `${g.start + i}.` : '-';
    const indent = ' '.repeat(marker.length + 1);
    item.content.forEach((c, k) => {
      let body: string[];
      if (c.type === 'block') body = [german(c.block), ...(en ? [`<br>*${english(c.block)}*`] : [])];
      else body = ['', ...groupLines(c, en)];
      if (k > 0 && c.type === 'block') body = ['', ...body];
      body.forEach((l, n) => lines.push(k === 0 && n === 0 ? `${marker} ${l}` : l ? `${indent}${l}` : ''));
    });
  });
  return lines;
}

function tableLines(g: Extract<BlockGroup, { type: 'table' }>, side: 'de' | 'en'): string[] {
  const text = (b: BlockView | undefined) => (b ? (side === 'de' ? german(b) : english(b)).replace(/\n/g, ' ') : '');
  const row = (cells: Array<BlockView | undefined>) => `| ${cells.map(text).join(' | ')} |`;
  const rule = `| ${g.align.map((a) => (a === 'left' ? ':--' : a === 'right' ? '--:' : a === 'center' ? ':-:' : '---')).join(' | ')} |`;
  return [row(g.cells[0] ?? []), rule, ...g.cells.slice(1).map(row)];
}

/** `[^label]: German`, then the English as an indented quotation inside the same footnote. */
function footnoteLines(n: FootnoteGroup, en: boolean): string[] {
  const lines: string[] = [];
  n.blocks.forEach((b, i) => {
    lines.push(i === 0 ? `[^${n.label}]: ${german(b)}` : `    ${german(b)}`, '');
    lines.push(`    > ${en ? english(b) : WITHHELD}`, '');
  });
  return lines;
}

const german = (b: BlockView) => b.units.map((u) => inline(u.segment.key, u)).join(' ');
const english = (b: BlockView) => b.units.map((u) => (u.en === null ? `*(${u.status})*` : inline(u.en, u))).join(' ');

/** Key-form text → Markdown: placeholders restored from the German markup, the rest escaped. */
function inline(key: string, unit: AlignedUnit | undefined): string {
  return restoreMarkup(key, unit?.segment.markup ?? []);
}
