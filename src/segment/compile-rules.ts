// Rule sets + language → compiled rules: the cascade resolved through the language maps, macros
// expanded, and every run of consecutive rules with the same decision compiled into ONE sticky
// regex `(?:(?=A1)(?<=B1|B2)|(?=A2)(?<=B3)|…)`. Inside such a run the order of rules cannot change
// the answer (they all say the same), so SRX's "first matching rule decides" becomes "first run
// that matches decides", at one regex call per run instead of one per rule.
import type { LanguagePack, QuotePolicy, RuleSet, SegRule } from './types.js';
import { expandMacros, type Direction } from './macros.js';

/** One rule after macro expansion. */
export interface CompiledRule {
  id: string;
  break: boolean;
  /** The structural `inside: 'pair'` rule. */
  inside: boolean;
  before: string;
  after: string;
  flags: string;
}

/** Consecutive rules with the same decision (and flags), tested together; or the structural rule alone. */
export interface RuleRun {
  break: boolean;
  /** Sticky test; null for the structural rule. */
  test: RegExp | null;
  rules: CompiledRule[];
}

/**
 * Finds candidate positions: a superset of the positions where some break rule matches. Rules with
 * a trigger (one character) share one forward scan; the others one zero-width lookbehind scan.
 * Which rule decides is settled afterwards, in cascade order, so the superset is enough.
 */
export interface Scanner {
  /** Global regex; each match end is a candidate. */
  scan: RegExp;
}

export interface CompiledRules {
  runs: RuleRun[];
  /** All rules in cascade order. */
  rules: CompiledRule[];
  scanners: Scanner[];
  usesPairs: boolean;
}

/** A rule set together with the word lists its macros refer to. */
export interface RuleSource {
  ruleSet: RuleSet;
  pack: LanguagePack;
}

/** Thrown when a pattern does not compile; carries the rule so callers can say where it was written. */
export class RuleCompileError extends Error {
  constructor(
    message: string,
    readonly rule: SegRule,
  ) {
    super(message);
    this.name = 'RuleCompileError';
  }
}

/** The rules of `ruleSet` that apply to `lang` (SRX map rules, with cascade). */
export function rulesForLanguage(ruleSet: RuleSet, lang: string): SegRule[] {
  const out: SegRule[] = [];
  for (const map of ruleSet.maps) {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${map.pattern})$`, 'iu');
    } catch {
      continue; // reported when the SRX file was loaded
    }
    if (!re.test(lang)) continue;
    const lr = ruleSet.languageRules.find((l) => l.name === map.languageRule);
    if (lr) out.push(...lr.rules);
    if (!ruleSet.cascade) break;
  }
  return out;
}

/** The policies a rule's `when` is checked against. */
export interface RulePolicies {
  quotes: QuotePolicy;
}

const DEFAULT_POLICIES: RulePolicies = { quotes: 'keep' };

/** True when the rule applies under the policies (a rule without `when` always does). */
function applies(rule: SegRule, policies: RulePolicies): boolean {
  return rule.when?.quotes === undefined || rule.when.quotes === policies.quotes;
}

/** Compiles the cascade of several sources (earlier sources first) for one language. */
export function compileRules(sources: readonly RuleSource[], lang: string, extraLists: Readonly<Record<string, readonly string[]>> = {}, policies: RulePolicies = DEFAULT_POLICIES): CompiledRules {
  const rules: CompiledRule[] = [];
  const breakRules: SegRule[] = [];
  // a pattern is parsed once, in its run's regex; only when a run does not compile are its rules compiled
  // one by one, to report the bad one by its own id (parsing every rule twice cost a quarter of start-up)
  const origin = new Map<CompiledRule, SegRule>();
  for (const { ruleSet, pack } of sources) {
    const lists = new Map<string, string>();
    rulesForLanguage(ruleSet, lang).forEach((rule, i) => {
      if (!applies(rule, policies)) return;
      const expand = (p: string | undefined, direction: Direction) => (ruleSet.macros ? expandMacros(p ?? '', pack, extraLists, direction, lists) : (p ?? ''));
      const id = rule.id ?? `${ruleSet.name}#${i + 1}`;
      const before = rule.inside ? '' : expand(rule.before, 'before');
      const after = rule.inside ? '' : expand(rule.after, 'after');
      const compiled: CompiledRule = { id, break: rule.break, inside: !!rule.inside, before, after, flags: rule.flags ?? '' };
      origin.set(compiled, rule);
      rules.push(compiled);
      if (rule.break && !rule.inside) breakRules.push({ ...rule, before, after, ...(rule.trigger ? { trigger: expand(rule.trigger, 'after') } : {}) });
    });
  }
  return { runs: buildRuns(rules, origin), rules, scanners: scannersFor(breakRules), usesPairs: rules.some((r) => r.inside) };
}

