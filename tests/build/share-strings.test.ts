import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createShare, shareDiagnostics, shareRowText } from '../../src/build/share-strings.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import type { RenderingRow } from '../../src/check/index.js';
import { normalizeKey, type MemoryRow } from '../../src/match/index.js';

// two findings as two JSON.parse calls give them: equal strings, separate copies
const parsed = (): Diagnostic[] =>
  [1, 2].map((n) => JSON.parse(JSON.stringify({ ruleId: 'translation-stale', severity: 'warning', message: `sentence ${n} changed`, hint: 'update the English', file: 'locales/de/a.md', source: 'match', place: { start: { line: n, column: 1, offset: n } } })) as Diagnostic);

describe('shareDiagnostics', () => {
  it('keeps every value and leaves the findings equal to what they were', () => {
    const list = parsed();
    const before = structuredClone(list);
    expect(shareDiagnostics(list, createShare())).toBe(list);
    expect(list).toEqual(before);
  });

  it('passes the repeated fields through the share, and not the message (it quotes the article)', () => {
    const asked: string[] = [];
    shareDiagnostics(parsed(), (s) => (asked.push(s), s));
    expect(asked).toEqual(['translation-stale', 'warning', 'update the English', 'locales/de/a.md', 'match', 'translation-stale', 'warning', 'update the English', 'locales/de/a.md', 'match']);
  });

  it('a share gives back the value it is given (its first copy: not observable from JS)', () => {
    const share = createShare();
    expect(share('a')).toBe('a');
    expect(share('b')).toBe('b');
    expect(share('a')).toBe('a');
  });
});

describe('shareRowText', () => {
  const sentence = fc.constantFrom('Ja.', 'Nein.', '„Gut“, sagte er.', 'Archivbild: KEYSTONE', 'Die Stadt wächst.');
  const english = fc.constantFrom('Yes.', 'No.', '"Good," he said.', 'File photo: KEYSTONE', 'The city grows.');
  const renderingRow = fc.tuple(sentence, english, fc.nat(99)).map(([de, en, line]): RenderingRow => [normalizeKey(de), en, 'locales/de/a.md', line]);
  const memoryRow = fc.tuple(sentence, english, fc.boolean()).map(([de, en, reviewed]): MemoryRow => {
    const row: MemoryRow = ['a', 'locales/en/a.json', de, en, 'curated', reviewed];
    if (normalizeKey(de) !== de) row.push(normalizeKey(de));
    return row;
  });

  it('leaves every rendering row equal to what it was, whatever the memory rows (property)', () => {
    fc.assert(
      fc.property(fc.array(renderingRow, { maxLength: 8 }), fc.array(memoryRow, { maxLength: 8 }), (rows, memory) => {
        const before = structuredClone(rows);
        expect(shareRowText(rows, memory)).toBe(rows);
        expect(rows).toEqual(before);
      }),
    );
  });

  it('takes the German and English of a memory row with the same German and English', () => {
    const taken: string[] = [];
    // a memory row whose strings record being read: the row's German and English are its own
    const memory: MemoryRow = ['a', 'locales/en/a.json', 'Ja.', 'Yes.', 'curated', false];
    const rows: RenderingRow[] = [['Ja.', 'Yes.', 'locales/de/a.md', 3], ['Nein.', 'No.', 'locales/de/a.md', 4]];
    const watched = new Proxy(memory, { get: (t, k) => (typeof k === 'string' && /^\d$/.test(k) && taken.push(k), Reflect.get(t, k)) });
    shareRowText(rows, [watched]);
    expect(taken).toEqual(expect.arrayContaining(['2', '3']));
    expect(rows).toEqual([['Ja.', 'Yes.', 'locales/de/a.md', 3], ['Nein.', 'No.', 'locales/de/a.md', 4]]);
  });
});
