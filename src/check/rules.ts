// The QA view of the rule catalogue (src/model/rules.ts): the rules a reviewed waiver may cover —
// the term-QA rules and every QA check of this folder: findings about what the English says, where a
// translator may be right on purpose (a gloss for English readers, a figure rounded in the English).
// Not waivable: matching, sync and --require findings, which say what state a translation is in
// (missing, stale, unreviewed) — a waiver cannot change that; translate, sync or review instead.
import { RULE_IDS, isWaivable as isWaivableRule, ruleSpec, type RuleId, type RuleSpec } from '../model/rules.js';

export interface RuleInfo extends RuleSpec {
  id: RuleId;
}

/** Every rule of the catalogue with its id (SARIF's rule list, the README table). */
export const RULES: readonly RuleInfo[] = RULE_IDS.map((id) => ({ id, ...ruleSpec(id) }));

/** The rules a waiver may cover, in catalogue order. */
export const WAIVABLE_RULES: readonly RuleId[] = RULE_IDS.filter((id) => isWaivableRule(id));

/** True when a waiver may cover findings of `id`. */
export const isWaivable = isWaivableRule;

/** The rule's catalogue entry, or undefined for an id the catalogue lacks (e.g. typed by a user). */
export function ruleInfo(id: string): RuleInfo | undefined {
  return (RULE_IDS as readonly string[]).includes(id) ? { id: id as RuleId, ...ruleSpec(id as RuleId) } : undefined;
}
