// Long user text shortened for one-line messages: a 10 MB path must not become 10 MB of stderr.

/** `text` cut to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

/**
 * `text` cut in the middle to at most `max` characters: for paths, whose start (the folder) and end
 * (the file name) both matter.
 */
export function clipMiddle(text: string, max = 200): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${text.slice(0, head)}…${tail > 0 ? text.slice(text.length - tail) : ''}`;
}
