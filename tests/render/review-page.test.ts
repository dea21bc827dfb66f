// The review page: the proof view for editors and translators — status badges, coverage, the word
// diff of changed German, where each English sentence came from and who reviewed it, term QA in place.
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits } from '../../src/match/index.js';
import { contentHash, type Sidecar } from '../../src/locale/index.js';
import { computeCoverage } from '../../src/report/index.js';
import { checkTermsInTarget } from '../../src/glossary/index.js';
import { renderReviewEdition } from '../../src/render/index.js';
import { editionInput, elementById, entry } from './helpers.js';

const MD = '---\ntitle: Titel\n---\n\nDas Bündnis hält. Der Gipfel kommt. Das Treffen endet heute Abend.\n\nNeuer Satz ohne Englisch.\n';
const EN: Record<string, string> = {
  Titel: 'Title',
  'Das Bündnis hält.': 'The alliance holds.',
  'Der Gipfel kommt.': 'The meeting is coming.',
  'Das Treffen endet heute.': 'The meeting ends today.',
};

function review(interfaceLanguage = 'en') {
  const { document } = segmentDocument({ path: 'locales/de/t.md', text: MD });
  const meta = (key: string, provenance: Sidecar['entries'][string]['provenance'], extra: Partial<Sidecar['entries'][string]> = {}) => ({ status: 'translated' as const, source: contentHash(key), target: contentHash(EN[key]), provenance, ...extra });
  const sidecar: Sidecar = {
    format: 'diglot-sidecar/1',
    source: 'locales/de/t.md',
    sourceHash: 'x',
    entries: {
      'Das Bündnis hält.': meta('Das Bündnis hält.', { kind: 'import', file: 'incoming/t.xlf', key: 'Das Bündnis hält.' }, { status: 'reviewed', reviewedBy: 'A. Editor', reviewedAt: '2026-12-08T09:30:00Z' }),
      'Der Gipfel kommt.': meta('Der Gipfel kommt.', { kind: 'align', file: 'incoming/t.en.md', key: 'Der Gipfel kommt.' }),
    },
  };
  const { units } = matchUnits(document, { file: 'locales/en/t.json', entries: new Map(Object.entries(EN)) }, { sidecar });
  const glossary = { entries: [entry('Bündnis', 'alliance'), entry('Gipfel', 'summit', { note: 'The political meeting.', audience: 'both', readerNote: 'A summit.' })] };
  // the pipeline's term stage, by hand: hits with source offsets, QA findings on the unit
  const input = editionInput(MD, EN, { entries: glossary.entries });
  for (const u of units) {
    u.terms = input.units.find((x) => x.id === u.id)!.terms;
    if (u.en !== null) u.diagnostics.push(...checkTermsInTarget({ hits: u.terms.map((h) => ({ ...h, start: h.start - u.segment.start, end: h.end - u.segment.start })), english: u.en, glossary, unitId: u.id }));
  }
  const coverage = computeCoverage([{ source: document, units }]).documents[0];
  return { units, html: renderReviewEdition({ source: document, units, coverage, glossary, sourceLanguage: 'de', targetLanguage: 'en', policy: 'german-only', interfaceLanguage, readerHref: 't.html' }) };
}

const row = (html: string, id: string) => elementById(html, `u-${id}`);

describe('review page', () => {
  it('says where each English sentence came from and who reviewed it', () => {
    const { html, units } = review();
    const [title, alliance, summit, ends, fresh] = units;
    expect(alliance.status).toBe('reviewed');
    expect(alliance.reviewedBy).toBe('A. Editor');
    expect(alliance.reviewedAt).toBe('2026-12-08T09:30:00Z');
    expect(row(html, alliance.id)).toContain('<p class="prov" data-provenance="import">imported · <code>incoming/t.xlf</code> · <span class="reviewed">reviewed by A. Editor on <time datetime="2026-12-08T09:30:00Z">2026-12-08</time></span></p>');
    expect(row(html, summit.id)).toContain('<span class="status status--review" title="English paired automatically by diglot align; not yet reviewed">aligned</span>');
    expect(row(html, summit.id)).toContain('<p class="prov" data-provenance="align">aligned · <code>incoming/t.en.md</code></p>');
    expect(row(html, title.id)).toContain('<p class="prov" data-provenance="curated">curated · <code>locales/en/t.json</code></p>');
    expect(row(html, ends.id)).not.toContain('class="prov"');
    expect(row(html, fresh.id)).toContain('<span class="status status--missing">missing</span>');
  });

  it('shows the German change of a stale sentence as a word diff with the previous English', () => {
    const { html, units } = review();
    const stale = units.find((u) => u.status === 'stale')!;
    const r = row(html, stale.id);
    expect(r).toContain('<span class="status status--stale">stale</span>');
    expect(r).toMatch(/<summary>German changed since translation \(similarity \d+\)<\/summary>/);
    expect(r).toContain('<ins> Abend</ins>');
    expect(r).toContain('<span lang="en">The meeting ends today.</span>');
  });

  it('puts term QA findings in place and marks every term occurrence for translators', () => {
    const { html, units } = review();
    const summit = units[2];
    expect(row(html, summit.id)).toMatch(/<ul class="findings" aria-label="Findings"><li class="finding finding--error"><code>term-missing-in-target<\/code>/);
    expect(row(html, summit.id)).toMatch(/<span class="term" tabindex="-1" aria-describedby="tip-\d+">Gipfel<span class="term-tip" role="tooltip" id="tip-\d+"><span lang="de">Gipfel<\/span> → <span lang="en">summit<\/span> — The political meeting\.<\/span>/);
    expect(html.match(/<span class="term" tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(/<dt lang="de">Gipfel<\/dt><dd><span lang="en">summit<\/span> <span class="note">\(readers and translators\)<\/span> <span class="note">— The political meeting\.<\/span> <span class="note">For readers: A summit\.<\/span><\/dd>/);
  });

  it('shows coverage with locale number formatting, the source file and a link to the reader page', () => {
    const en = review().html;
    expect(en).toContain('60 % translated (3/5)');
    expect(en).toContain('<code>locales/de/t.md</code>');
    expect(en).toContain('<a href="t.html">Reader edition</a>');
    expect(en).toContain('<meta name="robots" content="noindex">');
    const de = review('de').html;
    expect(de).toContain('60 % übersetzt (3/5)');
    expect(de).toContain('geprüft von A. Editor am <time datetime="2026-12-08T09:30:00Z">2026-12-08</time>');
    expect(de).toContain('<span class="status status--missing">fehlt</span>');
  });
});
