// The curated English is plain i18next: prove that i18next itself loads every resource file and
// returns the English verbatim for every German segment key.
import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { repoRoot } from '../helpers/project.js';

const sources = fs.readdirSync(path.join(repoRoot, 'locales/de')).filter((f) => f.endsWith('.md'));

async function instanceFor(resource: Record<string, string>) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    fallbackLng: false,
    resources: { en: { translation: resource } },
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe.each(sources)('locales/en for %s', (file) => {
  const text = fs.readFileSync(path.join(repoRoot, 'locales/de', file), 'utf8');
  const { document } = segmentDocument({ path: `locales/de/${file}`, text });
  const resourcePath = path.join(repoRoot, 'locales/en', `${document.slug}.json`);
  const resource = JSON.parse(fs.readFileSync(resourcePath, 'utf8')) as Record<string, string>;

  it('has exactly one entry per German segment', () => {
    const keys = [...new Set(document.segments.map((s) => s.key))];
    expect(Object.keys(resource).sort()).toEqual(keys.sort());
  });

  it('i18next t(germanSegment) returns the English verbatim for every segment', async () => {
    const i18n = await instanceFor(resource);
    expect(document.segments.length).toBeGreaterThan(40);
    for (const s of document.segments) {
      expect(i18n.exists(s.key)).toBe(true);
      expect(i18n.t(s.key, { skipInterpolation: true })).toBe(resource[s.key]);
    }
  });
});

describe('i18next configuration for natural-language keys', () => {
  it('keeps ":" and "." in keys and {{…}} in values verbatim', async () => {
    const key = 'Die Idee dahinter: Eine Allianz. Zweitens: {{name}}';
    const i18n = await instanceFor({ [key]: 'The idea behind it: {{name}} and $t(x)' });
    expect(i18n.t(key, { skipInterpolation: true })).toBe('The idea behind it: {{name}} and $t(x)');
  });
});
