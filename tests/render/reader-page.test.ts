// The reader page: a news page in two languages with no tool internals, a correct heading outline,
// interface strings from i18next, glossary marks for readers, and a CSP that allows only its own code.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtmlEdition } from '../../src/render/index.js';
import { editionInput, elementById, entry } from './helpers.js';

const MD = `---
title: Das Bündnis wankt
source: Beispiel-Zeitung
author: Erika Muster
date: 2025-03-03
---

:::caption
Ein Gipfel in Genf. KEYSTONE
:::

Das Bündnis wankt. Der Westen zögert.

:::summary[Kurz gesagt]
- Das Bündnis steht unter Druck.
:::

Zuerst ein Absatz über das Bündnis.

## Was der Westen will

Der Westen will Ruhe. Das Bündnis auch.
`;
const EN: Record<string, string> = {
  'Das Bündnis wankt': 'The alliance falters',
  'Ein Gipfel in Genf.': 'A summit in Geneva.',
  KEYSTONE: 'KEYSTONE',
  'Das Bündnis wankt.': 'The alliance falters.',
  'Der Westen zögert.': 'The West hesitates.',
  'Kurz gesagt': 'In brief',
  'Das Bündnis steht unter Druck.': 'The alliance is under pressure.',
  'Zuerst ein Absatz über das Bündnis.': 'First a paragraph about the alliance.',
  'Was der Westen will': 'What the West wants',
  'Der Westen will Ruhe.': 'The West wants calm.',
  'Das Bündnis auch.': 'So does the alliance.',
};
const ENTRIES = [
  entry('Bündnis', 'alliance', { audience: 'both', note: 'Matcher note: "Bündnisse" matches too.', readerNote: 'A formal pact between states.' }),
  entry('Westen', 'West', { note: 'Capitalised.' }),
  entry('Gipfel', 'summit', { audience: 'reader' }),
];

const page = (extra: Record<string, unknown> = {}) => renderHtmlEdition({ ...editionInput(MD, EN, { entries: ENTRIES, path: 'locales/de/bund.md' }), ...extra });
const all = (html: string, re: RegExp) => [...html.matchAll(re)];

