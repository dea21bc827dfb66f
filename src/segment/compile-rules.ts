// Rule sets + language → compiled rules: the cascade resolved through the language maps, macros
// expanded, and every run of consecutive rules with the same decision compiled into ONE sticky
// regex `(?:(?<=B1|B2)(?=A1)|(?<=B3)(?=A2)|…)`. Inside such a run the order of rules cannot change
// the answer (they all say the same), so SRX's "first matching rule decides" becomes "first run
// that matches decides", at one regex call per run instead of one per rule. Each regex also comes
// narrowed to the characters of common texts (narrow-classes.ts), which V8 compiles far faster.
import type { LanguagePack, QuotePolicy, RuleSet, SegRule } from './types.js';
import { expandMacros, type Direction } from './macros.js';
import { TieredRegex } from './narrow-classes.js';
import { scannersFor, type Scanner } from './scanners.js';

export type { Scanner } from './scanners.js';

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
  /** Sticky test as written (compiled on first use); null for the structural rule. */
  test: RegExp | null;
  /** The same test narrowed per tier of common characters (narrow-classes.ts); null for the structural rule. */
  tiered: TieredRegex | null;
  rules: CompiledRule[];
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

const BACKREFERENCE = /\\(?:[1-9]|k<)/;

function buildRuns(rules: CompiledRule[], origin: ReadonlyMap<CompiledRule, SegRule>): RuleRun[] {
  const runs: RuleRun[] = [];
  let run: CompiledRule[] = [];
  const flush = () => {
    if (!run.length) return;
    try {
      runs.push(runOf(run));
    } catch {
      // a rule that does not compile (reported by its id), or e.g. the same group name in two SRX rules:
      // test them one by one
      for (const r of run) {
        compile(`(?=${r.after})(?<=${r.before})`, r.flags, origin.get(r) ?? { id: r.id, break: r.break });
        runs.push(runOf([r]));
      }
    }
    run = [];
  };
  for (const r of rules) {
    if (r.inside) {
      flush();
      runs.push({ break: r.break, test: null, tiered: null, rules: [r] });
      continue;
    }
    // backreferences count groups: such a rule keeps a regex of its own
    const alone = BACKREFERENCE.test(r.before + r.after);
    if (run.length && (run[0].break !== r.break || run[0].flags !== r.flags || alone)) flush();
    run.push(r);
    if (alone) flush();
  }
  flush();
  return runs;
}

/**
 * The run with its test `(?:(?<=B1|B2)(?=A1)|(?<=B3)(?=A2)|…)`: rules with the same `after` share one
 * lookahead. Two assertions at one position hold together in either order; the lookbehind goes first
 * because it fails sooner at most candidates (a few per cent of the segmenter's time). A rule with a
 * backreference keeps SRX's order, after then before, as a group set in one is seen by the other.
 */
function runOf(run: CompiledRule[]): RuleRun {
  const byAfter = new Map<string, string[] | null>();
  for (const r of run) {
    const list = byAfter.has(r.after) ? byAfter.get(r.after)! : [];
    // an empty `before` matches anywhere: the lookahead alone decides
    byAfter.set(r.after, list === null || r.before === '' ? null : [...list, r.before]);
  }
  const behindFirst = !run.some((r) => BACKREFERENCE.test(r.before + r.after));
  const alternatives = [...byAfter].map(([after, befores]) => {
    const ahead = after ? `(?=${after})` : '';
    const behind = befores ? `(?<=${befores.length === 1 ? befores[0] : befores.map((b) => `(?:${b})`).join('|')})` : '';
    return behindFirst ? `${behind}${ahead}` : `${ahead}${behind}`;
  });
  const tiered = new TieredRegex(alternatives.join('|') || '(?:)', `uy${run[0].flags}`);
  return {
    break: run[0].break,
    tiered,
    get test() {
      return tiered.full;
    },
    rules: run,
  };
}

function compile(source: string, flags: string, rule: SegRule): RegExp {
  try {
    return new RegExp(source, `uy${flags}`);
  } catch (e) {
    throw new RuleCompileError(`rule ${rule.id ?? ''} does not compile: ${e instanceof Error ? e.message : String(e)}`, rule);
  }
}
