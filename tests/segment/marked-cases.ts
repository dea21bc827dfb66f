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
