// The preview server over real HTTP on 127.0.0.1 (port 0, a handful of bounded requests): files,
// injected HTML, 404/400/403/405, the event stream replaying a failed build, and a busy port as a
// user error — in the API (serve-port-in-use) and through `diglot serve` (exit 2, with a hint).
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import { CLIENT_SCRIPT, failureReport, startPreviewServer, type PreviewServer } from '../../src/serve/index.js';
import { copyProject } from '../helpers/project.js';
import { runDiglot } from '../helpers/cli.js';

/** One raw request (the path is sent as is, `..` included); resolves with status, headers and body. */
function request(port: number, rawPath: string, opts: { method?: string; host?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: opts.method ?? 'GET', headers: { host: opts.host ?? `127.0.0.1:${port}` }, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  let server: PreviewServer;
  let dist: string;
  beforeAll(async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-preview-'));
    dist = path.join(base, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'a.html'), `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'"></head><body><p>Ä</p></body></html>`);
    fs.writeFileSync(path.join(dist, 'a.md'), '# Ä\n');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'TOP-SECRET-CONTENT');
    server = await startPreviewServer({ outDir: () => dist, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 and serves pages with the live-reload client, other files as they are', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const page = await request(server.port, '/a.html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain(CLIENT_SCRIPT);
    expect(page.body).toContain(`connect-src http://127.0.0.1:${server.port}/__diglot/events`);
    expect(fs.readFileSync(path.join(dist, 'a.html'), 'utf8')).not.toContain('EventSource');
    const md = await request(server.port, '/a.md');
    expect(md).toMatchObject({ status: 200, body: '# Ä\n' });
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const head = await request(server.port, '/a.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 404, 400, 403 and 405 where it must, and never serves a file outside outDir', async () => {
    const missing = await request(server.port, '/nope.html');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<code>/nope.html</code>');
    expect(missing.body).toContain('EventSource');
    const escaped = await request(server.port, '/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(escaped.status).toBe(404);
    expect(escaped.body).not.toContain('<script>alert(1)');
    for (const p of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '//../../secret.txt']) {
      const r = await request(server.port, p);
      expect([400, 404], p).toContain(r.status);
      expect(r.body).not.toContain('TOP-SECRET-CONTENT');
    }
    expect((await request(server.port, '/a.html', { host: 'evil.example' })).status).toBe(403);
    expect((await request(server.port, '/a.html', { host: `localhost:${server.port}` })).status).toBe(200);
    expect((await request(server.port, '/favicon.ico')).status).toBe(204);
    const post = await request(server.port, '/a.html', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('streams build events, and replays a failed build to a page that connects later', async () => {
    server.events.publish({ kind: 'failed', report: failureReport([{ ruleId: 'resource-invalid-json', severity: 'error', message: 'bad <b>', file: 'locales/en/a.json', place: { start: { line: 3, column: 5, offset: 9 } } }], true) });
    const text = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: '/__diglot/events', timeout: 5000 }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
          if (body.includes('event: reload')) {
            req.destroy();
            resolve(body);
          } else if (body.includes('event: failed')) server.events.publish({ kind: 'reload' });
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', reject);
    });
    const failed = /event: failed\ndata: (.*)\n\n/.exec(text);
    expect(failed).not.toBeNull();
    const report = JSON.parse(failed![1]) as { messages: string[]; note: string };
    expect(report.messages).toEqual(['locales/en/a.json:3:5: error resource-invalid-json: bad <b>']);
    expect(report.note).toContain('last good build');
    expect(text.indexOf('event: failed')).toBeLessThan(text.indexOf('event: reload'));
  });

  it('refuses a port in use with serve-port-in-use and a hint, in the API and through the CLI (exit 2)', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const err = await startPreviewServer({ outDir: () => dist, port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DiglotError);
      expect((err as DiglotError).diagnostics[0]).toMatchObject({ ruleId: 'serve-port-in-use', hint: expect.stringContaining(`--port ${port + 1}`) });
      const dir = copyProject('tests/fixtures/build/basic/input');
      const cli = await runDiglot(['serve', '--port', String(port)], { cwd: dir });
      expect(cli.code).toBe(2);
      expect(cli.stderr).toContain(`error serve-port-in-use: port ${port} on 127.0.0.1 is already in use`);
      expect(cli.stderr).toContain('hint: stop that program, or pick another port');
      expect(cli.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('checks --port before anything runs', async () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    const r = await runDiglot(['serve', '--port', '70000'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port needs a port number from 0 to 65535');
  });
});
