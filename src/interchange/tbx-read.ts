// TBX text (TBX v3 DCA/DCT and TBX v2/2008 `martif`) → glossary entries de → en, whatever direction
// the file was made in: terms are taken from the German and English language sections of each
// concept. A concept whose English terms are all deprecated (how the 2008 export writes a forbidden
// rendering) adds them to the entry of the same German.
import type { Diagnostic } from '../model/diagnostic.js';
import type { GlossaryEntry, MatchPolicy } from '../model/glossary.js';
import { FORBIDDEN_NOTE } from './tbx2008-write.js';
import { XML_NS, attr, childElements, parseXml, placeOf, textContent, type XmlElement } from './xml-tree.js';

interface TermInfo {
  text: string;
  status?: string;
  pos?: string;
  termType?: string;
  el: XmlElement;
}

/** Reads TBX; entries lacking a German or an English term are skipped with a warning. */
export function readTbx(input: string | Uint8Array, file: string, opts: { sourceLang?: string; targetLang?: string } = {}): { entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const { root } = parseXml(input, file);
  const diagnostics: Diagnostic[] = [];
  const src = (opts.sourceLang ?? 'de').toLowerCase().split('-')[0];
  const trg = (opts.targetLang ?? 'en').toLowerCase().split('-')[0];
  if (root.local !== 'tbx' && root.local !== 'martif') {
    diagnostics.push({ ruleId: 'tbx-structure', severity: 'error', message: `<${root.name}> is not a TBX root (tbx or martif)`, file, place: placeOf(root), source: 'interchange' });
    return { entries: [], diagnostics };
  }
  const entries: GlossaryEntry[] = [];
  const forbiddenOnly: Array<{ de: string; terms: string[]; concept: XmlElement }> = [];
  const claims = new Map<GlossaryEntry, string[]>();
  for (const concept of descendants(root, (e) => e.local === 'conceptEntry' || e.local === 'termEntry')) {
    const fields = new Map<string, string>();
    const notes: string[] = [];
    collectFields(concept, fields, notes);
    const langs = childElements(concept).filter((c) => c.local === 'langSec' || c.local === 'langSet');
    const termsFor = (lang: string): TermInfo[] =>
      langs.filter((l) => (attr(l, 'lang', XML_NS) ?? '').toLowerCase().split(/[-_]/)[0] === lang).flatMap((l) => {
        collectFields(l, fields, notes);
        return readTerms(l);
      });
    const de = termsFor(src);
    const en = termsFor(trg);
    const mainDe = de.find((t) => t.status === 'preferredTerm-admn-sts') ?? de.find((t) => !isForbidden(t) && t.termType !== 'variant') ?? de[0];
    const approved = en.filter((t) => !isForbidden(t));
    if (mainDe && approved.length === 0 && en.length > 0) {
      forbiddenOnly.push({ de: mainDe.text, terms: en.map((t) => t.text), concept });
      continue;
    }
    if (!mainDe || approved.length === 0) {
      diagnostics.push({
        ruleId: 'tbx-entry-incomplete',
        severity: 'warning',
        message: `concept ${attr(concept, 'id') ?? attr(concept, 'id', XML_NS) ?? ''} has no ${!mainDe ? src : trg} term; skipped`,
        file,
        place: placeOf(concept),
        source: 'interchange',
      });
      continue;
    }
    approved.sort((a, b) => rank(a) - rank(b));
    const meta = new Map<string, string>();
    const forbidden = en.filter(isForbidden).map((t) => t.text);
    // the 2008 export's readable list of the forbidden renderings: checked once they are all read
    const listed = notes.filter((n) => n.startsWith(FORBIDDEN_NOTE));
    const freeNotes = notes.filter((n) => {
      if (n.startsWith(FORBIDDEN_NOTE)) return false;
      const parts = n.split(/;\s*/);
      if (!parts.every((p) => /^diglot:\w+=/.test(p))) return true;
      for (const p of parts) meta.set(p.slice(7, p.indexOf('=')), p.slice(p.indexOf('=') + 1));
      return false;
    });
    const note = [fields.get('definition'), ...freeNotes].filter((x): x is string => !!x).join('\n') || undefined;
    const match = meta.get('match');
    const entry: GlossaryEntry = {
      de: mainDe.text,
      en: approved.map((t) => t.text),
      forbidden,
      variants: de.filter((t) => t !== mainDe && !isForbidden(t)).map((t) => t.text),
      match: match === 'exact' || match === 'case' || match === 'inflect' ? (match as MatchPolicy) : 'inflect',
      note,
      pos: meta.get('pos') ?? mainDe.pos,
      status: meta.get('status'),
      domain: fields.get('subjectField'),
      origin: { file, line: concept.line, column: concept.column },
    };
    entries.push(entry);
    if (listed.length) claims.set(entry, listed);
  }
  foldForbidden(entries, forbiddenOnly, diagnostics, file, trg);
  // a "Do not use" note that lists exactly the forbidden renderings says nothing more: dropped
  for (const [entry, notes] of claims) {
    const extra = notes.filter((n) => n !== `${FORBIDDEN_NOTE}${entry.forbidden.join(' | ')}`);
    if (extra.length) entry.note = [entry.note, ...extra].filter(Boolean).join('\n');
  }
  return { entries, diagnostics };
}

