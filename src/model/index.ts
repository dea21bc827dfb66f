export * from './diagnostic.js';
export { RULES, RULE_IDS, ruleSpec, isFatal, isWaivable, isRuleId, type RuleId, type RuleSpec } from './rules.js';
export type * from './document.js';
export type * from './unit.js';
export type * from './glossary.js';
export type * from './progress.js';
