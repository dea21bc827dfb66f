// Finds glossary terms in German text: folds and tokenizes it, looks every closed word up in the
// compiled automaton and maps, checks compound and phrase rules; select-hits.ts picks what is reported.
import type { TermHit } from '../model/glossary.js';
import { caseKey, Role, type KeyRef, type Lemma, type Slot, type TermMatcher } from './compile.js';
import { foldText, type FoldedText } from './fold-text.js';
import { ADJECTIVE_ENDINGS, ADJECTIVE_HEADS, NOT_COMPOUNDS, PARTICLES, PARTICLE_NOUN_HEADS } from '../lang/de/word-classes.js';
import { selectHits, type RawHit } from './select-hits.js';
import { tokenize, type Token, type TokenPart } from './tokenize.js';

const NOT_COMPOUNDS_RE = new RegExp(NOT_COMPOUNDS.join('|'), 'g');
/** (At module level: the CLI bundle builds a \p{…} literal inside a function again on every call.) */
const LETTER = /\p{L}/u;

/** How far after / before a verb-phrase's noun part its verb may stand (tokens, same clause). */
const VERB_AFTER = 10;
const VERB_BEFORE = 5;

/** Matches `text` against a compiled glossary; hits sorted by start, offsets into `text`. */
export function matchTerms(matcher: TermMatcher, text: string): TermHit[] {
  const ft = foldText(text);
  const tokens = tokenize(ft, text);
  const ctx = new MatchContext(matcher, text, ft, tokens);
  for (let ti = 0; ti < tokens.length; ti++) ctx.matchToken(ti);
  return ctx.finish();
}

class MatchContext {
  readonly raw: RawHit[] = [];
  private readonly s: string;
  constructor(
    private readonly m: TermMatcher,
    private readonly text: string,
    private readonly ft: FoldedText,
    private readonly tokens: Token[],
  ) {
    this.s = ft.folded;
  }

  // The token and part the automaton is scanning (one callback for the whole text, no closure per word).
  private curTok!: Token;
  private curTi = 0;
  private curPart = 0;
  private readonly onKey = (id: number, a: number, b: number): void => {
    for (const ref of this.m.automatonRefs[id]) this.inWord(ref, this.curTok, this.curPart, a, b);
  };

  /** Hits found inside the current part as (lemma, start, end) triples relative to the part. */
  private collect: number[] = [];
  private cacheable = true;

  /**
   * Runs the automaton over one closed part, or reuses the result for the same word seen before: the
   * analysis depends only on the word, its capital and whether a hyphen follows (words recur: Zipf).
   */
  private scanPart(tok: Token, pi: number): void {
    const part = tok.parts[pi];
    const beforeHyphen = pi < tok.parts.length - 1 || tok.truncated;
    const cache = this.m.wordCache[(beforeHyphen ? 2 : 0) + this.ft.upper[part.start]];
    const word = this.s.slice(part.start, part.end);
    let found = cache.get(word);
    if (found === undefined) {
      this.collect = [];
      this.cacheable = true;
      this.curPart = pi;
      this.m.automaton.search(this.s, part.start, part.end, this.onKey);
      found = this.collect;
      if (this.cacheable) {
        if (cache.size > 200_000) cache.clear();
        cache.set(word, found);
      }
    }
    for (let i = 0; i < found.length; i += 3) {
      const lemma = this.m.lemmas[found[i]];
      const a = part.start + found[i + 1];
      const b = part.start + found[i + 2];
      if (tok.sentenceStart && this.adjectiveAtStart(lemma.slots[0], tok, a, b)) continue;
      this.push(lemma, tok.start, tok.end, [[a, b]]);
    }
  }

