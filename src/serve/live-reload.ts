// An HTML page as written to outDir → the same page as `diglot serve` sends it: with a small inline
// script that listens for rebuilds (server-sent events) and reloads the page or shows a failed
// build's messages in an overlay. The page's Content-Security-Policy gets exactly what that needs —
// the script's SHA-256 hash in script-src and the events URL in connect-src — and nothing else.
// The files on disk are never changed.
import { createHash } from 'node:crypto';

export const EVENTS_PATH = '/__diglot/events';

/**
 * The client. The overlay is built with DOM calls and textContent (messages are data, never HTML) and
 * styled through the CSSOM, which CSP's style-src does not govern, so the page's styles stay as hashed.
 */
export const CLIENT_SCRIPT = `(() => {
  const source = new EventSource(${JSON.stringify(EVENTS_PATH)});
  let box = null;
  const hide = () => { if (box) { box.remove(); box = null; } };
  const show = (report) => {
    hide();
    box = document.createElement('div');
    box.id = 'diglot-overlay';
    box.setAttribute('role', 'alert');
    const css = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;' +
      'background:#2b0d0d;color:#fff;border-top:4px solid #ff6b5e;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
    box.style.cssText = css;
    const title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5rem;font-weight:700;font-family:system-ui,sans-serif';
    title.textContent = report.title;
    const text = document.createElement('pre');
    text.style.cssText = 'margin:0;white-space:pre-wrap;overflow-wrap:anywhere';
    text.textContent = report.messages.join('\\n');
    const note = document.createElement('p');
    note.style.cssText = 'margin:.75rem 0 0;font-family:system-ui,sans-serif;color:#ffd7d2';
    note.textContent = report.note;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.style.cssText = 'position:absolute;top:.4rem;right:.6rem;font:20px/1 system-ui,sans-serif;background:none;color:#fff;border:0;cursor:pointer';
    close.addEventListener('click', hide);
    box.append(title, text, note, close);
    document.body.append(box);
  };
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('failed', (e) => show(JSON.parse(e.data)));
  source.addEventListener('built', () => { if (box) location.reload(); });
})();`;

const CLIENT_HASH = `'sha256-${createHash('sha256').update(CLIENT_SCRIPT, 'utf8').digest('base64')}'`;

/**
 * The page with the client script before `</body>` and its CSP meta tags (if any) amended.
 * `connect` is the CSP source for the events URL (e.g. `http://127.0.0.1:4180/__diglot/events`).
 */
export function injectLiveReload(html: string, connect: string): string {
  const withPolicy = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    const equiv = attribute(tag, 'http-equiv');
    const content = attribute(tag, 'content');
    if (equiv?.toLowerCase() !== 'content-security-policy' || content === undefined) return tag;
    const amended = amendPolicy(content, connect);
    return `<meta http-equiv="Content-Security-Policy" content="${amended.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  });
  const script = `<script>${CLIENT_SCRIPT}</script>`;
  const at = withPolicy.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return at < 0 ? `${withPolicy}\n${script}\n` : `${withPolicy.slice(0, at)}${script}\n${withPolicy.slice(at)}`;
}

/** Adds the client's hash where scripts are restricted and the events URL where connections are. */
export function amendPolicy(policy: string, connect: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => d.split(/\s+/));
  const find = (name: string) => directives.find((d) => d[0].toLowerCase() === name);
  const fallback = find('default-src');
  const add = (name: string, source: string) => {
    const d = find(name);
    if (d) {
      const kept = d.slice(1).filter((s) => s.toLowerCase() !== "'none'");
      d.splice(1, d.length - 1, ...kept, source);
    } else if (fallback) {
      // a missing directive falls back to default-src: keep what that allowed, plus the one source
      directives.push([name, ...fallback.slice(1).filter((s) => s.toLowerCase() !== "'none'"), source]);
    }
  };
  add('script-src', CLIENT_HASH);
  if (find('script-src-elem')) add('script-src-elem', CLIENT_HASH);
  add('connect-src', connect);
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The value of an attribute of one start tag (entities &amp; &quot; &#39; decoded), if present. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  return (m[1] ?? m[2] ?? m[3]).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
