// diglot unit status ↔ the state vocabularies of XLIFF 2, XLIFF 1.2 and TMX properties, plus the
// fingerprint of the English at export time that lets an import tell a local edit from a stale file.
import { hash } from 'node:crypto';
import type { UnitStatus } from '../model/unit.js';

/** What an imported target means for diglot. */
export type ImportedStatus = 'translated' | 'reviewed' | 'draft' | 'untranslated';

/** XLIFF 2 `state` + `subState` for a diglot status (reviewed → final, as CAT tools expect). */
export function xliff2State(status: UnitStatus): { state: string; subState: string } {
  const state = status === 'reviewed' ? 'final' : status === 'translated' ? 'translated' : 'initial';
  return { state, subState: `diglot:${status}` };
}

/** XLIFF 1.2 target `state` for a status that has English; missing/stale/fuzzy export no target. */
export function xliff12State(status: UnitStatus): string | undefined {
  if (status === 'reviewed') return 'final';
  if (status === 'translated') return 'translated';
  return undefined;
}

/** Interprets an XLIFF 2 segment state (absent = initial). */
export function statusFromXliff2(state: string | undefined, hasTarget: boolean): ImportedStatus {
  if (!hasTarget) return 'untranslated';
  switch (state ?? 'initial') {
    case 'final':
    case 'reviewed':
      return 'reviewed';
    case 'translated':
      return 'translated';
    default:
      return 'draft';
  }
}

/**
 * Interprets an XLIFF 1.2 target state (the table is in README → Interchange → Status → state):
 * - `final`, `signed-off` → reviewed; `translated`, no state, `needs-adaptation`/`needs-l10n` (only
 *   non-text needs work) → translated;
 * - `needs-review-*` → draft: the tool says a reviewer must still look (Translate Toolkit calls it
 *   fuzzy, OmegaT and Okapi write it for inserted fuzzy matches); `new`, `needs-translation`, `x-…` → draft;
 * - `approved="yes"` (which diglot writes for every unit with English, as Translate Toolkit and
 *   OmegaT read it as "not fuzzy") lifts a draft state to translated, as Translate Toolkit does;
 * - a target diglot pre-filled with the source (`prefilled`) carries diglot's own `needs-translation`:
 *   tools that translate the target (OmegaT 3.6) never update it, so it says nothing about the text.
 *   Whether the target is still the copy is checked by the import planner, not here.
 */
export function statusFromXliff12(state: string | undefined, approved: boolean, hasTarget: boolean, prefilled = false): ImportedStatus {
  if (!hasTarget) return 'untranslated';
  if (state === 'final' || state === 'signed-off') return 'reviewed';
  if (approved) return 'translated';
  if (prefilled && (state === 'needs-translation' || state === 'new')) return 'translated';
  switch (state) {
    case undefined:
    case 'translated':
    case 'needs-adaptation':
    case 'needs-l10n':
      return 'translated';
    default:
      // new, needs-translation, needs-review-*, x-…: the tool says this is not a finished translation
      return 'draft';
  }
}

/** Why an imported unit in a draft state was not taken, in the words of the state. */
export function describeDraftState(state: string | undefined): string {
  if (state === undefined || state === 'initial') return 'not translated yet (state initial)';
  if (state.startsWith('needs-review')) return `needs review (state ${state})`;
  return `not translated yet (state ${state})`;
}

/**
 * A short fingerprint of the English as exported (`''` when there was none). An import compares it
 * with the English now on disk: equal means "not edited locally since the export".
 */
export function fingerprintEnglish(en: string | null | undefined): string {
  // the one-shot hash: the same UTF-8 digest without a Hash object per unit and format
  return hash('sha256', en ?? '', 'hex').slice(0, 16);
}
