// Messages stay short whatever the input: paths clipped in the middle, texts at the end.
import { describe, expect, it } from 'vitest';
import { clip, clipMiddle } from '../../src/util/clip.js';
import { formatDiagnostic } from '../../src/model/diagnostic.js';

describe('clip and clipMiddle', () => {
  it('leave short text alone and cut long text to the limit', () => {
    expect(clip('kurz', 10)).toBe('kurz');
    expect(clip('a'.repeat(100), 10)).toBe(`${'a'.repeat(7)}…`);
    expect(clipMiddle('locales/en/gipfel.json', 40)).toBe('locales/en/gipfel.json');
    const long = `${'x/'.repeat(5000)}gipfel.json`;
    const clipped = clipMiddle(long, 41);
    expect(clipped).toHaveLength(41);
    expect(clipped.startsWith('x/x/')).toBe(true);
    expect(clipped.endsWith('gipfel.json')).toBe(true);
    expect(clipped).toContain('…');
  });
});

describe('formatDiagnostic', () => {
  it('prints a 10 MB path and message as a few hundred characters', () => {
    const huge = `${'a/'.repeat(5_000_000)}b.md`;
    const line = formatDiagnostic({ ruleId: 'source-not-found', severity: 'error', message: `cannot read ${huge}`, hint: huge, file: huge });
    expect(line.length).toBeLessThan(4_500);
    expect(line).toMatch(/^a\/a\/.*….*b\.md: error source-not-found: cannot read a\/a\/.*…\n  hint: a\/a\/.*…$/);
  });
});
