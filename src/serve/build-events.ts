// Rebuild results → server-sent events for the open pages: `reload` after a build that changed
// outputs (or repaired a failed one), `built` after one that changed nothing, `failed` with the
// messages (file:line:col, rule id, hint) as plain strings. A page that connects while the last
// build is failed gets the `failed` event at once.
import type { ServerResponse } from 'node:http';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostic.js';

/** What the overlay shows: plain strings, put into the page with textContent. */
export interface FailureReport {
  title: string;
  messages: string[];
  note: string;
}

export type BuildEvent = { kind: 'reload' } | { kind: 'built' } | { kind: 'failed'; report: FailureReport };

export interface BuildEventHub {
  /** Keeps `res` open as an event stream until the client goes. */
  attach(res: ServerResponse): void;
  publish(event: BuildEvent): void;
  /** Open connections. */
  size(): number;
  /** Ends every stream (the server is closing). */
  close(): void;
}

export function createBuildEventHub(): BuildEventHub {
  const clients = new Set<ServerResponse>();
  let failed: BuildEvent | undefined;
  const send = (res: ServerResponse, e: BuildEvent) => res.write(`event: ${e.kind}\ndata: ${JSON.stringify(e.kind === 'failed' ? e.report : {})}\n\n`);
  return {
    attach(res) {
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
      // a comment line first, so the browser sees the stream open; and a reconnect delay for restarts
      res.write(': diglot live reload\nretry: 1000\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
      if (failed) send(res, failed);
    },
    publish(event) {
      failed = event.kind === 'failed' ? event : undefined;
      for (const res of clients) send(res, event);
    },
    size: () => clients.size,
    close() {
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}

/** The overlay's text for a failed build; `display` turns root-relative paths into the user's. */
export function failureReport(diagnostics: readonly Diagnostic[], kept: boolean, internal?: Error): FailureReport {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return {
    title: internal ? 'diglot: the build failed with an internal error' : `diglot: the build failed (${errors.length} error${errors.length === 1 ? '' : 's'})`,
    messages: internal ? [`${internal.message}`, 'This is a bug in diglot: please report it with the terminal output.'] : errors.map((d) => formatDiagnostic(d)),
    note: kept ? 'The page shows the last good build. Fix the file and save: the page reloads.' : 'Nothing has been built yet. Fix the file and save: the page reloads.',
  };
}
