// Styled text (spans with an optional colour) + a width → lines that fit it, for terminals as narrow
// as a phone's: words are kept whole where they fit, longer ones cut; colour codes never count as width.

/** The styles a terminal may show (the CLI maps them to ANSI colours, or to nothing under NO_COLOR). */
export type Color = 'red' | 'yellow' | 'cyan' | 'dim' | 'bold';

/** Styles a piece of text; the identity when colour is off. */
export type Painter = (text: string, color: Color) => string;

export interface Span {
  text: string;
  color?: Color;
}

/** The width of `text` in terminal columns (one per code point: no wide-character tables). */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Greedy word wrap of `spans` into lines of at most `width` columns (at least 1). Spaces at a line
 * break are dropped; a word longer than the width is cut; a line break in the text starts a new line.
 */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const max = Math.max(1, Math.floor(width));
  const lines: Span[][] = [[]];
  let used = 0;
  const put = (text: string, color: Color | undefined) => {
    const line = lines[lines.length - 1];
    const last = line[line.length - 1];
    if (last && last.color === color) last.text += text;
    else line.push(color ? { text, color } : { text });
    used += textWidth(text);
  };
  const newLine = () => {
    const line = lines[lines.length - 1];
    // no trailing spaces: they would wrap on a terminal exactly as wide as the line
    while (line.length && /\s$/.test(line[line.length - 1].text)) {
      line[line.length - 1].text = line[line.length - 1].text.replace(/\s+$/, '');
      if (!line[line.length - 1].text) line.pop();
    }
    lines.push([]);
    used = 0;
  };
  for (const span of spans) {
    for (const token of span.text.match(/\n|[^\S\n]+|\S+/g) ?? []) {
      if (token === '\n') {
        newLine();
        continue;
      }
      const w = textWidth(token);
      if (/^\s/.test(token)) {
        if (used > 0 && used + w <= max) put(token, span.color);
        else if (used > 0) newLine();
        continue;
      }
      if (used > 0 && used + w > max) newLine();
      let rest = [...token];
      while (rest.length > max - used) {
        const room = max - used;
        put(rest.slice(0, room).join(''), span.color);
        rest = rest.slice(room);
        newLine();
      }
      if (rest.length) put(rest.join(''), span.color);
    }
  }
  return lines;
}

/** One wrapped line as terminal text, each span styled by `paint`. */
export function renderSpans(line: readonly Span[], paint: Painter): string {
  return line.map((s) => (s.color ? paint(s.text, s.color) : s.text)).join('');
}