  /**
   * At a sentence start adjectives are capitalised too, so a noun term may be an adjective there:
   * a compound adjective (Einflussreiche Kreise, Erfolgreich war …), or an adjective ending on the
   * term right before a noun (Komplexe Fragen, Verwandte Themen, Angestellte Mitarbeiter).
   */
  private adjectiveAtStart(slot: Slot, tok: Token, a: number, b: number): boolean {
    if (slot.kind !== 'noun' || tok.parts.length !== 1 || tok.truncated || a !== tok.start) return false;
    if (b < tok.end) return ADJECTIVE_HEADS.test(this.s.slice(b, tok.end));
    const lemma = slot.parts[slot.parts.length - 1];
    if (!slot.adjectival && !ADJECTIVE_ENDINGS.some((e) => this.s.slice(a, b) === lemma + e)) return false;
    const next = this.tokens[this.curTi + 1];
    if (!next || !this.ft.upper[next.start] || this.s.slice(tok.end, next.start).trim()) return false;
    return this.m.lexicon?.isNounForm(this.s.slice(next.parts[0].start, next.parts[0].end)) ?? true;
  }

  matchToken(ti: number): void {
    const tok = this.tokens[ti];
    const n = tok.parts.length;
    this.curTok = tok;
    this.curTi = ti;
    for (let pi = 0; pi < n; pi++) {
      const part = tok.parts[pi];
      // Slicing every word would dominate: only words of a length some key has are looked up.
      if (this.m.partLengths.has(part.end - part.start)) {
        const refs = this.m.parts.get(this.s.slice(part.start, part.end));
        if (refs) for (const ref of refs) this.wholePart(ref, tok, pi);
      }
      // Noun terms only stand in capitalised words (see inWord): most words need no scan at all.
      if (this.m.automatonNeedsCapital && !this.ft.upper[part.start]) continue;
      this.scanPart(tok, pi);
    }
    const end = tok.parts[n - 1].end;
    if (this.m.phraseLengths.has(end - tok.start)) {
      const lemmas = this.m.phrases.get(this.s.slice(tok.start, end));
      if (lemmas) for (const li of lemmas) this.phrase(li, ti);
    }
  }

  private push(lemma: Lemma, surfStart: number, surfEnd: number, covers: Array<[number, number]>): void {
    this.raw.push({ entry: lemma.entry, surfStart, surfEnd, covers });
  }

  private allUpper(p: TokenPart): boolean {
    for (let i = p.start; i < p.end; i++) if (!this.ft.upper[i] && LETTER.test(this.s[i])) return false;
    return p.end - p.start > 1;
  }

  /** The capitalisation contract: capital entry words need a capital; lower-case ones only at a sentence start. */
  private caseOk(slot: Slot, tok: Token, p: TokenPart): boolean {
    if (slot.kind === 'exact' || slot.kind === 'case') return true;
    const up = this.ft.upper[p.start] === 1;
    if (slot.capital) return up;
    if (!up) return true;
    return (p.start === tok.start && tok.sentenceStart) || this.allUpper(p);
  }

  private literalOk(slot: Slot, j: number, p: TokenPart): boolean {
    if (slot.kind === 'case') return caseKey(this.text.slice(this.ft.from[p.start], this.ft.to[p.end - 1])) === slot.caseParts[j];
    return this.s.slice(p.start, p.end) === slot.parts[j];
  }

  /** Checks parts 2..k of a hyphenated entry word against the token parts after `pi`; returns the end or -1. */
  private followingParts(lemma: Lemma, slot: Slot, tok: Token, pi: number): number {
    const k = slot.parts.length;
    if (pi + k > tok.parts.length) return -1;
    for (let j = 1; j < k; j++) {
      const p = tok.parts[pi + j];
      const str = this.s.slice(p.start, p.end);
      if (j < k - 1 || slot.kind === 'exact' || slot.kind === 'case' || slot.kind === 'lit') {
        if (!this.literalOk(slot, j, p)) return -1;
        continue;
      }
      if (slot.forms.has(str)) continue;
      const moreParts = pi + j < tok.parts.length - 1 || tok.truncated;
      if (moreParts && slot.modifiers.has(str)) continue;
      let ok = false;
      if (slot.compound) {
        for (const mod of slot.modifiers) {
          if (str.length > mod.length && str.startsWith(mod) && this.m.rules.right(str.slice(mod.length), lemma.length)) { ok = true; break; }
        }
      }
      if (!ok) return -1;
    }
    return tok.parts[pi + k - 1].end;
  }

