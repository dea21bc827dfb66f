// Project document → the view model every edition renderer shares: sections of block groups,
// with the publish policy applied (incomplete sections German-only, hidden or mixed).
import type { Block, BlockKind, BlockLayout, Section, SourceDocument } from '../model/document.js';
import type { Glossary } from '../model/glossary.js';
import type { AlignedUnit } from '../model/unit.js';
import type { IncompletePolicy } from '../config/index.js';
import type { DocumentCoverage, SectionCoverage } from '../report/index.js';
import type { UiStrings } from './ui-text.js';

/** What both edition pages (reader and review) are rendered from. */
export interface EditionPageInput {
  /** The pages' own strings, loaded once for many pages (default: loaded for this page). */
  ui?: UiStrings;
  source: SourceDocument;
  units: readonly AlignedUnit[];
  coverage: DocumentCoverage;
  glossary: Glossary;
  sourceLanguage: string;
  targetLanguage: string;
  policy: IncompletePolicy;
  /** Language of the page's own strings (default: English). */
  interfaceLanguage?: string;
}

export interface BlockView {
  kind: BlockKind;
  index: number;
  depth?: number;
  /** The list, table, quotation or footnote around the block. */
  layout?: BlockLayout;
  units: AlignedUnit[];
}

export interface SectionView {
  section: Section;
  coverage: SectionCoverage;
  /** Whether English is shown for this section (false: German only, by the publish policy). */
  showEnglish: boolean;
  blocks: BlockView[];
}

/**
 * Groups units by section and block in document order. A section that is not complete is
 * German-only under `german-only`, left out under `hide`, and shown as is under `mixed`.
 */
export function buildEditionView(
  sections: readonly Section[],
  coverage: readonly SectionCoverage[],
  units: readonly AlignedUnit[],
  blockAt: (index: number) => Pick<Block, 'depth' | 'layout'> | undefined,
  policy: IncompletePolicy,
): SectionView[] {
  const views: SectionView[] = [];
  for (const section of sections) {
    const cov = coverage.find((c) => c.id === section.id);
    if (!cov) continue;
    if (!cov.complete && policy === 'hide') continue;
    const blocks: BlockView[] = [];
    for (const u of units) {
      if (u.section !== section.id || u.block === 'title') continue;
      const last = blocks[blocks.length - 1];
      if (last && last.index === u.blockIndex) last.units.push(u);
      else {
        const b = blockAt(u.blockIndex);
        blocks.push({ kind: u.block, index: u.blockIndex, ...(b?.depth !== undefined ? { depth: b.depth } : {}), ...(b?.layout ? { layout: b.layout } : {}), units: [u] });
      }
    }
    if (blocks.length) views.push({ section, coverage: cov, showEnglish: cov.complete || policy === 'mixed', blocks });
  }
  return views;
}
