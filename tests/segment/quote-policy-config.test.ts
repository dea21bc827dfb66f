import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { segmentOptionsFor } from '../../src/project/segment-options.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { copyProject, write } from '../helpers/project.js';
import { cli } from './helpers.js';

// The quote policy from the three places a user sets it: pipeline/edition.yaml, the CLI, the API.
const ARTICLE = '---\ntitle: T\n---\n\n«Kommst du?» fragte er. Er sagte: «Wir kommen. Ganz sicher!»\n';

describe('segment.quotes in pipeline/edition.yaml', () => {
  it('defaults to keep and reaches the segmenter as split when configured', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    expect(segmentOptionsFor(loadConfig(dir)).quotes).toBe('keep');
    write(dir, 'pipeline/edition.yaml', 'sources: [locales/de/*.md]\nsegment:\n  quotes: split\n');
    const opts = segmentOptionsFor(loadConfig(dir));
    expect(opts.quotes).toBe('split');
    const texts = segmentDocument({ path: 'a.md', text: ARTICLE }, opts).document.segments.map((s) => s.text);
    expect(texts).toEqual(['T', '«Kommst du?»', 'fragte er.', 'Er sagte: «Wir kommen.', 'Ganz sicher!»']);
  });

  it('rejects an unknown policy at its position', () => {
    const dir = copyProject('tests/fixtures/build/basic/input');
    write(dir, 'pipeline/edition.yaml', 'sources: [locales/de/*.md]\nsegment:\n  quotes: maybe\n');
    let diagnostics: DiglotError['diagnostics'] = [];
    try {
      loadConfig(dir);
    } catch (e) {
      if (e instanceof DiglotError) diagnostics = e.diagnostics;
    }
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'config-invalid', file: 'pipeline/edition.yaml' });
    expect(diagnostics[0].place?.start.line).toBe(3);
  });
});

describe('diglot segment --quotes', () => {
  it('splits inside quotations with --quotes split, keeps them whole by default', async () => {
    const text = '«Kommst du?» fragte er. Dann ging er.';
    const keep = await cli(['segment', '--format', 'jsonl'], JSON.stringify({ text }));
    expect(JSON.parse(keep.stdout)).toEqual({ sentences: ['«Kommst du?» fragte er.', 'Dann ging er.'] });
    const split = await cli(['segment', '--format', 'jsonl', '--quotes', 'split'], JSON.stringify({ text }));
    expect(split.code).toBe(0);
    expect(JSON.parse(split.stdout)).toEqual({ sentences: ['«Kommst du?»', 'fragte er.', 'Dann ging er.'] });
  });
  it('rejects another value with exit 2', async () => {
    const r = await cli(['segment', '-', '--quotes', 'always'], 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quotes/);
  });
});