  /** A non-compound single-word entry equal to a whole closed part (exact, case, adjectives, verbs, acronyms). */
  private wholePart(ref: KeyRef, tok: Token, pi: number): void {
    const lemma = this.m.lemmas[ref.lemma];
    const slot = lemma.slots[0];
    const p = tok.parts[pi];
    if (!this.caseOk(slot, tok, p)) return;
    // `compound: false`: the term is a word of its own, not a part of a longer hyphenated compound.
    if (!slot.hyphenPart && (tok.truncated || tok.parts.length !== slot.parts.length)) return;
    if (ref.role === Role.FirstPart) {
      if (!this.literalOk(slot, 0, p)) return;
      const end = this.followingParts(lemma, slot, tok, pi);
      if (end >= 0) this.push(lemma, tok.start, tok.end, [[p.start, end]]);
      return;
    }
    if (slot.kind === 'case' && !this.literalOk(slot, 0, p)) return;
    if (tok.sentenceStart && this.adjectiveAtStart(slot, tok, p.start, p.end)) return;
    this.push(lemma, tok.start, tok.end, [[p.start, p.end]]);
  }

  /** A noun entry found anywhere inside a closed part: whole word, compound head, modifier or middle. */
  private inWord(ref: KeyRef, tok: Token, pi: number, a: number, b: number): void {
    const lemma = this.m.lemmas[ref.lemma];
    const slot = lemma.slots[0];
    const p = tok.parts[pi];
    // A noun term stands only in a noun: the closed word must start with a capital (bündnisfrei is no hit).
    if (slot.capital && !this.ft.upper[p.start]) return;
    // Cheap position checks first: most automaton outputs are short forms inside unrelated words.
    const atEnd = b === p.end;
    const beforeHyphen = pi < tok.parts.length - 1 || tok.truncated;
    if (ref.role === Role.FirstPart ? !atEnd : atEnd ? ref.role !== Role.Form && !beforeHyphen : ref.role !== Role.Modifier) return;
    if (!atEnd && !this.m.rules.right(this.s.slice(b, p.end), lemma.length)) return;
    // Preis|gabe, Teil|nahme: nouns of particle verbs, not compounds of Preis or Teil.
    if (!atEnd && PARTICLES.has(this.s.slice(a, b)) && PARTICLE_NOUN_HEADS.test(this.s.slice(b, p.end))) return;
    if (a > p.start) {
      if (!this.m.rules.left(this.s.slice(p.start, a), lemma.length)) return;
      // Mikrowellen|ge|räte: the head is the Ge- noun (Geräte), not the term (Räte).
      if (a - p.start > 2 && this.s.startsWith('ge', a - 2) && this.m.lexicon?.isNounForm(this.s.slice(a - 2, p.end))) return;
      // The term must not start inside a name or lexicalised word (Russ|lands, Quad|rat, Neusee|länder).
      const word = this.s.slice(p.start, p.end);
      NOT_COMPOUNDS_RE.lastIndex = 0;
      for (let mm = NOT_COMPOUNDS_RE.exec(word); mm; mm = NOT_COMPOUNDS_RE.exec(word)) {
        if (a - p.start > mm.index && a - p.start < mm.index + mm[0].length) return;
        NOT_COMPOUNDS_RE.lastIndex = mm.index + 1;
      }
    }
    if (slot.kind === 'case') {
      // Letter case beyond the first letter is not part of the cache key.
      this.cacheable = false;
      if (caseKey(this.text.slice(this.ft.from[a], this.ft.to[b - 1])) !== slot.caseParts[0]) return;
    }
    if (ref.role === Role.FirstPart) {
      // Depends on the parts after this one: found directly, and the word is not cached.
      this.cacheable = false;
      const end = this.followingParts(lemma, slot, tok, pi);
      if (end >= 0) this.push(lemma, tok.start, tok.end, [[a, end]]);
      return;
    }
    this.collect.push(ref.lemma, a - p.start, b - p.start);
  }

