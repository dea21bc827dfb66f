// Whether the CLI may colour its messages, and the colours it uses. Colour only on a terminal, never
// with NO_COLOR set (no-color.org) or TERM=dumb; FORCE_COLOR asks for it even in a pipe (CI logs).
import type { Output } from './command.js';

/** True when text written to `out` may carry ANSI colour. */
export function colorEnabled(out: Output, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return (out as { isTTY?: boolean }).isTTY === true;
}

const CODES = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22] } as const;
export type Color = keyof typeof CODES;

/** `text` in `color` when `on`, unchanged otherwise. */
export function paint(text: string, color: Color, on: boolean): string {
  if (!on) return text;
  const [open, close] = CODES[color];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}
