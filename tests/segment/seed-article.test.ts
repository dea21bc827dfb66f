import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { fixtures, projectRoot } from './helpers.js';

const file = 'locales/de/trump-russland-china.md';
const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
const expected = fs.readFileSync(path.join(fixtures, 'seed-article/expected-keys.txt'), 'utf8').split('\n').filter(Boolean);

describe('seed article', () => {
  const { document, diagnostics } = segmentDocument({ path: file, text });
  it('segments exactly as the curated translation is keyed', () => {
    expect(document.segments.map((s) => s.key)).toEqual(expected);
  });
  it('has every key in the English resource', () => {
    const en = JSON.parse(fs.readFileSync(path.join(projectRoot, 'locales/en/trump-russland-china.json'), 'utf8')) as Record<string, unknown>;
    for (const s of document.segments) expect(Object.keys(en), s.key).toContain(s.key);
  });
  it('slices each segment from the file at its offsets, with its line and column', () => {
    const lines = text.split('\n');
    for (const s of document.segments) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(lines[s.line - 1].slice(s.column - 1).startsWith(s.text.split('\n')[0])).toBe(true);
    }
  });
  it('knows block kinds and sections', () => {
    const by = (k: string) => document.segments.find((s) => s.key.startsWith(k))!;
    expect(by('Machthaber Trump')).toMatchObject({ block: 'caption', section: 'lede' });
    expect(by('Keine Zeit?')).toMatchObject({ block: 'summary-title', section: 'summary' });
    expect(by('Kritiker warnen')).toMatchObject({ block: 'list-item', section: 'summary' });
    expect(by('US-Präsident')).toMatchObject({ block: 'paragraph', section: 'intro' });
    expect(by('Achse Moskau-Peking')).toMatchObject({ block: 'heading', section: 'achse-moskau-peking-schwaechen' });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
  it('gives unique ids', () => {
    expect(new Set(document.segments.map((s) => s.id)).size).toBe(document.segments.length);
  });
});
