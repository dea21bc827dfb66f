import { describe, expect, it } from 'vitest';
import { createShare, shareDiagnostics } from '../../src/build/share-strings.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';

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
