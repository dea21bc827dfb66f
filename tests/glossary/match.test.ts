import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary, matchTerms } from '../../src/glossary/index.js';
import { entry } from './helpers.js';

const glossary = {
  entries: [
    entry('Bündnis', 'alliance'),
    entry('Sanktion', 'sanction'),
    entry('Sekundärsanktion', 'secondary sanction'),
    entry('Sicherheitsrat', 'Security Council'),
    entry('Rat', 'council'),
    entry('UNO', 'UN', { match: 'exact' }),
    entry('Nato', 'NATO', { match: 'exact' }),
    entry('Abkommen', 'agreement'),
    entry('Gipfel', 'summit'),
    entry('Grenze', 'border'),
    entry('Gabe', 'gift'),
    entry('Aussenminister', 'foreign minister', { variants: ['Aussenministerin'] }),
    entry('Die Linke', 'the Left', { match: 'case' }),
    entry('geopolitisch', 'geopolitical'),
  ],
};
const m = compileGlossary(glossary);
const terms = (text: string) => matchTerms(m, text).map((h) => `${h.term}=${h.surface}`);

describe('matchTerms: the matching contract', () => {
  it('finds inflected forms and keeps offsets exact', () => {
    const text = 'Die Stärke des Bündnisses.';
    const [h] = matchTerms(m, text);
    expect(h).toMatchObject({ term: 'Bündnis', surface: 'Bündnisses', start: 15, end: 25, en: ['alliance'] });
  });

  it('derived words are not hits, compounds are', () => {
    expect(terms('Der Botschafter sanktionierte, die Debatte gipfelte.')).toEqual([]);
    expect(terms('Das Sanktionspaket und der Friedensgipfel.')).toEqual(['Sanktion=Sanktionspaket', 'Gipfel=Friedensgipfel']);
  });

  it('never matches inside a word where the term is no constituent (both sides)', () => {
    expect(terms('Die Ratte, die Aufgabe, der Vorrat, die Ration.')).toEqual([]);
    expect(terms('Der Stadtrat und die Opfergabe.')).toEqual(['Rat=Stadtrat', 'Gabe=Opfergabe']);
  });

  it('a longer entry covering the text wins; different parts are all reported', () => {
    expect(terms('Die Sekundärsanktionen wirken.')).toEqual(['Sekundärsanktion=Sekundärsanktionen']);
    expect(terms('Der UNO-Sicherheitsrat tagt.')).toEqual(['UNO=UNO-Sicherheitsrat', 'Sicherheitsrat=UNO-Sicherheitsrat']);
  });

  it('a capitalised entry needs a capital; a lower-case one may be capitalised at a sentence start only', () => {
    expect(terms('Sie wollen abkommen.')).toEqual([]);
    expect(terms('Abkommen wurden geschlossen.')).toEqual(['Abkommen=Abkommen']);
    expect(terms('Geopolitische Fragen. Eine geopolitische Frage. Die Geopolitische Kommission.')).toEqual(['geopolitisch=Geopolitische', 'geopolitisch=geopolitische']);
  });

  it('a single-word entry may drop its final -e in a compound', () => {
    expect(terms('Die Grenzkontrolle.')).toEqual(['Grenze=Grenzkontrolle']);
  });

  it('exact entries: any case, hyphenated compounds, never inside a closed word', () => {
    expect(terms('NATO, Nato-Staaten und Natostaaten.')).toEqual(['Nato=NATO', 'Nato=Nato-Staaten']);
  });

  it('case entries keep letter case', () => {
    expect(terms('Die Linke stimmt zu, die linke Hand nicht.')).toEqual(['Die Linke=Die Linke']);
  });

  it('variants count as the entry', () => {
    expect(terms('Die Aussenministerin reiste ab.')).toEqual(['Aussenminister=Aussenministerin']);
  });

  it('treats ß/ss, soft hyphens, zero-width spaces, NBSP and hyphen variants as equivalent', () => {
    expect(terms('Der Au\u00dfen\u00administer und der Nato\u2011Gipfel.')).toEqual(['Aussenminister=Au\u00dfen\u00administer', 'Nato=Nato\u2011Gipfel', 'Gipfel=Nato\u2011Gipfel']);
  });

  it('gives UTF-16 offsets into NFD text, with BOM and CRLF kept', () => {
    const text = '\ufeffZeile eins\r\nDie Bu\u0308ndnisse.';
    const [h] = matchTerms(m, text);
    expect(h.surface).toBe('Bu\u0308ndnisse');
    expect(text.slice(h.start, h.end)).toBe(h.surface);
    expect(h.start).toBe(17);
  });

  it('sorts hits by start', () => {
    const hits = matchTerms(m, 'Gipfel, Bündnis, Sanktion, Gipfel.');
    expect(hits.map((h) => h.start)).toEqual([...hits.map((h) => h.start)].sort((a, b) => a - b));
    expect(hits).toHaveLength(4);
  });
});

describe('matchTerms: properties', () => {
  const words = ['Bündnis', 'Bündnisse', 'Sanktionen', 'Wirtschaftssanktionen', 'Gipfel', 'Nato-Gipfel', 'Ratte', 'Stadtrat', 'und', 'die', 'Aufgabe', 'Außenminister', 'grenzenlos', 'UNO'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 });
  const seps = fc.constantFrom(' ', ' ', '\u00a0', '\n', ', ');

  it('every hit slices its surface from the text', () => {
    fc.assert(
      fc.property(sentence, fc.array(seps, { minLength: 12, maxLength: 12 }), (ws, ss) => {
        const text = ws.map((w, i) => w + ss[i]).join('');
        for (const h of matchTerms(m, text)) expect(text.slice(h.start, h.end)).toBe(h.surface);
      }),
    );
  });

  it('soft hyphens inside words and NFD do not change which terms are found', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), (ws, seed) => {
        const plain = ws.join(' ');
        const shy = ws.map((w, i) => (w.length > 3 && (seed + i) % 2 ? `${w.slice(0, 2)}\u00ad${w.slice(2)}` : w)).join(' ');
        const nfd = plain.normalize('NFD');
        const t = (s: string) => matchTerms(m, s).map((h) => h.term);
        expect(t(shy)).toEqual(t(plain));
        expect(t(nfd)).toEqual(t(plain));
        for (const h of matchTerms(m, nfd)) expect(nfd.slice(h.start, h.end)).toBe(h.surface);
      }),
    );
  });
});
