// One document's aligned units → bilingual Markdown (German block, then its English), for GitHub.
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { IncompletePolicy } from '../config/index.js';
import type { DocumentCoverage } from '../report/index.js';
import { buildEditionView, type BlockView } from './edition-model.js';
import { restoreMarkup } from '../segment/index.js';

export interface MarkdownEditionInput {
  source: SourceDocument;
  units: readonly AlignedUnit[];
  coverage: DocumentCoverage;
  policy: IncompletePolicy;
}

/** Renders the bilingual Markdown edition. */
export function renderMarkdownEdition(input: MarkdownEditionInput): string {
  const { source, units, coverage } = input;
  const title = units.find((u) => u.block === 'title');
  const out: string[] = [];
  out.push(`# ${inline(title?.segment.key ?? String(source.meta.title ?? source.slug), title)}`);
  out.push('', `*${title?.en ? inline(title.en, title) : '(title not translated)'}*`, '');
  out.push(`> Parallel edition DE/EN · ${coverage.percent} % translated (${coverage.translated}/${coverage.segments} segments) · source \`${source.path}\``, '');
  const view = buildEditionView(source.sections, coverage.sections, units, (i) => source.blocks[i]?.depth, input.policy);
  for (const s of view) {
    if (s.section.kind === 'summary') out.push('---', '');
    for (const b of s.blocks) out.push(...renderBlock(b, s.showEnglish), '');
    if (s.section.kind === 'summary') out.push('---', '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderBlock(b: BlockView, showEnglish: boolean): string[] {
  const de = b.units.map((u) => inline(u.segment.key, u)).join(' ');
  const enParts = b.units.map((u) => (u.en === null ? `*(${u.status})*` : inline(u.en, u)));
  const en = showEnglish ? enParts.join(' ') : '*(English withheld: this section is not completely translated)*';
  switch (b.kind) {
    case 'heading':
      return [`${'#'.repeat(Math.min(6, Math.max(2, b.depth ?? 2)))} ${de}`, '', `*${en}*`];
    case 'list-item':
      return [`- ${de}`, `  <br>*${en}*`];
    case 'caption':
      return [`*${de}*`, '', `*${en}*`];
    case 'summary-title':
      return [`**${de}**`, '', `**${en}**`];
    default:
      return [de, '', ...`${en}`.split('\n').map((l) => `> ${l}`)];
  }
}

/** Key-form text → Markdown: placeholders restored from the German markup, the rest escaped. */
function inline(key: string, unit: AlignedUnit | undefined): string {
  return restoreMarkup(key, unit?.segment.markup ?? []);
}
