// Offset → 1-based line/column for a text, with \n, \r\n and lone \r as line breaks.
// Columns count UTF-16 code units (the JS string convention), starting at 1.
import type { Point } from '../model/diagnostic.js';

export interface LineIndex {
  /** Point for a 0-based UTF-16 offset (clamped to the text). */
  pointAt(offset: number): Point;
  /** 0-based offset for a 1-based line and column. */
  offsetAt(line: number, column: number): number;
}

/** Builds a line index once; look-ups are O(log lines). */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    pointAt(offset: number): Point {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo] + 1, offset: o };
    },
    offsetAt(line: number, column: number): number {
      const l = Math.max(1, Math.min(line, starts.length));
      return Math.min(text.length, starts[l - 1] + Math.max(1, column) - 1);
    },
  };
}
