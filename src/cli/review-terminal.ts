// The terminal side of `diglot review`: a readline Prompter over the process's TTY (questions, an
// English pre-filled for editing, Ctrl-C / Ctrl-D as "quit"), the terminal's width and colours.
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { Prompter, TerminalStyle } from '../review/index.js';
import { colorEnabled, paint } from './color.js';
import type { CommandIO, Output } from './command.js';

/** True when both ends are a terminal: the review asks questions on one and shows the answers' effect on the other. */
export function isInteractive(io: CommandIO): boolean {
  return (io.stdin as { isTTY?: boolean }).isTTY === true && (io.stdout as { isTTY?: boolean }).isTTY === true;
}

/** Narrower than this, nothing is readable anyway: layouts assume at least a phone's 20 columns. */
const MIN_WIDTH = 20;

/** The terminal's current width and the painter for its colours (none under NO_COLOR, TERM=dumb). */
export function terminalStyle(out: Output): TerminalStyle {
  const columns = (out as { columns?: number }).columns;
  const color = colorEnabled(out);
  return { width: Math.max(MIN_WIDTH, typeof columns === 'number' && columns > 0 ? columns : 80), paint: (text, c) => paint(text, c, color) };
}

/** A Prompter on a readline interface; `close()` gives the terminal back (raw mode off, input paused). */
export function createTerminalPrompter(input: Readable, output: Output): Prompter & { close(): void } {
  const rl = readline.createInterface({ input, output: output as NodeJS.WritableStream, terminal: true, historySize: 0 });
  let closed = false;
  let pending: ((answer: string | null) => void) | undefined;
  const settle = (answer: string | null) => {
    const p = pending;
    pending = undefined;
    p?.(answer);
  };
  rl.on('close', () => {
    closed = true;
    settle(null);
  });
  // Ctrl-C quits the review like `q` (what was decided is written already), not the process mid-write
  rl.on('SIGINT', () => {
    output.write('\n');
    rl.close();
  });
  return {
    ask(question, prefill) {
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        pending = resolve;
        rl.question(question, (answer) => settle(answer));
        // typed into the line as if by the user: arrows, backspace and Home/End edit it
        if (prefill) rl.write(prefill);
      });
    },
    say(text) {
      output.write(`${text}\n`);
    },
    close() {
      if (!closed) rl.close();
    },
  };
}
