// Long user text shortened for one-line messages.

/** `text` cut to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}