/** Adds each forbidden-only concept's terms to the entry with its German; warns when there is none. */
function foldForbidden(entries: GlossaryEntry[], pending: ReadonlyArray<{ de: string; terms: string[]; concept: XmlElement }>, diagnostics: Diagnostic[], file: string, trg: string): void {
  const byDe = new Map<string, GlossaryEntry>();
  for (const e of entries) if (!byDe.has(e.de)) byDe.set(e.de, e);
  for (const p of pending) {
    const entry = byDe.get(p.de);
    if (!entry) {
      diagnostics.push({ ruleId: 'tbx-entry-incomplete', severity: 'warning', message: `concept ${attr(p.concept, 'id') ?? ''} has only deprecated ${trg} terms and no entry for "${p.de}" to forbid them in; skipped`, file, place: placeOf(p.concept), source: 'interchange' });
      continue;
    }
    for (const t of p.terms) if (!entry.forbidden.includes(t)) entry.forbidden.push(t);
  }
}

function isForbidden(t: TermInfo): boolean {
  return t.status === 'deprecatedTerm-admn-sts' || t.status === 'supersededTerm-admn-sts';
}

function rank(t: TermInfo): number {
  return t.status === 'preferredTerm-admn-sts' ? 0 : 1;
}

/** Concept- or language-level descriptive fields (DCA `descrip type=…` or DCT `basic:definition`). */
function collectFields(el: XmlElement, fields: Map<string, string>, notes: string[]): void {
  for (const c of childElements(el)) {
    if (c.local === 'descripGrp') collectFields(c, fields, notes);
    else if (c.local === 'descrip' || c.local === 'admin') {
      const type = attr(c, 'type');
      if (type && !fields.has(type)) fields.set(type, textContent(c).trim());
    } else if (c.local === 'note') notes.push(textContent(c).trim());
    else if (c.local === 'definition' || c.local === 'subjectField') {
      if (!fields.has(c.local)) fields.set(c.local, textContent(c).trim());
    }
  }
}

/** Terms of a language section: TBX v3 <termSec>, TBX v2 <tig>/<ntig>/<termGrp>. */
function readTerms(langSec: XmlElement): TermInfo[] {
  const out: TermInfo[] = [];
  for (const sec of childElements(langSec).filter((c) => c.local === 'termSec' || c.local === 'tig' || c.local === 'ntig')) {
    const holder = sec.local === 'ntig' ? (childElements(sec).find((c) => c.local === 'termGrp') ?? sec) : sec;
    const termEl = childElements(holder).find((c) => c.local === 'term');
    if (!termEl) continue;
    const text = textContent(termEl).trim();
    if (!text) continue;
    const info: TermInfo = { text, el: termEl };
    for (const n of [...childElements(holder), ...(holder === sec ? [] : childElements(sec))]) {
      const type = n.local === 'termNote' ? attr(n, 'type') : n.local;
      const value = textContent(n).trim();
      if (type === 'administrativeStatus') info.status = value;
      else if (type === 'partOfSpeech') info.pos = value;
      else if (type === 'termType') info.termType = value;
    }
    out.push(info);
  }
  return out;
}

function descendants(el: XmlElement, pick: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (pick(c)) out.push(c);
    else out.push(...descendants(c, pick));
  }
  return out;
}
