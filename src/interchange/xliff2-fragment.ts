// XLIFF 2 fragment identifiers (`#n=n1`, `#/f=f1/u=u1/t=m2`, `#m1`) → parsed parts or the reason
// the syntax is wrong (XLIFF 2.2 §"Fragment Identification").
import { FRAGMENT_PREFIXES } from './xliff2-schema.js';
import { isNmtoken } from './xml-chars.js';

export interface FragmentPart {
  prefix?: string;
  id: string;
}

export type FragmentResult = { ok: true; absolute: boolean; parts: FragmentPart[] } | { ok: false; reason: string };

/** Parses the part after `#`. `extraPrefixes` are registered extension prefixes. */
export function parseFragment(fragment: string, extraPrefixes: ReadonlySet<string> = new Set()): FragmentResult {
  const absolute = fragment.startsWith('/');
  const body = absolute ? fragment.slice(1) : fragment;
  if (body === '') return { ok: false, reason: 'empty fragment identifier' };
  const raw = body.split('/');
  const parts: FragmentPart[] = [];
  for (const r of raw) {
    if (r === '') return { ok: false, reason: 'empty step in fragment identifier' };
    const eq = r.indexOf('=');
    if (eq < 0) {
      parts.push({ id: r });
      continue;
    }
    const prefix = r.slice(0, eq);
    const id = r.slice(eq + 1);
    if (!isNmtoken(prefix) || prefix.includes(':')) return { ok: false, reason: `prefix "${prefix}" is not an NMTOKEN` };
    if (!FRAGMENT_PREFIXES.has(prefix) && !extraPrefixes.has(prefix)) {
      return { ok: false, reason: prefix.length < 2 ? `prefix "${prefix}" is too short for an extension prefix` : `prefix "${prefix}" is not registered` };
    }
    if (id === '') return { ok: false, reason: `no id after "${prefix}="` };
    parts.push({ prefix, id });
  }
  const bare = parts.filter((p) => p.prefix === undefined);
  if (bare.length > 0 && (parts.length > 1 || absolute)) return { ok: false, reason: 'an id without prefix must be the only step' };
  let stage = 0; // 0: expect f, 1: after f (g*), 2: after u, 3: after leaf
  let seenF = false;
  let seenU = false;
  for (const p of parts) {
    if (p.prefix === undefined) continue;
    if (stage === 3) return { ok: false, reason: `"${p.prefix}=" follows the leaf step` };
    if (p.prefix === 'f') {
      if (seenF) return { ok: false, reason: 'f= appears twice' };
      if (stage > 0) return { ok: false, reason: 'f= must come first' };
      seenF = true;
      stage = 1;
    } else if (p.prefix === 'g') {
      if (seenU) return { ok: false, reason: 'g= after u=' };
      stage = 1;
    } else if (p.prefix === 'u') {
      if (seenU) return { ok: false, reason: 'u= appears twice' };
      seenU = true;
      stage = 2;
    } else stage = 3;
  }
  return { ok: true, absolute, parts };
}
