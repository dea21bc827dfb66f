// The compact lexicon (bytes from lexicon-derive.ts) → a Lexicon answering by binary search over
// its sorted UTF-8 lines, in place: nothing is decoded or split up front, so loading costs one file
// read instead of a 14 MB JSON parse, and a paradigm is decoded only when asked for.
import { COMPACT_FORMAT, SEPARATORS, type Gender, type NounParadigm } from './lexicon-derive.js';

export interface Lexicon {
  /** Paradigm of the noun whose folded lemma is `folded`, if the lexicon has it. */
  paradigm(folded: string): NounParadigm | undefined;
  /** True when `folded` is some case/number form of a noun in the lexicon. */
  isNounForm(folded: string): boolean;
  /**
   * True when `folded` can be the first part of a compound as the lexicon sees it: a noun form, a noun
   * with its linking element (Friedens-, Sanktions-), a noun without final -e (Grenz-), or a verb stem
   * whose infinitive is a noun in the lexicon (Schwatz-, Wohn-).
   */
  isModifier(folded: string): boolean;
  /** Number of lemmas (for reports). */
  readonly size: number;
}

/** What the header line of a compact lexicon says: the dictionary key and the byte length of each section. */
export interface CompactHeader {
  key: string;
  forms: number;
  modifiers: number;
  nouns: number;
  /** Byte length of the header line with its line break. */
  length: number;
}

/** A byte range of whole lines; in a keyed section the key of a line ends at its first tab. */
interface Section {
  start: number;
  end: number;
  keyed: boolean;
}

const NL = 0x0a;
const TAB = 0x09;

/** Reads the header line; undefined when the bytes are not a compact lexicon of this format version. */
export function readCompactHeader(bytes: Uint8Array): CompactHeader | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.indexOf(NL);
  if (end < 0) return undefined;
  const fields = buf.toString('utf8', 0, end).split(SEPARATORS.FIELD);
  if (fields[0] !== COMPACT_FORMAT) return undefined;
  const get = (name: string) => fields.find((f) => f.startsWith(`${name}=`))?.slice(name.length + 1);
  const size = (name: string) => {
    const n = Number(get(name));
    return Number.isInteger(n) && n >= 0 ? n : NaN;
  };
  const header = { key: get('key') ?? '', forms: size('forms'), modifiers: size('modifiers'), nouns: size('nouns'), length: end + 1 };
  return [header.forms, header.modifiers, header.nouns].some(Number.isNaN) ? undefined : header;
}

/**
 * A Lexicon over compact bytes. Throws when they are not complete (a truncated or foreign file):
 * the cache treats that as a miss and derives the lexicon again.
 */
export function readCompactLexicon(bytes: Uint8Array): Lexicon {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = readCompactHeader(buf);
  if (!header) throw new Error('not a compact noun lexicon of this format version');
  if (header.length + header.forms + header.modifiers + header.nouns !== buf.length) throw new Error('compact noun lexicon is incomplete');
  const forms: Section = { start: header.length, end: header.length + header.forms, keyed: false };
  const modifiers: Section = { start: forms.end, end: forms.end + header.modifiers, keyed: false };
  const nouns: Section = { start: modifiers.end, end: buf.length, keyed: true };
  let scratch = Buffer.alloc(256);

  /** Byte offset of the line whose key equals `word` in the section, or -1. */
  const find = (word: string, section: Section): number => {
    if (Buffer.byteLength(word) > scratch.length) scratch = Buffer.alloc(Buffer.byteLength(word) * 2);
    const n = scratch.write(word);
    // [lo, hi) always holds whole lines: lo is a line start, hi a line start or the section end
    let lo = section.start;
    let hi = section.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = Math.max(lo, buf.lastIndexOf(NL, mid - 1) + 1);
      const end = buf.indexOf(NL, start);
      // every paradigm line has its fields, so the tab search never leaves the line
      const keyEnd = section.keyed ? buf.indexOf(TAB, start) : end;
      const c = buf.compare(scratch, 0, n, start, keyEnd);
      if (c === 0) return start;
      if (c < 0) lo = end + 1;
      else hi = start;
    }
    return -1;
  };

  const memo = new Map<string, NounParadigm | null>();
  const paradigm = (folded: string): NounParadigm | undefined => {
    let hit = memo.get(folded);
    if (hit === undefined) {
      const at = find(folded, nouns);
      hit = at < 0 ? null : toParadigm(buf.toString('utf8', at, buf.indexOf(NL, at)));
      memo.set(folded, hit);
    }
    return hit ?? undefined;
  };
  const isNounForm = (folded: string): boolean => find(folded, forms) >= 0;
  const isModifier = (folded: string): boolean => isNounForm(folded) || find(folded, modifiers) >= 0;
  let size: number | undefined;
  return {
    paradigm,
    isNounForm,
    isModifier,
    get size() {
      return (size ??= countLines(buf, nouns.start, nouns.end));
    },
  };
}

const items = (field: string | undefined): string[] => (field ? field.split(SEPARATORS.ITEM) : []);

function toParadigm(line: string): NounParadigm {
  const [lemma, gender, singular, plural, genitive] = line.split(SEPARATORS.FIELD);
  return { lemma, gender: (gender || undefined) as Gender | undefined, singular: [lemma, ...items(singular)], plural: items(plural), genitive: items(genitive) };
}

function countLines(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(NL, start); i >= 0 && i < end; i = buf.indexOf(NL, i + 1)) n++;
  return n;
}
