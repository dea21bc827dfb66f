import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/glossary/aho-corasick.js';
import { foldText } from '../../src/glossary/fold-text.js';
import { createLexicon, loadLexicon } from '../../src/glossary/lexicon.js';
import { expandNoun } from '../../src/glossary/noun-forms.js';
import { expandAdjective, expandVerb } from '../../src/glossary/word-forms.js';

describe('Aho–Corasick automaton', () => {
  it('reports exactly the occurrences a naive search finds', () => {
    const str = fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 'ss'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(str, { minLength: 1, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', 'ä', 's'), maxLength: 40 }), (keys, text) => {
        const found: string[] = [];
        buildAutomaton(keys).search(text, 0, text.length, (id, s, e) => found.push(`${id}:${s}:${e}`));
        const naive: string[] = [];
        keys.forEach((k, id) => { for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) naive.push(`${id}:${i}:${i + k.length}`); });
        expect(found.sort()).toEqual(naive.sort());
      }),
    );
  });
});

describe('foldText', () => {
  it('folds case, ß, NFD, invisible characters and maps back to original offsets', () => {
    const t = 'Au\u00dfen\u00adMinister\u00a0Bu\u0308nd';
    const f = foldText(t);
    expect(f.folded).toBe('aussenminister bünd');
    expect([f.from[2], f.from[3], f.to[3]]).toEqual([2, 2, 3]); // both s of ß come from offset 2
    expect(f.from[6]).toBe(6);
    expect(t.slice(f.from[16], f.to[16])).toBe('u\u0308');
    expect([f.upper[0], f.upper[1], f.upper[6], f.upper[15]]).toEqual([1, 0, 1, 1]);
  });
});

describe('German forms', () => {
  const lex = loadLexicon();
  it('takes noun paradigms from the lexicon, drops the archaic dative -e', () => {
    const rat = expandNoun('rat', lex);
    expect(rat.source).toBe('lexicon');
    expect(rat.forms).toEqual(expect.arrayContaining(['rat', 'rats', 'rates', 'räte', 'räten']));
    expect(rat.forms).not.toContain('rate');
  });
  it('inflects unknown compounds like their head', () => {
    const f = expandNoun('schwatzfest', lex);
    expect(f.source).toBe('head');
    expect(f.forms).toEqual(expect.arrayContaining(['schwatzfeste', 'schwatzfestes', 'schwatzfesten']));
  });
  it('falls back to suffix rules without a lexicon', () => {
    expect(expandNoun('sanktion', null).forms).toEqual(['sanktion', 'sanktionen']);
    expect(expandNoun('sanktion', null).modifiers).toContain('sanktions');
    expect(expandNoun('bündnis', null).forms).toEqual(expect.arrayContaining(['bündnisse', 'bündnisses', 'bündnissen']));
  });
  it('builds a lexicon from raw data', () => {
    const l = createLexicon({ Gipfel: { NOM: { SIN: 'Gipfel', PLU: 'Gipfel' }, GEN: { SIN: 'Gipfels' }, DAT: { PLU: 'Gipfeln' }, G: 'M' } });
    expect(l.isNounForm('gipfeln')).toBe(true);
    expect(l.isNounForm('gipfelte')).toBe(false);
  });
  it('declines adjectives and conjugates verbs', () => {
    expect(expandAdjective('grenzenlose')).toEqual(expect.arrayContaining(['grenzenlosen', 'grenzenloser', 'grenzenlosem']));
    expect(expandAdjective('dunkel')).toContain('dunkle');
    const treiben = expandVerb('treiben');
    expect(treiben.forms).toEqual(expect.arrayContaining(['treibt', 'trieb', 'trieben', 'getrieben']));
    const ab = expandVerb('abstimmen');
    expect(ab.forms).toEqual(expect.arrayContaining(['abstimmen', 'abzustimmen', 'abgestimmt', 'abstimmt']));
    expect(ab.detached).toContain('stimmten');
    expect(ab.particle).toBe('ab');
  });
});
