// diglot unit status ↔ the state vocabularies of XLIFF 2, XLIFF 1.2 and TMX properties, plus the
// fingerprint of the English at export time that lets an import tell a local edit from a stale file.
import { createHash } from 'node:crypto';
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
 * Interprets an XLIFF 1.2 target state; a target without a state counts as translated, and
 * `approved="yes"` (which diglot writes for every unit with English, as Translate Toolkit and
 * OmegaT read it as "not fuzzy") lifts a draft state to translated.
 */
export function statusFromXliff12(state: string | undefined, approved: boolean, hasTarget: boolean): ImportedStatus {
  if (!hasTarget) return 'untranslated';
  if (state === 'final' || state === 'signed-off') return 'reviewed';
  if (approved) return 'translated';
  switch (state) {
    case undefined:
    case 'translated':
    case 'needs-review-translation':
    case 'needs-review-l10n':
    case 'needs-review-adaptation':
    case 'needs-adaptation':
    case 'needs-l10n':
      return 'translated';
    default:
      // new, needs-translation, x-…: the tool says this is not a translation yet
      return 'draft';
  }
}

/**
 * A short fingerprint of the English as exported (`''` when there was none). An import compares it
 * with the English now on disk: equal means "not edited locally since the export".
 */
export function fingerprintEnglish(en: string | null | undefined): string {
  return createHash('sha256').update(en ?? '', 'utf8').digest('hex').slice(0, 16);
}
