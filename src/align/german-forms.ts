// German inflection undone for dictionary look-up: a folded word form in, the candidate base forms out
// (most likely first). "gelöscht" → löschen, "Sanktionen" → sanktion, "Häusern" → haus, "teilte" →
// teilen. Over-generation is harmless: only candidates present in a lexicon are used.
import { INSEPARABLE_PREFIX, SEPARABLE_PARTICLES } from '../lang/de/separable-particles.js';
import { germanIrregularInfinitive } from '../lang/de/strong-verbs.js';

const NOUN_ADJ_ENDINGS = ['innen', 'ungen', 'ern', 'en', 'er', 'es', 'em', 'e', 'n', 's', 'in'];
const VERB_ENDINGS = ['test', 'tet', 'ten', 'te', 'est', 'et', 'st', 't', 'en', 'e', 'n'];

const unumlaut = (s: string): string => {
  // only the last umlaut: "Häuser" → "hauser"; plural umlaut sits in the stem's last vowel
  const m = /[äöü](?=[^äöü]*$)/.exec(s);
  if (!m) return s;
  const plain = { ä: 'a', ö: 'o', ü: 'u' }[m[0] as 'ä' | 'ö' | 'ü'];
  return s.slice(0, m.index) + plain + s.slice(m.index + 1);
};

function push(out: string[], seen: Set<string>, w: string): void {
  if (w.length >= 2 && !seen.has(w)) {
    seen.add(w);
    out.push(w);
  }
}

/** Candidate base forms of a folded (lower case, ß→ss) German word, the word itself first. */
export function germanBaseForms(word: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  push(out, seen, word);
  // nouns and adjectives: strip one ending, then also try the un-umlauted stem
  for (const e of NOUN_ADJ_ENDINGS) {
    if (word.length - e.length < 3 || !word.endsWith(e)) continue;
    const stem = word.slice(0, -e.length);
    push(out, seen, stem);
    push(out, seen, `${stem}e`);
    if (e === 'ungen') push(out, seen, `${stem}ung`);
    if (e === 'innen') push(out, seen, `${stem}in`);
    push(out, seen, unumlaut(stem));
    // "Bündnisses", "Ergebnisse": the plural and genitive double the final s of -nis
    if (stem.endsWith('ss')) push(out, seen, stem.slice(0, -1));
  }
  // verbs: participles (ge-…-t/-en, with separable particles), past and present endings → infinitive
  const participle = /^(.*?)ge(.{2,}?)(et|t|en)$/.exec(word);
  if (participle && (participle[1] === '' || SEPARABLE_PARTICLES.includes(participle[1]))) {
    const [, particle, stem, end] = participle;
    push(out, seen, `${particle}${stem}en`);
    if (end === 'en') push(out, seen, `${particle}${stem}en`);
    push(out, seen, `${particle}${stem}n`);
  }
  for (const e of VERB_ENDINGS) {
    if (word.length - e.length < 3 || !word.endsWith(e)) continue;
    const stem = word.slice(0, -e.length);
    push(out, seen, `${stem}en`);
    push(out, seen, `${stem}n`);
  }
  // inseparable-prefix participles have no ge-: "verletzt" → verletzen, "beendet" → beenden
  if (INSEPARABLE_PREFIX.test(word) && /(et|t)$/.test(word)) {
    push(out, seen, `${word.replace(/(et|t)$/, '')}en`);
  }
  // adjective comparison: "stärkste" → stark, "größere" → groß
  const cmp = /^(.{3,}?)(st|er)(e|en|er|es|em)?$/.exec(word);
  if (cmp) {
    push(out, seen, cmp[1]);
    push(out, seen, unumlaut(cmp[1]));
  }
  // strong verbs, also inflected as adjectives and behind a separable particle: "ausgebrochen" →
  // ausbrechen, brechen; "festgenommenen" → festnehmen
  for (const form of [...out]) {
    const irregular = germanIrregularInfinitive(form);
    if (irregular) push(out, seen, irregular);
    for (const p of SEPARABLE_PARTICLES) {
      if (form.length - p.length < 3 || !form.startsWith(p)) continue;
      const inf = germanIrregularInfinitive(form.slice(p.length));
      if (inf) {
        push(out, seen, p + inf);
        push(out, seen, inf);
      }
    }
  }
  return out;
}

/**
 * Splits a German compound into modifier and head where the head is known: returns the splits whose
 * head passes `known`, longest head first ("chemiewerk" → ["chemie", "werk"]). The linking -s-/-es-/-n-
 * of the modifier is removed as a second option.
 */
export function splitCompound(word: string, known: (w: string) => boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let k = 3; k <= word.length - 4; k++) {
    const head = word.slice(k);
    if (!known(head)) continue;
    const mod = word.slice(0, k);
    out.push([mod, head]);
    if (mod.length > 4 && /(s|n)$/.test(mod)) out.push([mod.slice(0, -1), head]);
    if (mod.length > 5 && /(es|en)$/.test(mod)) out.push([mod.slice(0, -2), head]);
    if (out.length >= 4) break;
  }
  return out;
}
