// A folder (outDir, looked up per request: the run definition may move it) + host and port → an
// HTTP server for previewing the edition: GET/HEAD of files inside the folder only, HTML with the
// live-reload client injected, the build-event stream, a listing when there is no index.html, and
// 404s. Listens on 127.0.0.1 unless asked otherwise; a busy port is a user error (DiglotError).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiglotError } from '../model/diagnostic.js';
import { escapeHtml } from '../render/escape-html.js';
import { createBuildEventHub, type BuildEventHub } from './build-events.js';
import { EVENTS_PATH, injectLiveReload } from './live-reload.js';
import { listPages, resolveRequest } from './static-files.js';

export interface PreviewServerOptions {
  /** Absolute outDir, asked for on every request. */
  outDir: () => string;
  host?: string;
  /** 0 picks a free port. */
  port: number;
}

export interface PreviewServer {
  /** `http://127.0.0.1:4180/` */
  url: string;
  port: number;
  events: BuildEventHub;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** True for an address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Starts listening; throws DiglotError (serve-port-in-use, serve-listen-failed) when it cannot. */
export async function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  const host = opts.host ?? '127.0.0.1';
  const events = createBuildEventHub();
  const server = http.createServer((req, res) => handle(req, res, opts, host, events));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(listenError(e, host, opts.port)));
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function handle(req: http.IncomingMessage, res: http.ServerResponse, opts: PreviewServerOptions, host: string, events: BuildEventHub): void {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  // a page on another site could make the browser ask 127.0.0.1 under its own name (DNS rebinding):
  // a loopback server answers only to loopback names
  const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (isLoopback(host) && !isLoopback(hostHeader)) return plain(res, 403, 'diglot serve answers only to 127.0.0.1, localhost and [::1]\n', headers);
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'only GET and HEAD\n', { ...headers, Allow: 'GET, HEAD' });
  const url = req.url ?? '/';
  if (url.split('?')[0] === EVENTS_PATH) return events.attach(res);
  const outDir = opts.outDir();
  const found = resolveRequest(outDir, url);
  const connect = /^[A-Za-z0-9.[\]:-]+$/.test(req.headers.host ?? '') ? `http://${req.headers.host}${EVENTS_PATH}` : "'self'";
  const page = (status: number, html: string) => {
    const body = Buffer.from(injectLiveReload(html, connect), 'utf8');
    res.writeHead(status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (found.kind === 'bad-request') return plain(res, 400, 'bad request path\n', headers);
  if (found.kind === 'listing') return page(200, listingPage(listPages(outDir)));
  // browsers ask for /favicon.ico on their own: no icon is not an error worth a 404 in the console
  if (found.kind === 'not-found' && url.split('?')[0] === '/favicon.ico') return void res.writeHead(204, headers).end();
  if (found.kind === 'not-found') return page(404, notFoundPage(url));
  let body: Buffer;
  try {
    body = fs.readFileSync(found.file);
  } catch {
    return page(404, notFoundPage(url));
  }
  if (found.html) return page(200, body.toString('utf8'));
  res.writeHead(200, { ...headers, 'Content-Type': found.type, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(res: http.ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

const PAGE_STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}';

function shell(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${PAGE_STYLE}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

/** `/` when the index output is off: the pages in outDir. */
function listingPage(pages: readonly string[]): string {
  const items = pages.map((p) => `<li><a href="${escapeHtml(encodeURIComponent(p))}">${escapeHtml(p)}</a></li>`).join('\n');
  return shell('diglot serve', `<h1>Pages</h1>\n${pages.length ? `<ul>\n${items}\n</ul>` : '<p>No page has been built yet.</p>'}\n<p>Add <code>index</code> to <code>outputs</code> in pipeline/edition.yaml for an index page.</p>`);
}

function notFoundPage(url: string): string {
  return shell('Not found', `<h1>Not found</h1>\n<p>There is no file <code>${escapeHtml(url.split('?')[0])}</code> in the edition.</p>\n<p><a href="/">All pages</a></p>`);
}

function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  if (e.code === 'EADDRINUSE') {
    return new DiglotError({ ruleId: 'serve-port-in-use', severity: 'error', message: `port ${port} on ${host} is already in use by another program`, hint: `stop that program, or pick another port: diglot serve --port ${port === 65535 ? port - 1 : port + 1} (--port 0 picks a free one)`, source: 'serve' });
  }
  const why = e.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' ? 'no network interface of this machine has that address' : e.message;
  return new DiglotError({ ruleId: 'serve-listen-failed', severity: 'error', message: `cannot listen on ${host}:${port}: ${why}`, hint: 'use --host 127.0.0.1 (the default) and a port from 1024 to 65535, or --port 0', source: 'serve' });
}