/** The sticky test of a single rule (for --explain). */
export function ruleTest(rule: CompiledRule): RegExp {
  return new RegExp(`(?=${rule.after})(?<=${rule.before})`, `uy${rule.flags}`);
}

function buildRuns(rules: CompiledRule[], origin: ReadonlyMap<CompiledRule, SegRule>): RuleRun[] {
  const runs: RuleRun[] = [];
  let run: CompiledRule[] = [];
  const flush = () => {
    if (!run.length) return;
    try {
      runs.push({ break: run[0].break, test: runTest(run), rules: run });
    } catch {
      // a rule that does not compile (reported by its id), or e.g. the same group name in two SRX rules:
      // test them one by one
      for (const r of run) {
        compile(`(?=${r.after})(?<=${r.before})`, r.flags, origin.get(r) ?? { id: r.id, break: r.break });
        runs.push({ break: r.break, test: runTest([r]), rules: [r] });
      }
    }
    run = [];
  };
  for (const r of rules) {
    if (r.inside) {
      flush();
      runs.push({ break: r.break, test: null, rules: [r] });
      continue;
    }
    // backreferences count groups: such a rule keeps a regex of its own
    const alone = /\\(?:[1-9]|k<)/.test(r.before + r.after);
    if (run.length && (run[0].break !== r.break || run[0].flags !== r.flags || alone)) flush();
    run.push(r);
    if (alone) flush();
  }
  flush();
  return runs;
}

/** `(?:(?=A1)(?<=B1|B2)|(?=A2)…)`: rules with the same `after` share one lookahead. */
function runTest(run: CompiledRule[]): RegExp {
  const byAfter = new Map<string, string[] | null>();
  for (const r of run) {
    const list = byAfter.has(r.after) ? byAfter.get(r.after)! : [];
    // an empty `before` matches anywhere: the lookahead alone decides
    byAfter.set(r.after, list === null || r.before === '' ? null : [...list, r.before]);
  }
  const alternatives = [...byAfter].map(([after, befores]) => `${after ? `(?=${after})` : ''}${befores ? `(?<=${befores.length === 1 ? befores[0] : befores.map((b) => `(?:${b})`).join('|')})` : ''}`);
  return new RegExp(alternatives.join('|') || '(?:)', `uy${run[0].flags}`);
}

function compile(source: string, flags: string, rule: SegRule): RegExp {
  try {
    return new RegExp(source, `uy${flags}`);
  } catch (e) {
    throw new RuleCompileError(`rule ${rule.id ?? ''} does not compile: ${e instanceof Error ? e.message : String(e)}`, rule);
  }
}

function scannersFor(breakRules: SegRule[]): Scanner[] {
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
    if (e.triggers.length) scanners.push({ scan: new RegExp(`(?:${mergeTriggers(e.triggers).join('|')})(?=${afters.join('|')})`, flags) });
    if (e.lookbehind.length) scanners.push({ scan: new RegExp(unique(e.lookbehind).join('|'), flags) });
  }
  return scanners;
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
