// diglot align end to end in-process: both modes, formats, exit codes, --write-locale through sync.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/commands/align.js';
import { fixture, runAlign, tempCopy, type GoldBead } from './helpers.js';

const small = (f: string) => fixture('small', f);
const gold = (JSON.parse(fs.readFileSync(small('gold.json'), 'utf8')) as { pairs: GoldBead[] }).pairs;

describe('diglot align --presegmented', () => {
  it('prints the JSON contract: pairs over 0-based line indices, with score and why', async () => {
    const res = await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '--format', 'json']);
    expect(res.code).toBe(0);
    const o = JSON.parse(res.stdout) as { pairs: Array<GoldBead & { score: number; why: string[] }> };
    expect(o.pairs.map((p) => ({ de: p.de, en: p.en }))).toEqual(gold);
    expect(o.pairs.every((p) => typeof p.score === 'number' && p.why.length > 0)).toBe(true);
  });
  it('reads CRLF and a BOM like plain lines; the final line break is not a segment', async () => {
    expect(readLines('\uFEFFa\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(readLines('a\n\nb')).toEqual(['a', '', 'b']);
    expect(readLines('')).toEqual([]);
    const res = await runAlign([fixture('crlf-de.txt'), fixture('crlf-en.txt'), '--presegmented', '--format', 'json', '--glossary', fixture('glossary.yaml')]);
    expect(res.code).toBe(0);
    const o = JSON.parse(res.stdout);
    expect(o.pairs.map((p: GoldBead) => [p.de, p.en])).toEqual([[[0], [0]], [[1], [1]]]);
    expect(o.pairs[0].why).toContain('glossary Zwietracht=discord');
  });
  it('prints text, Markdown and HTML', async () => {
    const text = await runAlign([small('de.txt'), small('en.txt'), '--presegmented']);
    expect(text.stdout).toContain('#2  de 2–3 ↔ en 2');
    expect(text.stdout).toMatch(/11 pairs, \d+ for review; unaligned: 1 German, 1 English/);
    const md = await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '-f', 'md']);
    expect(md.stdout.split('\n')[1]).toBe('|--:|---|---|--:|---|');
    const html = await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '-f', 'html']);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
  });
  it('exits 1 with --fail-on-review when a pair is flagged, 0 otherwise', async () => {
    expect((await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '--fail-on-review', '--review-threshold', '0.999'])).code).toBe(1);
    expect((await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '--fail-on-review', '--review-threshold', '0'])).code).toBe(0);
  });
  it('exits 2 with a clear message on input and usage errors, never a stack trace', async () => {
    const missing = await runAlign([small('de.txt'), small('nope.txt'), '--presegmented']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt: no such file');
    expect(missing.stderr).not.toMatch(/^\s+at /m);
    expect((await runAlign([small('de.txt'), small('en.txt'), '--format', 'xml'])).code).toBe(2);
    expect((await runAlign([small('de.txt')])).code).toBe(2);
    expect((await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '--write-locale'])).stderr).toContain('--write-locale needs the Markdown article');
    expect((await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '--dry-run'])).code).toBe(2);
    expect((await runAlign([small('de.txt'), small('en.txt'), '--presegmented', '--band', '0'])).code).toBe(2);
    const dir = await runAlign([fixture('small'), small('en.txt'), '--presegmented']);
    expect(dir.stderr).toContain('is a directory');
  });
});

describe('diglot align DE.md EN.md', () => {
  const project = fixture('project');
  it('segments both articles, anchors the structure and prints the texts in JSON', async () => {
    const res = await runAlign(['locales/de/brand.md', 'incoming/brand.en.md', '--format', 'json'], project);
    expect(res.code).toBe(0);
    const o = JSON.parse(res.stdout);
    const byDe = (t: string) => o.pairs.find((p: { deText: string[] }) => p.deText.includes(t));
    expect(byDe('Niemand verletzt').enText).toEqual(['Nobody hurt']);
    expect(byDe('Foto: Keystone').enText).toEqual(['Photo: Keystone']);
    expect(byDe('Das teilte die Präfektur der Normandie am Freitag mit.').deText).toHaveLength(2);
    expect(o.summary.unalignedDe + o.summary.unalignedEn).toBe(0);
  });
  it('--write-locale stops on a conflict with the existing English and writes nothing', async () => {
    const dir = tempCopy(project);
    const before = fs.readFileSync(path.join(dir, 'locales/en/brand.json'), 'utf8');
    const res = await runAlign(['locales/de/brand.md', 'incoming/brand.en.md', '--write-locale', '-f', 'json'], dir);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('local:   No one was hurt.');
    expect(fs.readFileSync(path.join(dir, 'locales/en/brand.json'), 'utf8')).toBe(before);
  });
  it('--write-locale --dry-run shows the diff and writes nothing', async () => {
    const dir = tempCopy(project);
    const before = fs.readFileSync(path.join(dir, 'locales/en/brand.json'), 'utf8');
    const res = await runAlign(['locales/de/brand.md', 'incoming/brand.en.md', '--write-locale', '--dry-run', '--prefer', 'file', '-f', 'json'], dir);
    expect(res.code).toBe(0);
    expect(res.stderr).toContain('would write');
    expect(res.stderr).toContain('+  "Niemand verletzt": "Nobody hurt"');
    expect(fs.readFileSync(path.join(dir, 'locales/en/brand.json'), 'utf8')).toBe(before);
  });
  it('--write-locale writes 1:1 pairs through the sync writer, keeps the local English with --prefer local', async () => {
    const dir = tempCopy(project);
    const res = await runAlign(['locales/de/brand.md', 'incoming/brand.en.md', '--write-locale', '--prefer', 'local', '-f', 'json'], dir);
    expect(res.code).toBe(0);
    const locale = JSON.parse(fs.readFileSync(path.join(dir, 'locales/en/brand.json'), 'utf8')) as Record<string, string | null>;
    expect(locale['Niemand verletzt']).toBe('Nobody hurt');
    expect(locale['Foto: Keystone']).toBe('Photo: Keystone');
    expect(locale['Verletzt wurde niemand.']).toBe('No one was hurt.');
    // two German sentences share one English sentence: not split automatically
    expect(locale['Das teilte die Präfektur der Normandie am Freitag mit.']).toBeNull();
    expect(res.stderr).toMatch(/2 German segments sharing one English sentence/);
  });
});
