// Break rules → candidate scanners: global regexes whose match ends are a superset of the positions
// where some break rule matches (rules with a trigger share one forward scan, the others one
// zero-width lookbehind scan). Which rule decides is settled afterwards, in cascade order.
import { TieredRegex } from './narrow-classes.js';
import type { SegRule } from './types.js';

/** One scan; each match end is a candidate. */
export interface Scanner {
  /** Global regex. */
  scan: RegExp;
  /** The same scan narrowed per tier of common characters (narrow-classes.ts). */
  tiered: TieredRegex;
}

export function scannersFor(breakRules: SegRule[]): Scanner[] {
  const byFlags = new Map<string, { flags: string; triggers: string[]; afters: string[]; lookbehind: string[] }>();
  for (const r of breakRules) {
    const flags = `gu${r.flags ?? ''}`;
    const group = `${flags}\u0000${r.scan ?? ''}`;
    const entry = byFlags.get(group) ?? { flags, triggers: [], afters: [], lookbehind: [] };
    byFlags.set(group, entry);
    const trigger = r.trigger ?? deriveTrigger(r.before ?? '');
    if (trigger) {
      entry.triggers.push(trigger);
      entry.afters.push(r.after ?? '');
    } else entry.lookbehind.push(`(?<=${r.before ?? ''})(?=${r.after ?? ''})`);
  }
  const scanners: Scanner[] = [];
  for (const e of byFlags.values()) {
    const flags = e.flags;
    // (some trigger) followed by (some after) ⊇ positions where one rule's trigger and after both hold;
    // shortest afters first, so the common `\s` decides at once
    const afters = unique(e.afters).sort((a, b) => a.length - b.length);
    if (e.triggers.length) scanners.push(scannerOf(`(?:${mergeTriggers(e.triggers).join('|')})(?=${afters.join('|')})`, flags));
    if (e.lookbehind.length) scanners.push(scannerOf(unique(e.lookbehind).join('|'), flags));
  }
  return scanners;
}

function scannerOf(source: string, flags: string): Scanner {
  const tiered = new TieredRegex(source, flags);
  return {
    tiered,
    get scan() {
      return tiered.full;
    },
  };
}

/**
 * The triggers as few alternatives as possible: every alternative that is one character class (or one
 * character) is merged into a single class. V8 scans `[abc](?=…)` several times faster than
 * `(?:[ab]|[c])(?=…)`, and the scanner runs over every character of the text.
 */
export function mergeTriggers(triggers: readonly string[]): string[] {
  const members: string[] = [];
  const rest: string[] = [];
  for (const t of triggers) {
    for (const alt of topLevelAlternatives(t)) {
      if (/^\[(?!\^)(?:\\.|[^\]\\])+\]$/.test(alt)) members.push(alt.slice(1, -1));
      else if (/^(?:\\[^pPuxbBkcdDwWsS0-9]|[^\\[\]()|*+?{}^$.])$/u.test(alt)) members.push(alt);
      else rest.push(alt);
    }
  }
  const merged = members.length ? [`[${unique(members).join('')}]`] : [];
  return [...merged, ...unique(rest)];
}

/** `(?:a|b|c)` → [a, b, c] when the group spans the whole pattern; otherwise [pattern]. */
function topLevelAlternatives(source: string): string[] {
  const inner = /^\(\?:(.*)\)$/su.exec(source)?.[1];
  if (inner === undefined || !balanced(inner)) return [source];
  const out: string[] = [];
  let from = 0;
  walkGroups(inner, (c, i, depth) => {
    if (c !== '|' || depth !== 0) return;
    out.push(inner.slice(from, i));
    from = i + 1;
  });
  out.push(inner.slice(from));
  return out;
}

/** True when the groups of `source` (outside classes) are balanced, i.e. `(?:…)` wrapped all of it. */
function balanced(source: string): boolean {
  let depth = 0;
  walkGroups(source, (_c, _i, d) => {
    depth = d;
    return d < 0;
  });
  return depth === 0;
}

/**
 * Visits the characters of a regex source that are outside escapes and character classes, with the
 * group depth after each (a `(` counts at its own position); stops when `visit` returns true.
 */
function walkGroups(source: string, visit: (c: string, i: number, depth: number) => boolean | void): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (visit(c, i, depth)) return;
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * The class of the last character of every match of `before`, when the pattern simply ends in one
 * (`[.?!]+`, `\.`, `x`); otherwise undefined and the engine tests every position (exact, slower).
 */
export function deriveTrigger(before: string): string | undefined {
  const m = /(\[(?:\\.|[^\]\\])+\]|\\[^pPuxbBkc0-9]|\\[pP]\{[\w=]+\}|[^\\[\]()|*+?{}^$.])(\+|\{[1-9]\d*,?\d*\})?$/u.exec(before);
  if (!m) return undefined;
  const head = before.slice(0, m.index);
  // an escaped backslash or an alternation at top level would make "last atom" wrong
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(head) || topLevelAlternation(before)) return undefined;
  return m[1];
}

function topLevelAlternation(source: string): boolean {
  let found = false;
  walkGroups(source, (c, _i, depth) => (found = c === '|' && depth === 0));
  return found;
}
