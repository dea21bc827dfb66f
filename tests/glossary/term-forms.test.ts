// The word-form parts behind the issue-15 classes: genitives after sibilants, nouns declined like
// adjectives, feminine forms, compound splits, gender marks in the tokenizer, and the entry fields
// `compound` and `feminine` (schema, parser, matcher).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary, foldText, matchTerms, parseGlossary } from '../../src/glossary/index.js';
import { feminineForms } from '../../src/glossary/feminine-forms.js';
import { loadLexicon } from '../../src/glossary/lexicon.js';
import { compoundSplits, expandNoun } from '../../src/glossary/noun-forms.js';
import { tokenize } from '../../src/glossary/tokenize.js';
import { entry } from './helpers.js';

const lex = loadLexicon();
const yes = (): boolean => true;

describe('genitive forms', () => {
  it('after a sibilant -es, also where the lexicon lists only -s or nothing', () => {
    expect(expandNoun('putsch', lex).forms).toEqual(expect.arrayContaining(['putsches', 'putschs', 'putsche']));
    expect(expandNoun('einfluss', lex).forms).toEqual(expect.arrayContaining(['einflusses', 'einflüsse', 'einflüssen']));
    expect(expandNoun('prozess', lex).forms).toEqual(expect.arrayContaining(['prozesses', 'prozesse']));
    expect(expandNoun('schutz', lex).forms).toContain('schutzes');
  });
  it('-s and -es after a stressed final syllable, only -s after an unstressed one', () => {
    expect(expandNoun('verband', lex).forms).toEqual(expect.arrayContaining(['verbands', 'verbandes']));
    expect(expandNoun('gipfel', lex).forms).not.toContain('gipfeles');
    expect(expandNoun('alter', lex).forms).toEqual(expect.arrayContaining(['alter', 'alters']));
  });
  it('rules alone never give a bare -s after a sibilant', () => {
    const f = expandNoun('putsch', null).forms;
    expect(f).toContain('putsches');
    expect(f).not.toContain('putschs');
  });
});

describe('nouns declined like adjectives', () => {
  it('finds them in the lexicon, by their -e form and as compound heads', () => {
    for (const w of ['abgeordneter', 'beamter', 'vorsitzender', 'angestellte', 'erwachsener']) expect(expandNoun(w, lex, yes).source, w).toBe('adjectival');
    const s = expandNoun('sondergesandter', lex, yes);
    expect(s).toMatchObject({ source: 'adjectival', adjectivalStem: 'sondergesandt', split: { prefix: 'sonder', head: 'gesandte' } });
    expect(s.forms.sort()).toEqual(['sondergesandte', 'sondergesandtem', 'sondergesandten', 'sondergesandter']);
    expect(expandNoun('abgeordneter', lex, yes).modifiers).toEqual(['abgeordneten']);
  });
  it('keeps weak nouns and nouns of their own apart (Experte, Kollege, Alter, Wüste)', () => {
    for (const w of ['experte', 'kollege', 'alter', 'wüste', 'grenze']) expect(expandNoun(w, lex, yes).source, w).not.toBe('adjectival');
  });
  it('without the lexicon: clear participle shapes, or the entry says so in pos', () => {
    expect(expandNoun('vorsitzender', null).source).toBe('adjectival');
    expect(expandNoun('kalender', null).source).toBe('rules');
    expect(expandNoun('kranker', null, { adjectival: true }).forms).toContain('kranken');
  });
});

describe('feminine forms', () => {
  const fem = (w: string) => feminineForms(w, expandNoun(w, lex, yes), lex).forms;
  it('confirmed by the lexicon, on the word or its head, with umlaut', () => {
    expect(fem('aussenminister')).toEqual(expect.arrayContaining(['aussenministerin', 'aussenministerinnen', 'aussenminister*innen', 'aussenminister:in']));
    expect(fem('experte')).toEqual(expect.arrayContaining(['expertin', 'expertinnen']));
    expect(fem('arzt')).toEqual(expect.arrayContaining(['ärztin', 'ärztinnen', 'ärzt:innen']));
    expect(fem('senator')).toContain('senatorin');
    expect(fem('beamter')).toContain('beamtin');
  });
  it('none for things, feminine nouns and feminine forms themselves', () => {
    for (const w of ['gipfel', 'wende', 'krieg', 'botschaft', 'präsidentin']) expect(fem(w), w).toEqual([]);
  });
  it('by rule where the lexicon lacks the feminine of a person noun (Diplomatin, Bundesrätin)', () => {
    expect(fem('diplomat')).toContain('diplomatin');
    expect(fem('bundesrat')).toContain('bundesrätin');
    expect(feminineForms('diplomat', expandNoun('diplomat', null), null).forms).toContain('diplomatin');
  });
});

