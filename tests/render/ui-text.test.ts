// The pages' own strings are i18next resources (src/render/messages/<lang>.json) looked up at run time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUiStrings, UI_LANGUAGES } from '../../src/render/index.js';
import { repoRoot } from '../helpers/project.js';

const MESSAGES = path.join(repoRoot, 'src/render/messages');
const load = (lang: string) => JSON.parse(fs.readFileSync(path.join(MESSAGES, `${lang}.json`), 'utf8')) as Record<string, string>;

describe('interface strings', () => {
  it('exist in German and English with the same keys and the same {{placeholders}}', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(fs.readdirSync(MESSAGES).map((f) => f.replace(/\.json$/, '')).sort());
    const en = load('en');
    const de = load('de');
    expect(Object.keys(en).length).toBeGreaterThan(40);
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(en)) expect(vars(de[k]), k).toEqual(vars(en[k]));
  });

  it('every string is used by a renderer (no dead entries)', () => {
    const src = fs
      .readdirSync(path.join(repoRoot, 'src/render'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(repoRoot, 'src/render', f), 'utf8'))
      .join('\n');
    // keys are written literally, or as a template over a closed set (`modes.${m}`, `status.${s}`)
    const prefixes = [...src.matchAll(/`([a-z.]+)\.\$\{/g)].map((m) => `${m[1]}.`);
    const unused = Object.keys(load('en')).filter((k) => !src.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('go through i18next: interpolation, locale number formatting, fallback to English', () => {
    const ui = createUiStrings();
    const values = { percent: 97.87, translated: 46, segments: 47 };
    expect(ui.textFor('de-CH').t('review.coverage', values)).toBe('97,9 % übersetzt (46/47)');
    expect(ui.textFor('en-GB').t('review.coverage', values)).toBe('97.9 % translated (46/47)');
    expect(ui.textFor('de').lang).toBe('de');
    expect(ui.textFor('fr').t('modes.de')).toBe('German');
    expect(ui.textFor('fr').lang).toBe('en');
  });

  it('two instances share no state (createInstance, not the global i18next)', async () => {
    const i18next = (await import('i18next')).default;
    const ui = createUiStrings();
    expect(ui.textFor('de').t('modes.de')).toBe('Deutsch');
    expect(Boolean(i18next.exists('modes.de'))).toBe(false);
  });
});
