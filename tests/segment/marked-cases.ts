// Reads the segmentation case files of tests/fixtures/segment/{classes,heldout}: one case per line,
// `‖` at every expected sentence break, `\uXXXX` and `\t` as escapes, an optional `pos:`/`neg:` label
// (the class's phenomenon or a near miss), `#` comment lines. Returns the text and its gold sentences.
import fs from 'node:fs';
import path from 'node:path';

export interface MarkedCase {
  /** `file:line`, for messages. */
  id: string;
  /** The file's name without extension: the class (or set) the case belongs to. */
  group: string;
  label: 'pos' | 'neg' | 'case';
  text: string;
  sentences: string[];
}

const unescape = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})|\\t/g, (_m, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '\t'));

/** Parses one case file (see the module comment). */
export function readMarkedCases(file: string): MarkedCase[] {
  const group = path.basename(file).replace(/\.[^.]+$/, '');
  const out: MarkedCase[] = [];
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const m = /^(pos|neg): (.*)$/.exec(line);
    const body = unescape(m ? m[2] : line);
    out.push({
      id: `${path.basename(file)}:${k + 1}`,
      group,
      label: m ? (m[1] as 'pos' | 'neg') : 'case',
      text: body.replace(/‖/g, ''),
      sentences: body.split('‖').map((s) => s.trim()).filter(Boolean),
    });
  });
  return out;
}

/** Every case file of a folder, in name order. */
export function readMarkedFolder(dir: string): MarkedCase[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readMarkedCases(path.join(dir, f)));
}

/** A case with gold sentences, from any set. */
export interface GoldCase {
  id: string;
  text: string;
  sentences: readonly string[];
}

export interface SplitScore {
  cases: number;
  /** Share of cases whose sentence list is exactly the gold one (whitespace-normalised). */
  accuracy: number;
  precision: number;
  recall: number;
  /** Boundary F1 over sentence ends, counted in non-whitespace characters. */
  f1: number;
  failures: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Sentence-end offsets counted in non-whitespace characters (so spacing differences don't matter). */
export function boundaries(sentences: readonly string[]): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (const s of sentences.slice(0, -1)) {
    k += s.replace(/\s+/g, '').length;
    out.add(k);
  }
  return out;
}

/** Case accuracy and boundary precision/recall/F1 of a splitter on gold cases (as the evaluation scores them). */
export function scoreSplits<C extends GoldCase>(cases: readonly C[], split: (text: string, c: C) => string[]): SplitScore {
  let exact = 0;
  let tp = 0;
  let nPred = 0;
  let nGold = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const pred = split(c.text, c).map(norm).filter(Boolean);
    const gold = c.sentences.map(norm).filter(Boolean);
    if (pred.length === gold.length && pred.every((s, i) => s === gold[i])) exact++;
    else failures.push(c.id);
    const pb = boundaries(pred);
    const gb = boundaries(gold);
    for (const b of pb) if (gb.has(b)) tp++;
    nPred += pb.size;
    nGold += gb.size;
  }
  const precision = nPred ? tp / nPred : 1;
  const recall = nGold ? tp / nGold : 1;
  return { cases: cases.length, accuracy: cases.length ? exact / cases.length : 0, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, failures };
}
