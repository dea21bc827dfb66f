// Inline styles and scripts → the Content-Security-Policy that allows exactly them (by SHA-256 hash)
// and nothing else: no external requests, no eval, no inline event handlers.
import { createHash } from 'node:crypto';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The `<meta http-equiv>` CSP of a self-contained page. Images may come from the article's own
 * sources (https, or relative to the page); everything else is the page itself.
 */
export function cspMeta(styles: readonly string[], scripts: readonly string[]): string {
  const policy = [
    "default-src 'none'",
    `style-src ${styles.map(hash).join(' ')}`,
    scripts.length ? `script-src ${scripts.map(hash).join(' ')}` : "script-src 'none'",
    "img-src 'self' https: data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