describe('compound splits', () => {
  it('every reading with a known head, confirmed modifiers first', () => {
    const heads = compoundSplits('türkeideal', lex, yes).map((s) => `${s.prefix}|${s.head}`);
    expect(heads).toEqual(expect.arrayContaining(['türkei|deal', 'türke|ideal']));
    expect(compoundSplits('ukrainekrieg', lex, yes)[0]).toEqual({ prefix: 'ukraine', head: 'krieg' });
    expect(compoundSplits('krieg', lex, yes)).toEqual([]);
  });
});

describe('tokenizer: gender marks', () => {
  const words = (t: string) => {
    const ft = foldText(t);
    return tokenize(ft, t).map((k) => ft.folded.slice(k.start, k.end));
  };
  it('keeps Expert*innen, Expert:in, Expert_innen as one word; not a colon before a capital', () => {
    expect(words('Die Expert*innen, Ärzt:in und Journalist_innen.')).toEqual(['die', 'expert*innen', 'ärzt:in', 'und', 'journalist_innen']);
    expect(words('Stand:In Bern')).toEqual(['stand', 'in', 'bern']);
    expect(words('Zeit:inhaltlich')).toEqual(['zeit', 'inhaltlich']);
  });
});

describe('entry fields compound and feminine', () => {
  const hits = (entries: ReturnType<typeof entry>[], text: string) => matchTerms(compileGlossary({ entries }), text).map((h) => `${h.term}=${h.surface}`);

  it('feminine: false opts the entry out of -in and -innen', () => {
    expect(hits([entry('Aussenminister', 'foreign minister')], 'Die Aussenministerin.')).toEqual(['Aussenminister=Aussenministerin']);
    expect(hits([entry('Aussenminister', 'foreign minister', { feminine: false })], 'Die Aussenministerin und die Aussenminister.')).toEqual(['Aussenminister=Aussenminister']);
  });

  it('compound: default, true and false for inflect and exact entries', () => {
    const text = 'Der Rat, der Stadtrat, der Sicherheits-Rat. Nato, Nato-Staaten, Natostaaten.';
    expect(hits([entry('Rat', 'council'), entry('Nato', 'NATO', { match: 'exact' })], text)).toEqual(['Rat=Rat', 'Rat=Stadtrat', 'Rat=Sicherheits-Rat', 'Nato=Nato', 'Nato=Nato-Staaten']);
    expect(hits([entry('Rat', 'council', { compound: false }), entry('Nato', 'NATO', { match: 'exact', compound: true })], text)).toEqual(['Rat=Rat', 'Nato=Nato', 'Nato=Nato-Staaten', 'Nato=Natostaaten']);
    expect(hits([entry('Nato', 'NATO', { match: 'exact', compound: false })], text)).toEqual(['Nato=Nato']);
  });

  it('case entries in closed compounds keep their letter case', () => {
    const g = [entry('WHO', 'WHO', { match: 'case', compound: true })];
    expect(hits(g, 'Die WHOExperten und die WhoExperten.')).toEqual(['WHO=WHOExperten']);
  });

  it('are read from YAML, and a wrong type is a positioned error', () => {
    const ok = parseGlossary('terms:\n  - de: Rat\n    en: council\n    compound: false\n    feminine: false\n', 'g.yaml');
    expect(ok.entries[0]).toMatchObject({ compound: false, feminine: false });
    const bad = parseGlossary('terms:\n  - de: Rat\n    en: council\n    compound: yes\n', 'g.yaml');
    expect(bad.diagnostics).toMatchObject([{ ruleId: 'glossary-invalid-value', place: { start: { line: 4, column: 15 } } }]);
  });
});

describe('matchTerms with the new forms: properties', () => {
  const m = compileGlossary({ entries: [entry('Experte', 'expert'), entry('Ukraine-Krieg', 'war in Ukraine'), entry('Abgeordneter', 'MP'), entry('die Guten Dienste', 'good offices')] });
  const words = ['Expert*innen', 'Expertinnen', 'Ukrainekriegs', 'Ukraine-Krieges', 'Abgeordneten', 'Bundestagsabgeordnete', 'ihre', 'Guten', 'Dienste', 'und', 'Stand:In', 'Abgeordnete'];
  it('every hit slices its surface from the text, also in NFD and with soft hyphens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }), fc.constantFrom(' ', '\u00a0', ', '), fc.boolean(), (ws, sep, nfd) => {
        const text = (nfd ? ws.join(sep).normalize('NFD') : ws.join(sep)).replace('Kriegs', 'Krie\u00adgs');
        const found = matchTerms(m, text);
        for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.surface);
        expect(found.length).toBeLessThanOrEqual(ws.length);
      }),
      { numRuns: 200 },
    );
  });
});
