import { describe, expect, it } from 'vitest';
import { assignSegmentIds } from '../../src/segment/segment-id.js';
import { segmentDocument } from '../../src/segment/segment-document.js';

const doc = (t: string) => segmentDocument({ path: 'a.md', text: t }).document.segments;

describe('segment ids', () => {
  it('keeps the ids of unchanged sentences when a paragraph above is edited, added or removed', () => {
    const before = doc('Erster Absatz. Noch ein Satz.\n\nZweiter Absatz hier. KEYSTONE\n\nDritter Absatz. KEYSTONE\n');
    const after = doc('Erster Absatz, neu formuliert. Ein Satz mehr. Noch einer.\n\nEin ganz neuer Absatz. KEYSTONE\n\nZweiter Absatz hier. KEYSTONE\n\nDritter Absatz. KEYSTONE\n');
    const id = (list: typeof before, key: string, n = 0) => list.filter((s) => s.key === key)[n].id;
    expect(id(after, 'Zweiter Absatz hier.')).toBe(id(before, 'Zweiter Absatz hier.'));
    expect(id(after, 'Dritter Absatz.')).toBe(id(before, 'Dritter Absatz.'));
    // a repeated credit keeps its id through its neighbour, not through a count
    expect(id(after, 'KEYSTONE', 2)).toBe(id(before, 'KEYSTONE', 1));
    expect(id(after, 'KEYSTONE', 1)).toBe(id(before, 'KEYSTONE', 0));
  });
  it('is unique even for repeated neighbours', () => {
    const ids = assignSegmentIds(['A', 'B', 'A', 'B', 'A', 'B', 'C']);
    expect(new Set(ids).size).toBe(7);
    expect(ids[6]).toMatch(/^s[0-9a-f]{8}$/);
    expect(ids[2]).toMatch(/^s[0-9a-f]{8}-[0-9a-f]{4}$/);
    expect(ids[4]).toMatch(/^s[0-9a-f]{8}-[0-9a-f]{4}-2$/);
  });
  it('numbers a run of identical repeats -2, -3, … in order (the scheme is unchanged by the linear search)', () => {
    const ids = assignSegmentIds(['Ja.', 'Ja.', 'Ja.', 'Ja.', 'Ja.']);
    const base = ids[1];
    expect(ids[0]).not.toBe(base);
    expect(ids.slice(2)).toEqual([`${base}-2`, `${base}-3`, `${base}-4`]);
    expect(new Set(assignSegmentIds(Array.from({ length: 10_000 }, () => 'Ja.'))).size).toBe(10_000);
  });
});
