// The live-reload client goes into served HTML only, under the page's own CSP: its hash is added to
// script-src and the events URL to connect-src; every other directive stays exactly as written.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { amendPolicy, CLIENT_SCRIPT, injectLiveReload } from '../../src/serve/index.js';
import { editionInput } from '../render/helpers.js';
import { renderHtmlEdition } from '../../src/render/index.js';

const HASH = `'sha256-${createHash('sha256').update(CLIENT_SCRIPT, 'utf8').digest('base64')}'`;
const EVENTS = 'http://127.0.0.1:4180/__diglot/events';
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));
const cspOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';

describe('live-reload injection', () => {
  it('adds the client to the reader page before </body> and amends its CSP by exactly the hash and the events URL', () => {
    const page = renderHtmlEdition(editionInput('Ein Satz.\n', { 'Ein Satz.': 'A sentence.' }));
    const served = injectLiveReload(page, EVENTS);
    expect(served.indexOf(`<script>${CLIENT_SCRIPT}</script>`)).toBeGreaterThan(served.lastIndexOf('<main'));
    expect(served.indexOf(CLIENT_SCRIPT)).toBeLessThan(served.lastIndexOf('</body>'));
    const before = directives(cspOf(page));
    const after = directives(cspOf(served));
    expect(before.size).toBeGreaterThan(4);
    for (const [name, values] of before) {
      if (name === 'script-src') expect(after.get(name)).toEqual([...values, HASH]);
      else expect(after.get(name), name).toEqual(values);
    }
    expect(after.get('connect-src')).toEqual([EVENTS]);
    expect(after.size).toBe(before.size + 1);
    // the page itself is unchanged apart from the two insertions
    expect(served.replace(`<script>${CLIENT_SCRIPT}</script>\n`, '').replace(cspOf(served), cspOf(page))).toBe(page);
  });

  it("replaces 'none', falls back to default-src's sources, and leaves pages without a CSP alone", () => {
    expect(amendPolicy("default-src 'none'; script-src 'none'", EVENTS)).toBe(`default-src 'none'; script-src ${HASH}; connect-src ${EVENTS}`);
    expect(amendPolicy("default-src 'self'", EVENTS)).toBe(`default-src 'self'; script-src 'self' ${HASH}; connect-src 'self' ${EVENTS}`);
    expect(amendPolicy("img-src https:", EVENTS)).toBe('img-src https:');
    expect(amendPolicy("script-src 'sha256-x'; script-src-elem 'none'", EVENTS)).toBe(`script-src 'sha256-x' ${HASH}; script-src-elem ${HASH}`);
    expect(injectLiveReload('<p>x</p>', EVENTS)).toBe(`<p>x</p>\n<script>${CLIENT_SCRIPT}</script>\n`);
    const upper = injectLiveReload("<HTML><HEAD><META HTTP-EQUIV='content-security-policy' CONTENT=\"script-src 'none'\"></HEAD><BODY></BODY></HTML>", EVENTS);
    expect(upper).toContain(`content="script-src ${HASH}"`);
    expect(upper.indexOf('<script>')).toBeLessThan(upper.indexOf('</BODY>'));
  });

  it('puts failure messages into the page as text only (no innerHTML in the client)', () => {
    expect(CLIENT_SCRIPT).toContain('textContent');
    expect(CLIENT_SCRIPT).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
