// Text + line break policy → chunks `[start, end)` that no sentence may cross (paragraphs, and in
// plain text also hard-broken lines). Rules then run inside each chunk.
import type { LineBreakPolicy } from './types.js';

export interface Chunk {
  start: number;
  end: number;
}

const BLANK_CHAR = /[ \t\f\v\u00a0\u2000-\u200b\u3000\ufeff]/;
// a line that starts a list item: bullet, "1." / "1)" / "a)" followed by a space
const LIST_ITEM = /^[ \t]*(?:[•·▪‣◦●○■□►▸➢✓✔*+–—-]|\d{1,3}[.)]|\p{L}\))[ \t\u00a0]/u;

/** Splits `text` into chunks according to `policy` (see LineBreakPolicy). */
export function lineChunks(text: string, policy: LineBreakPolicy): Chunk[] {
  let lineEnd = nextLineEnd(text, 0);
  if (lineEnd === text.length) return [{ start: 0, end: text.length }];
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let blank = isBlank(text, 0, lineEnd);
  while (lineEnd < text.length) {
    const nextStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    const nextEnd = nextLineEnd(text, nextStart);
    const nextBlank = isBlank(text, nextStart, nextEnd);
    let hard: boolean;
    if (policy === 'line' || blank || nextBlank) hard = true;
    else if (policy === 'paragraph') hard = false;
    else {
      // format=flowed / PDF soft wrap: a line ending in a space goes on in the next line
      const last = text.charCodeAt(lineEnd - 1);
      hard = !(last === 32 || last === 9) || LIST_ITEM.test(text.slice(nextStart, Math.min(nextEnd, nextStart + 16)));
    }
    if (hard) {
      if (lineEnd > chunkStart) chunks.push({ start: chunkStart, end: lineEnd });
      chunkStart = nextStart;
    }
    blank = nextBlank;
    lineEnd = nextEnd;
  }
  if (text.length > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!BLANK_CHAR.test(text[i])) return false;
  return true;
}

const LINE_END = /[\n\r\u2028\u2029\u0085]/g;

function nextLineEnd(text: string, from: number): number {
  LINE_END.lastIndex = from;
  return LINE_END.exec(text)?.index ?? text.length;
}