describe('reader page', () => {
  it('shows no tool internals: no file path, no coverage figures, no generator, no status badges, no translator notes', () => {
    const html = page();
    for (const internal of ['locales/de/bund.md', '% translated', 'diglot', 'Generated', 'status--', 'Matcher note', 'Capitalised.', 'LEDE', 'SUMMARY']) expect(html).not.toContain(internal);
  });

  it('has one h1 per language, then h2 subheads in both languages (the documented outline)', () => {
    const html = page();
    const headings = all(html, /<(h[1-6])[^>]*>([\s\S]*?)<\/\1>/g).map((m) => `${m[1]} ${m[2].replace(/<[^>]+>/g, '').trim()}`);
    expect(headings).toEqual(['h1 Das Bündnis wankt', 'h1 The alliance falters', 'h2 Kurz gesagt', 'h2 In brief', 'h2 Was der Westen will', 'h2 What the West wants', 'h2 Glossary']);
    expect(html).toMatch(/<div class="de" lang="de"><h1>/);
    expect(html).toMatch(/<div class="en" lang="en"><h1>/);
  });

  it('renders news typography: byline, figure with caption and credit, standfirst, summary box as an aside', () => {
    const html = page();
    expect(html).toContain('<p class="byline">By Erika Muster · <time datetime="2025-03-03">2025-03-03</time> · Source: Beispiel-Zeitung</p>');
    expect(html).toMatch(/<figure class="figure"><figcaption class="pair"><div class="de" lang="de"><span class="s" id="[^"]+" data-u="[^"]+">Ein <span class="term"[^]*?<span class="s credit"[^>]*>KEYSTONE<\/span><\/div><div class="en" lang="en">/);
    expect(html).toMatch(/<div class="pair pair--paragraph standfirst">[^]*?Das <span class="term"/);
    expect(elementById(html, 'sec-summary')).toMatch(/^<aside class="summary" id="sec-summary" aria-labelledby="summary-de summary-en">/);
  });

  it('pairs every sentence with its counterpart and gives the pair a permalink target', () => {
    const html = page();
    const de = all(html, /<span class="s[^"]*" id="([^"]+)" data-u="([^"]+)">/g);
    const en = all(html, /<div class="en"[^>]*>[^]*?<\/div>/g).flatMap((m) => all(m[0], /data-u="([^"]+)"/g).map((x) => x[1]));
    expect(de.length).toBe(11);
    expect(de.every((m) => m[1] === m[2])).toBe(true);
    expect(new Set(en)).toEqual(new Set(de.map((m) => m[1])));
  });

  it('marks glossary terms for readers only, the first occurrence, with one tab stop and the reader note', () => {
    const html = page();
    const marks = all(html, /<span class="term" tabindex="(-?\d)" aria-describedby="(tip-\d+)">([^<]+)/g);
    expect(marks.map((m) => m[3])).toEqual(['Gipfel', 'Bündnis']);
    expect(marks.map((m) => m[1])).toEqual(['0', '-1']);
    expect(html).toContain('<span class="term-tip" role="tooltip" id="tip-2" lang="en"><b>alliance</b> — A formal pact between states.</span>');
    expect(html).not.toMatch(/class="term"[^>]*>Westen/);
    const glossary = elementById(html, 'glossary-h');
    expect(glossary).toContain('Glossary');
    expect(html).toMatch(/<dt lang="de">Bündnis<\/dt><dd lang="en">alliance — <span class="note">A formal pact between states\.<\/span><\/dd>/);
    expect(all(page({ termMarks: 'all' }), /<span class="term" /g)).toHaveLength(5);
    expect(page({ termMarks: 'none' })).not.toContain('<span class="term" ');
  });

  it('takes its interface strings from the interface language', () => {
    const de = page({ interfaceLanguage: 'de' });
    expect(de).toContain('<html lang="de">');
    for (const s of ['Zum Artikel springen', 'Lesemodus', 'Nebeneinander', 'Abwechselnd', 'Quelle: Beispiel-Zeitung', 'Glossar']) expect(de).toContain(s);
    const en = page({ interfaceLanguage: 'en' });
    for (const s of ['Skip to the article', 'Reading mode', 'Side by side', 'Interleaved', 'Source: Beispiel-Zeitung', 'Glossary']) expect(en).toContain(s);
  });

  it('offers four reading modes as radio buttons, side by side checked (the no-JavaScript fallback)', () => {
    const html = page();
    const radios = all(html, /<input type="radio" class="sr-only" name="mode" id="mode-(\w+)" value="\1"( checked)?>/g);
    expect(radios.map((m) => `${m[1]}${m[2] ? '*' : ''}`)).toEqual(['de', 'en', 'side*', 'inter']);
    expect(all(html, /<label for="mode-(\w+)">/g).map((m) => m[1])).toEqual(['de', 'en', 'side', 'inter']);
  });

  it('allows exactly its own inline style and scripts by hash; no handlers, no eval, no external requests', () => {
    const html = page();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    const scripts = all(html, /<script>([\s\S]*?)<\/script>/g).map((m) => m[1]);
    const styles = all(html, /<style>([\s\S]*?)<\/style>/g).map((m) => m[1]);
    expect(scripts).toHaveLength(2);
    expect(styles).toHaveLength(1);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain(`script-src ${scripts.map(hash).join(' ')};`);
    expect(csp).toContain(`style-src ${hash(styles[0])};`);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|\son[a-z]+=|style="/);
    for (const s of scripts) {
      expect(s).not.toMatch(/\beval\b|new Function|fetch\(|XMLHttpRequest|import\(|setTimeout\(['"]/);
      expect(s.length).toBeLessThan(3500);
    }
  });
});
