// Inflected forms of German adjectives and verbs (folded), for the words of multi-word and verb
// entries: grenzenlose → grenzenlos-e/-en/-er/-es/-em; treiben → treibt, trieb, getrieben, zu treiben.
import { INSEPARABLE_PREFIX, separableParticleOf } from '../lang/de/separable-particles.js';
import { STRONG_VERBS, type StrongVerb } from '../lang/de/strong-verbs.js';

const ADJ_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

/** Declined forms of an adjective given in any form ("grenzenlose" or "grenzenlos"). */
export function expandAdjective(w: string): string[] {
  const out = new Set<string>([w]);
  const m = /^(.{3,}?)(e|en|er|es|em)$/.exec(w);
  // grenzenlose and kalter carry an ending, teuer and offen do not: the word alone cannot tell, so
  // both readings give forms (the wrong one only yields non-words).
  const bases = m ? [w, m[1]] : [w];
  for (const base of bases) {
    for (const e of ADJ_ENDINGS) out.add(base + e);
    // dunkel → dunkle, teuer → teure: the e of -el/-er drops before an ending.
    const drop = /^(.*)e([lr])$/.exec(base);
    if (drop && base.length > 4) for (const e of ADJ_ENDINGS) out.add(`${drop[1]}${drop[2]}${e}`);
  }
  return [...out];
}

export interface VerbForms {
  /** Forms written as one word (infinitive, zu-infinitive, participle, finite forms of non-separable verbs). */
  forms: string[];
  /** Finite forms that need the separated particle later in the clause (bricht … ab). */
  detached: string[];
  particle?: string;
}

function findStrong(base: string): { verb: StrongVerb; prefix: string } | undefined {
  for (let k = 0; k < base.length - 3; k++) {
    const v = STRONG_VERBS.get(base.slice(k));
    if (v && (k === 0 || INSEPARABLE_PREFIX.test(base.slice(0, k)))) return { verb: v, prefix: base.slice(0, k) };
  }
  return undefined;
}

function finiteAndParticiple(base: string): { finite: string[]; participle: string[] } {
  const stem = base.endsWith('en') ? base.slice(0, -2) : base.endsWith('n') ? base.slice(0, -1) : base;
  const e = /[td]$/.test(stem) || /[^aeiouäöülrhmn][mn]$/.test(stem) ? 'e' : '';
  const finite = [`${stem}e`, `${stem}${e}st`, `${stem}${e}t`, base, `${stem}${e}t`];
  const participle: string[] = [];
  const strong = findStrong(base);
  if (strong) {
    const { verb, prefix } = strong;
    const pret = prefix + verb.preterite;
    if (pret.endsWith('te')) finite.push(pret, `${pret}st`, `${pret}n`, `${pret}t`);
    else finite.push(pret, `${pret}st`, `${pret}en`, `${pret}t`, `${pret}est`);
    if (verb.present23) {
      const p = prefix + verb.present23;
      finite.push(p, /(s|ss|z)$/.test(p) ? `${p}t` : `${p}st`, p.endsWith('t') ? p : `${p}t`);
    }
    participle.push(prefix ? prefix + verb.participle.replace(/^ge/, '') : verb.participle);
  } else {
    finite.push(`${stem}${e}te`, `${stem}${e}test`, `${stem}${e}ten`, `${stem}${e}tet`);
    const noGe = INSEPARABLE_PREFIX.test(base) || base.endsWith('ieren');
    participle.push(`${noGe ? '' : 'ge'}${stem}${e}t`);
  }
  return { finite, participle };
}

/** Conjugated forms of a verb given as infinitive (folded). */
export function expandVerb(inf: string): VerbForms {
  const particle = INSEPARABLE_PREFIX.test(inf) ? undefined : separableParticleOf(inf, 4);
  if (!particle) {
    const { finite, participle } = finiteAndParticiple(inf);
    return { forms: [...new Set([...finite, ...participle])], detached: [] };
  }
  const base = inf.slice(particle.length);
  const { finite, participle } = finiteAndParticiple(base);
  const forms = new Set<string>([inf, `${particle}zu${base}`]);
  for (const p of participle) forms.add(particle + (INSEPARABLE_PREFIX.test(base) ? p : p.startsWith('ge') ? p : `ge${p}`));
  // In subordinate clauses the particle stays attached: dass er abbricht.
  for (const f of finite) forms.add(particle + f);
  return { forms: [...forms], detached: [...new Set(finite)], particle };
}

/** True when a lower-case folded word looks like a verb infinitive. */
export function looksLikeInfinitive(w: string): boolean {
  return /[^e]en$|[^e]ern$|eln$|ern$/.test(w) && w.length >= 4;
}
