import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/segment-text.js';
import { fixtures, readJsonl, sentences } from './helpers.js';
import path from 'node:path';

describe('segmentText: what the issue requires', () => {
  it.each([
    ['ordinal before a month', 'Am 24. Februar 2022 begann der Krieg. Dann kam die Wende.', 2],
    ['ordinal before a noun', 'Im 3. Quartal sank der Umsatz. Das überraschte.', 2],
    ['regnal number', 'Wilhelm II. sagte es. Alle hörten zu.', 2],
    ['abbreviation at sentence end', 'Wir kaufen Brot, Käse usw. Dann gehen wir.', 2],
    ['abbreviation inside', 'Wir kaufen z. B. Brot und u. a. Käse.', 1],
    ['initials', 'J. R. R. Tolkien schrieb viel. Er starb 1973.', 2],
    ['numbers', 'Es sind 1.000.000 Euro, 3,5 Prozent und 10.30 Uhr. Das reicht.', 2],
    ['URL', 'Siehe https://www.admin.ch/gov/de/start.html. Dort steht es.', 2],
    ['e-mail', 'Schreiben Sie an info@example.ch. Wir antworten.', 2],
    ['ellipsis …', 'Er wartete … Dann ging er.', 2],
    ['ellipsis ...', 'Er wartete... Dann ging er.', 2],
    ['question and exclamation', 'Kommst du? Ja! Gut.', 3],
    ['parentheses', 'Er kam (spät. Sehr spät.) und ging. Dann schlief er.', 2],
  ])('%s', (_name, text, n) => {
    expect(sentences(text)).toHaveLength(n);
  });

  it('keeps sentence-final punctuation inside «…», „…“ and "…" with the quote', () => {
    expect(sentences('«Ich komme.» Dann ging er.')).toEqual(['«Ich komme.»', 'Dann ging er.']);
    expect(sentences('„Ich komme.“ Dann ging er.')).toEqual(['„Ich komme.“', 'Dann ging er.']);
    expect(sentences('"Ich komme." Dann ging er.')).toEqual(['"Ich komme."', 'Dann ging er.']);
    expect(sentences('»Ich komme.« Dann ging er.')).toEqual(['»Ich komme.«', 'Dann ging er.']);
  });

  it('continues the sentence after a quote («…», sagte er.)', () => {
    expect(sentences('«Ich komme», sagte er. Sie nickte.')).toEqual(['«Ich komme», sagte er.', 'Sie nickte.']);
    expect(sentences('«Wer kommt?», fragte er. Niemand.')).toEqual(['«Wer kommt?», fragte er.', 'Niemand.']);
    expect(sentences('«Halt!» rief er.')).toEqual(['«Halt!» rief er.']);
  });

  it('keeps a colon lead-in with a multi-sentence quotation (house policy)', () => {
    expect(sentences('Er sagte: «Wir kommen. Ganz sicher!» Dann ging er.')).toEqual(['Er sagte: «Wir kommen. Ganz sicher!»', 'Dann ging er.']);
  });

  it('does not let an unclosed quote swallow the paragraph', () => {
    const r = segmentText('«Er kam. Dann ging er. Sie blieb.');
    expect(r).toHaveLength(3);
  });

  it('handles lists and headings without final punctuation (plain text lines)', () => {
    expect(sentences('Wahlen 2023\nDie Grünen verlieren.\n• Brot\n• Milch')).toEqual(['Wahlen 2023', 'Die Grünen verlieren.', '• Brot', '• Milch']);
  });

  it('joins soft-wrapped lines (line ends in a space) and breaks at hard ones', () => {
    expect(sentences('Schwangere Frauen sollten während der \nersten Monate Folsäure nehmen.')).toHaveLength(1);
    expect(sentences('Übung\nspielen\nspielt')).toEqual(['Übung', 'spielen', 'spielt']);
    expect(sentences('Er kam\r\n\r\nSie ging.')).toEqual(['Er kam', 'Sie ging.']);
  });

  it('treats inner line breaks as spaces with lineBreaks: paragraph', () => {
    expect(sentences('Der Bundesrat\nhat entschieden. Das\nist neu.', { lineBreaks: 'paragraph' })).toEqual(['Der Bundesrat\nhat entschieden.', 'Das\nist neu.']);
  });

  it('does not break at a no-break space after an abbreviation or number', () => {
    expect(sentences('Siehe S.\u00a012. Dann weiter.')).toEqual(['Siehe S.\u00a012.', 'Dann weiter.']);
  });

  it('takes extra abbreviations from options', () => {
    expect(sentences('Das Ressort Inl. Politik berichtet.')).toHaveLength(2);
    expect(sentences('Das Ressort Inl. Politik berichtet.', { abbreviations: ['Inl.'] })).toHaveLength(1);
  });

  it('returns trimmed spans with only whitespace between them', () => {
    const text = '\ufeff  Er kam.  \n Sie ging.\u00a0';
    const spans = segmentText(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Er kam.', 'Sie ging.']);
    expect(text.slice(0, spans[0].start).trim()).toBe('');
  });
});

describe('own German news cases (Swiss and German orthography)', () => {
  const cases = readJsonl<{ id: string; text: string; sentences: string[] }>(path.join(fixtures, 'news-de.jsonl'));
  it('has a varied set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
  it.each(cases.map((c) => [c.id, c]))('%s', (_id, c) => {
    expect(sentences(c.text)).toEqual(c.sentences);
  });
});
