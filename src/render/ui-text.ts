// Language tag → the edition pages' own strings (mode switch, notices, badges, headings), looked up
// through an i18next instance over the plain JSON resources in messages/ (one file per language).
import i18next, { type i18n } from 'i18next';
import de from './messages/de.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };

/** Every string the pages use; en.json is the reference, a test keeps de.json to the same keys. */
export type UiKey = keyof typeof en;

/** Languages the pages' strings exist in (what `publish.interface` may name). */
export const UI_LANGUAGES = ['de', 'en'] as const;

export interface UiText {
  /** The resource language the strings come from (`de` or `en`). */
  lang: string;
  /** The string for `key` with `{{values}}` filled in (numbers formatted for the language); not HTML-escaped. */
  t(key: UiKey, values?: Record<string, string | number>): string;
}

/** One i18next instance for both languages; `textFor(tag)` gives the strings for a language tag. */
export interface UiStrings {
  textFor(languageTag: string): UiText;
}

/**
 * Loads the resources into a fresh instance (never the global singleton, so renders and tests share
 * no state). Keys are flat (`keySeparator: false`); escaping is the renderer's job, so i18next's is off.
 */
export function createUiStrings(): UiStrings {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    // resources are in memory: initialise synchronously, so t() works right after init
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  const texts = new Map<string, UiText>();
  return {
    textFor(languageTag: string): UiText {
      const primary = languageTag.toLowerCase().split('-')[0];
      const lang = (UI_LANGUAGES as readonly string[]).includes(primary) ? primary : 'en';
      const known = texts.get(lang);
      if (known) return known;
      const fixed = instance.getFixedT(lang);
      // the same string with the same values comes back from this UiText without asking i18next
      // again: an index of a thousand articles asks for a few hundred distinct strings, 5,000 times
      const seen = new Map<string, string>();
      const text: UiText = {
        lang,
        t: (key, values) => {
          const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
          let found = seen.get(id);
          if (found === undefined) {
            found = String(fixed(key, values ?? {}));
            seen.set(id, found);
          }
          return found;
        },
      };
      texts.set(lang, text);
      return text;
    },
  };
}
