// "Did you mean …?" for a mistyped command or option: the closest known names by edit distance
// (adjacent letters swapped count once), or the names the typed word starts. Loaded only on a usage
// error, so start-up does not pay for it.
import { editDistance } from '../util/edit-distance.js';

/** Up to three known names close to `typed`, best first; empty when nothing is close enough. */
export function suggestNames(typed: string, known: readonly string[]): string[] {
  const t = typed.toLowerCase();
  if (!t) return [];
  // one edit per three letters, at least one: "biuld" → build, but "x" → nothing
  const max = Math.max(1, Math.floor(t.length / 3));
  const scored = known
    .map((name) => ({ name, d: t.length >= 3 && name.startsWith(t) ? 0.5 : editDistance(t, name.toLowerCase(), max) }))
    .filter((s) => s.d <= max)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  return scored.slice(0, 3).map((s) => s.name);
}

/** ` (did you mean "build"?)`-style tail for a message, or '' when there is no suggestion. */
export function didYouMean(typed: string, known: readonly string[], show: (name: string) => string = (n) => n): string {
  const names = suggestNames(typed, known);
  if (!names.length) return '';
  return `; did you mean ${names.map(show).join(' or ')}?`;
}
