// An interchange file's language tags + the project's source/target languages → which side is German
// and a warning when the file says otherwise. The project's languages win: converters write headers
// carelessly (Translate Toolkit's po2tmx writes srclang="en" for a German → English memory), so a
// header is evidence, never an instruction to swap. Tags are compared by primary subtag (de-CH = de).
import type { Diagnostic, Place } from '../model/diagnostic.js';

/** The languages of the project an import goes into (`sourceLanguage`/`targetLanguage` of the run definition). */
export interface ProjectLanguages {
  sourceLang: string;
  targetLang: string;
}

/** `de-CH` → `de`, `en_GB` → `en`, `*all*` → `*all*`; lower case. */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

/** True when both tags name the same language (primary subtags equal); an empty tag matches nothing. */
export function sameLanguage(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && primarySubtag(a) === primarySubtag(b);
}

/**
 * A warning when the file's tag for one side is present and names another language than the
 * project's. `what` names the attribute as the file spells it (`srclang`, `source-language` …).
 */
export function checkLanguage(
  fileTag: string | undefined,
  projectTag: string | undefined,
  side: 'source' | 'target',
  what: string,
  at: Place,
  file: string,
): Diagnostic | undefined {
  if (!fileTag || !projectTag || fileTag === '*all*' || sameLanguage(fileTag, projectTag)) return undefined;
  return {
    ruleId: 'import-language-mismatch',
    severity: 'warning',
    message: `the file's ${what}="${fileTag}" is not the project's ${side} language ${projectTag}; the project's languages are used (${side === 'source' ? 'German' : 'English'} is read from the ${projectTag} side)`,
    hint: side === 'source' ? 'nothing to do if the file really is German → English (its converter wrote a wrong header); otherwise import a file made for this project' : 'nothing to do if the targets really are English',
    file,
    place: at,
    source: 'interchange',
  };
}