  private tokenMatches(slot: Slot, tok: Token): boolean {
    if (tok.truncated || tok.parts.length !== slot.parts.length) return false;
    const k = slot.parts.length;
    for (let j = 0; j < k - 1; j++) if (!this.literalOk(slot, j, tok.parts[j])) return false;
    const last = tok.parts[k - 1];
    const ok = slot.kind === 'exact' || slot.kind === 'case' ? this.literalOk(slot, k - 1, last) : slot.forms.has(this.s.slice(last.start, last.end));
    return ok && this.caseOk(slot, tok, tok.parts[0]);
  }

  /** Only whitespace (spaces, NBSP, line breaks) may separate the words of a phrase. */
  private adjacent(prev: Token, next: Token): boolean {
    if (prev.truncated) return false;
    for (let i = prev.end; i < next.start; i++) if (this.s[i] !== ' ') return false;
    return true;
  }

  private sameClause(prev: Token, next: Token): boolean {
    for (let i = prev.end; i < next.start; i++) if ('.!?;:,'.includes(this.s[i])) return false;
    return true;
  }

  private phrase(li: number, ti: number): void {
    const lemma = this.m.lemmas[li];
    const np = lemma.verbPhrase ? lemma.slots.length - 1 : lemma.slots.length;
    if (ti + np > this.tokens.length) return;
    for (let j = 0; j < np; j++) {
      const tok = this.tokens[ti + j];
      if (j > 0 && !this.adjacent(this.tokens[ti + j - 1], tok)) return;
      if (!this.tokenMatches(lemma.slots[j], tok)) return;
    }
    const first = this.tokens[ti];
    const lastNp = this.tokens[ti + np - 1];
    if (!lemma.verbPhrase) {
      this.push(lemma, first.start, lastNp.end, [[first.start, lastNp.end]]);
      return;
    }
    const verb = this.findVerb(lemma.slots[lemma.slots.length - 1], ti, ti + np - 1);
    if (!verb) return;
    const spans: Array<[number, number]> = [[first.start, lastNp.end], ...verb.map((t) => [t.start, t.end] as [number, number])];
    const start = Math.min(...spans.map((c) => c[0]));
    const end = Math.max(...spans.map((c) => c[1]));
    this.push(lemma, start, end, spans);
  }

  /** Best effort: the verb in any form in the same clause, after the noun part (or before it). */
  private findVerb(slot: Slot, npFirst: number, npLast: number): Token[] | null {
    const str = (t: Token): string => this.s.slice(t.start, t.end);
    const isVerb = (t: Token): boolean => !t.truncated && slot.forms.has(str(t)) && this.caseOk(slot, t, t.parts[0]);
    const particleAfter = (from: number, limit: number): Token | null => {
      for (let k = from + 1; k <= limit && k < this.tokens.length; k++) {
        if (!this.sameClause(this.tokens[k - 1], this.tokens[k])) return null;
        if (slot.particle && str(this.tokens[k]) === slot.particle) return this.tokens[k];
      }
      return null;
    };
    const limit = npLast + VERB_AFTER;
    for (let k = npLast + 1; k <= limit && k < this.tokens.length; k++) {
      if (!this.sameClause(this.tokens[k - 1], this.tokens[k])) break;
      if (isVerb(this.tokens[k])) return [this.tokens[k]];
    }
    for (let k = npFirst - 1; k >= Math.max(0, npFirst - VERB_BEFORE); k--) {
      if (!this.sameClause(this.tokens[k], this.tokens[k + 1])) break;
      const t = this.tokens[k];
      if (isVerb(t)) return [t];
      if (slot.detached.has(str(t))) {
        const particle = particleAfter(npLast, limit);
        if (particle) return [t, particle];
      }
    }
    return null;
  }

  finish(): TermHit[] {
    return selectHits(this.raw, this.m.glossary.entries, this.ft, this.text);
  }
}
