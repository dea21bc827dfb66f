// The built-in rule set, shaped like an SRX file: one complete rule list per language (German,
// English, and a language-neutral default for anything else), chosen by language maps without
// cascade; plus the word lists per language.
import type { LanguagePack, LanguageRule, RuleSet } from '../types.js';
import { ELLIPSIS_ATTACHED, ENDS, HEAD, KEEPS, STRUCTURE, TERMINAL } from './shared-rules.js';
import { GERMAN_PACK, GERMAN_RULES } from './de.js';
import { ENGLISH_PACK, ENGLISH_RULES } from './en.js';

/** For languages without their own list: the shared fragments, with whatever lists the pack has. */
export const DEFAULT_RULES: LanguageRule = {
  name: 'Default',
  rules: [...STRUCTURE, ...HEAD, ...ENDS, ...ELLIPSIS_ATTACHED, ...KEEPS, ...TERMINAL],
};

export const BUILTIN_RULES: RuleSet = {
  name: 'diglot',
  cascade: false,
  macros: true,
  languageRules: [GERMAN_RULES, ENGLISH_RULES, DEFAULT_RULES],
  maps: [
    { pattern: 'de(?:[-_].*)?', languageRule: GERMAN_RULES.name },
    { pattern: 'en(?:[-_].*)?', languageRule: ENGLISH_RULES.name },
    { pattern: '.*', languageRule: DEFAULT_RULES.name },
  ],
};

const PACKS: readonly LanguagePack[] = [GERMAN_PACK, ENGLISH_PACK];

/** Word lists for a language code (`de-CH` → German); an unknown language gets empty lists. */
export function packFor(lang: string): LanguagePack {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return PACKS.find((p) => p.code === primary) ?? { code: primary, lists: {} };
}
