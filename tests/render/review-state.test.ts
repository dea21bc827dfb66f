// Provenance and review state on the pages: the review page says per English sentence where it came
// from (curated file, import file, alignment, project memory with its article, archive) and who
// reviewed it when; the reader page shows nothing of it.
import { describe, expect, it } from 'vitest';
import { renderHtmlEdition, renderReviewEdition } from '../../src/render/index.js';
import type { AlignedUnit } from '../../src/model/unit.js';
import { editionInput, elementById } from './helpers.js';

const MD = '---\ntitle: Titel\n---\n\nErster Satz. Zweiter Satz. Dritter Satz. Vierter Satz. Fünfter Satz.\n';
const EN = { Titel: 'Title', 'Erster Satz.': 'First sentence.', 'Zweiter Satz.': 'Second sentence.', 'Dritter Satz.': 'Third sentence.', 'Vierter Satz.': 'Fourth sentence.', 'Fünfter Satz.': 'Fifth sentence.' };
const EVIL = '<b onclick="x()">Eve</b>';

/** The fixture's units with the provenance and review state each case needs (what matchUnits reads from a sidecar). */
function pages(interfaceLanguage = 'en') {
  const input = editionInput(MD, EN, { path: 'locales/de/t.md' });
  const [, first, second, third, fourth, fifth] = input.units;
  const set = (u: AlignedUnit, more: Partial<AlignedUnit>) => Object.assign(u, more);
  set(first, { status: 'reviewed', provenance: { kind: 'memory', file: 'locales/en/vorgestern.json', key: 'Erster Satz.', document: 'vorgestern' }, reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' });
  set(second, { status: 'translated', provenance: { kind: 'align', file: 'incoming/t.en.md', key: 'Zweiter Satz.' } });
  set(third, { status: 'reviewed', provenance: { kind: 'import', file: 'incoming/t.xlf', key: 'Dritter Satz.' }, reviewedBy: EVIL, reviewedAt: 'last Tuesday <i>' });
  set(fourth, { status: 'reviewed', provenance: { kind: 'orphan', file: 'locales/en/t.orphans.json', key: 'Vierter Satz.' }, reviewedAt: '2026-12-01' });
  set(fifth, { status: 'reviewed', provenance: { kind: 'curated', file: 'locales/en/t.json', key: 'Fünfter Satz.' } });
  const ids = input.units.map((u) => u.id);
  const all = { ...input, interfaceLanguage };
  return { ids, review: renderReviewEdition(all), reader: renderHtmlEdition(all) };
}

const prov = (html: string, id: string) => /<p class="prov"[^]*?<\/p>/.exec(elementById(html, `u-${id}`))?.[0] ?? '';

describe('provenance and review state on the review page', () => {
  it('names the article and file of English from project memory, and who reviewed it on which date', () => {
    const { review, ids } = pages();
    expect(prov(review, ids[1])).toBe('<p class="prov" data-provenance="memory">from memory · article vorgestern · <code>locales/en/vorgestern.json</code> · <span class="reviewed">reviewed by A. Editor on <time datetime="2026-12-08T09:30:00Z">2026-12-08</time></span></p>');
  });

  it('shows aligned English with its file and no review; the archive and a curated file likewise', () => {
    const { review, ids } = pages();
    expect(prov(review, ids[2])).toBe('<p class="prov" data-provenance="align">aligned · <code>incoming/t.en.md</code></p>');
    expect(prov(review, ids[4])).toBe('<p class="prov" data-provenance="orphan">from the archive · <code>locales/en/t.orphans.json</code> · <span class="reviewed">reviewed on <time datetime="2026-12-01">2026-12-01</time></span></p>');
    expect(prov(review, ids[5])).toBe('<p class="prov" data-provenance="curated">curated · <code>locales/en/t.json</code> · <span class="reviewed">reviewed</span></p>');
  });

  it('escapes a reviewer name and shows a date that is not ISO 8601 as plain text (no <time>)', () => {
    const { review, ids } = pages();
    const p = prov(review, ids[3]);
    expect(p).toBe('<p class="prov" data-provenance="import">imported · <code>incoming/t.xlf</code> · <span class="reviewed">reviewed by &lt;b onclick=&quot;x()&quot;&gt;Eve&lt;/b&gt; on last Tuesday &lt;i&gt;</span></p>');
    expect(review).not.toContain(EVIL);
  });

  it('speaks the interface language', () => {
    const { review, ids } = pages('de');
    expect(prov(review, ids[1])).toBe('<p class="prov" data-provenance="memory">aus dem Übersetzungsspeicher · Artikel vorgestern · <code>locales/en/vorgestern.json</code> · <span class="reviewed">geprüft von A. Editor am <time datetime="2026-12-08T09:30:00Z">2026-12-08</time></span></p>');
  });
});

describe('the reader page shows no provenance or review state', () => {
  it('has no reviewer, review date, provenance label or file of any sentence', () => {
    const { reader, review } = pages();
    // the same units put all of these on the review page …
    for (const s of ['A. Editor', '2026-12-08', 'vorgestern', 'incoming/t.xlf', 'class="prov"']) expect(review).toContain(s);
    // … and none of them on the reader page, which still has every English sentence
    for (const s of ['A. Editor', 'onclick', '2026-12', 'last Tuesday', 'vorgestern', 'incoming/', 'locales/', 'orphans', 'reviewed', 'from memory', 'aligned', 'imported', 'curated', 'data-provenance', 'class="prov"', '<time']) {
      expect(reader, s).not.toContain(s);
    }
    for (const en of Object.values(EN)) expect(reader).toContain(en);
  });
});
