// An English verb → the regex alternatives of its forms (base, -s, past, participle, -ing), so
// that a verb-phrase rendering like "sum up" also accepts "summed up" and "drove a wedge". The
// irregular forms are language data (src/lang/en/irregular-forms.ts).
import { IRREGULAR_VERBS } from '../lang/en/irregular-forms.js';

const VOWEL = /[aeiou]/;

/** Lower-case forms of `verb`; regular morphology plus the irregular table. */
export function englishVerbForms(verb: string): string[] {
  const v = verb.toLowerCase();
  const irregular = IRREGULAR_VERBS.get(v);
  const forms = new Set<string>([v, ...(irregular?.forms ?? [])]);
  // consonant doubling of short stressed stems: sum → summed, get → getting, put → putting
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v) ? v + v.slice(-1) : v;
  if (/[^aeiou]y$/.test(v)) {
    forms.add(`${v.slice(0, -1)}ies`).add(`${v.slice(0, -1)}ied`).add(`${v}ing`);
  } else if (/e$/.test(v) && !/(ee|ye|oe)$/.test(v)) {
    forms.add(`${v}s`).add(`${v}d`).add(`${v.slice(0, -1)}ing`);
  } else {
    forms.add(/(s|x|z|ch|sh|o)$/.test(v) ? `${v}es` : `${v}s`);
    if (!irregular || irregular.regularPast) forms.add(`${doubled}ed`);
    forms.add(`${doubled}ing`);
  }
  if (!VOWEL.test(v)) forms.delete(`${v}ed`);
  return [...forms];
}
