// A paragraph-level translation (po4a, a memory made per paragraph) + the project's documents → the
// block whose sentences it covers, and its English split over those sentences by diglot's aligner
// (src/align). The pieces are suggestions with the aligner's score and reasons: an import offers them,
// it never takes them as translations on its own. Pure.
import { alignSegments } from '../align/index.js';
import type { AlignedUnit } from '../model/unit.js';
import { normalizeKey } from '../match/normalize-key.js';
import { segmentText } from '../segment/index.js';

/** One German sentence of the block and the English the aligner paired with it. */
export interface SplitPiece {
  unitId: string;
  /** The sentence's German key. */
  key: string;
  en: string;
  /** The aligner's confidence 0..1 for the bead, and its reasons. */
  score: number;
  why: string[];
  /** The bead holds several German sentences: this English renders them together. */
  shared: boolean;
}

/**
 * The comparison form of a paragraph: placeholders and Markdown inline syntax left out, so a file
 * holding `**heute**` or `[Bericht](url)` (po4a keeps Markdown) meets diglot's `<1>heute</1>`.
 */
export function paragraphForm(text: string): string {
  return normalizeKey(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[1-9]\d*\/?>/g, '')
      .replace(/(\*\*|__|\*|_|`|~~)/g, ''),
  );
}

/** Blocks of two or more sentences by their paragraph form (built once per document). */
export function indexBlocks(units: readonly AlignedUnit[]): Map<string, AlignedUnit[]> {
  const blocks = new Map<number, AlignedUnit[]>();
  for (const u of units) {
    const list = blocks.get(u.blockIndex);
    if (list) list.push(u);
    else blocks.set(u.blockIndex, [u]);
  }
  const out = new Map<string, AlignedUnit[]>();
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    const form = paragraphForm(list.map((u) => u.segment.key).join(' '));
    if (form && !out.has(form)) out.set(form, list);
  }
  return out;
}

/**
 * Splits `en` (the English of the whole block) over the block's sentences. English sentences are
 * found by diglot's segmenter with English rules; beads the aligner leaves without English give no
 * piece; an n:1 bead gives each of its German sentences the shared English (marked `shared`).
 */
export function splitParagraph(block: readonly AlignedUnit[], en: string, lang = 'en'): { pieces: SplitPiece[]; unpaired: string[] } {
  const sentences = segmentText(en, { lang }).map((s) => en.slice(s.start, s.end).trim()).filter(Boolean);
  const beads = alignSegments(block.map((u) => u.segment.key), sentences);
  const pieces: SplitPiece[] = [];
  const unpaired: string[] = [];
  for (const bead of beads) {
    const text = bead.en.map((j) => sentences[j]).join(' ');
    if (bead.de.length === 0) {
      unpaired.push(text);
      continue;
    }
    if (!text) continue;
    for (const i of bead.de) {
      const u = block[i];
      pieces.push({ unitId: u.id, key: u.segment.key, en: text, score: Math.round(bead.score * 100) / 100, why: bead.why, shared: bead.de.length > 1 });
    }
  }
  return { pieces, unpaired };
}
