import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/index.js';
import { matchUnits, MemoryIndex } from '../../src/match/index.js';
import { contentHash, type OrphanRecord, type Sidecar } from '../../src/locale/index.js';

const doc = (body: string) => segmentDocument({ path: 'd.md', text: `---\ntitle: Titel\n---\n\n${body}\n` }).document;
const entries = (o: Record<string, string>) => ({ file: 'locales/en/d.json', entries: new Map(Object.entries(o)) });
const byKey = (units: ReturnType<typeof matchUnits>['units']) => Object.fromEntries(units.map((u) => [u.segment.key, u]));

describe('matchUnits statuses', () => {
  it('translated: exact key, or a key equal after normalisation (quotes, NBSP, soft hyphen)', () => {
    const d = doc('Er sagte: «Wir kommen.» Die Ver\u00adhandlung läuft.');
    const r = matchUnits(d, entries({ Titel: 'Title', 'Er sagte: "Wir kommen."': 'He said: “We are coming.”', 'Die Verhandlung\u00a0läuft.': 'The negotiation goes on.' }));
    expect(r.units.map((u) => u.status)).toEqual(['translated', 'translated', 'translated']);
    expect(r.units[1].provenance).toEqual({ kind: 'curated', file: 'locales/en/d.json', key: 'Er sagte: "Wir kommen."' });
    expect(r.diagnostics).toEqual([]);
  });

  it('stale: an edited sentence gets the old German, the word diff, the old English and the score', () => {
    const d = doc('Die Aussenminister treffen sich am 24. Februar in Genf.');
    const r = matchUnits(d, entries({ Titel: 'Title', 'Die Aussenminister treffen sich am 24. Februar in Bern.': 'The foreign ministers meet in Berne on 24 February.' }));
    const u = r.units[1];
    expect(u.status).toBe('stale');
    expect(u.en).toBeNull();
    expect(u.suggestion).toMatchObject({ de: 'Die Aussenminister treffen sich am 24. Februar in Bern.', en: 'The foreign ministers meet in Berne on 24 February.', score: 91 });
    expect(u.suggestion?.diff).toEqual([
      { op: 'equal', text: 'Die Aussenminister treffen sich am 24. Februar in ' },
      { op: 'delete', text: 'Bern' },
      { op: 'insert', text: 'Genf' },
      { op: 'equal', text: '.' },
    ]);
    expect(r.diagnostics.map((x) => x.ruleId)).toEqual(['translation-stale']);
  });

  it('stale from the orphans archive keeps the archived provenance (import, align)', () => {
    const d = doc('Das Bündnis wächst jeden Tag weiter.');
    const orphans: OrphanRecord[] = [{ de: 'Das Bündnis wächst jeden Tag.', en: 'The alliance grows every day.', reason: 'unmatched-update', provenance: { kind: 'import', file: 'in.xlf', key: 'Das Bündnis wächst jeden Tag.' } }];
    const u = matchUnits(d, entries({ Titel: 'Title' }), { orphans }).units[1];
    expect(u.status).toBe('stale');
    expect(u.suggestion?.provenance).toEqual({ kind: 'import', file: 'in.xlf', key: 'Das Bündnis wächst jeden Tag.' });
  });

  it('missing below the threshold; the threshold is configurable', () => {
    const d = doc('Die Presse ist sehr zufrieden mit allem.');
    const old = { Titel: 'Title', 'Die Presse ist zufrieden.': 'The press is satisfied.' };
    expect(matchUnits(d, entries(old)).units[1].status).toBe('missing');
    expect(matchUnits(d, entries(old), { threshold: 50 }).units[1].status).toBe('stale');
  });

  it('fuzzy: a similar entry from the memory (other documents), never the own files', () => {
    const memory = new MemoryIndex();
    memory.add({ de: 'Die Minister treffen sich in Genf.', en: 'The ministers meet in Geneva.', provenance: { kind: 'memory', file: 'locales/en/other.json', key: 'Die Minister treffen sich in Genf.' } });
    memory.add({ de: 'Die Minister treffen sich in Bern.', en: 'own', provenance: { kind: 'memory', file: 'locales/en/d.json', key: 'x' } });
    const r = matchUnits(doc('Die Minister treffen sich heute in Genf.'), entries({ Titel: 'Title' }), { memory });
    const u = r.units[1];
    expect(u.status).toBe('fuzzy');
    expect(u.suggestion).toMatchObject({ en: 'The ministers meet in Geneva.', score: 88, provenance: { file: 'locales/en/other.json' } });
    expect(r.diagnostics.map((x) => x.ruleId)).toEqual(['translation-fuzzy']);
  });

  it('reviewed and provenance come from the sidecar only while it describes the current English', () => {
    const d = doc('Das Bündnis wächst.');
    const sidecar: Sidecar = {
      format: 'diglot-sidecar/1',
      source: 'd.md',
      sourceHash: '',
      entries: {
        'Das Bündnis wächst.': { status: 'reviewed', source: contentHash('Das Bündnis wächst.'), target: contentHash('The alliance grows.'), provenance: { kind: 'import', file: 'x.xlf', key: 'Das Bündnis wächst.' }, reviewedBy: 'anna' },
      },
    };
    const same = byKey(matchUnits(d, entries({ Titel: 'T', 'Das Bündnis wächst.': 'The alliance grows.' }), { sidecar }).units)['Das Bündnis wächst.'];
    expect(same.status).toBe('reviewed');
    expect(same.provenance?.kind).toBe('import');
    const edited = byKey(matchUnits(d, entries({ Titel: 'T', 'Das Bündnis wächst.': 'The alliance is growing.' }), { sidecar }).units)['Das Bündnis wächst.'];
    expect(edited.status).toBe('translated');
    expect(edited.provenance?.kind).toBe('curated');
  });

  it('a split sentence points both parts at the old translation; a merge joins the old ones', () => {
    const split = matchUnits(doc('Trump will einen Deal. Putin zögert noch lange.'), entries({ Titel: 'T', 'Trump will einen Deal, aber Putin zögert noch lange.': 'Trump wants a deal, but Putin is still hesitating.' }));
    expect(split.units.slice(1).map((u) => [u.status, u.suggestion?.en])).toEqual([
      ['stale', 'Trump wants a deal, but Putin is still hesitating.'],
      ['stale', 'Trump wants a deal, but Putin is still hesitating.'],
    ]);
    expect(split.diagnostics[0].message).toMatch(/was split from/);
    const merged = matchUnits(doc('Trump will einen Deal, aber Putin zögert noch lange.'), entries({ Titel: 'T', 'Trump will einen Deal.': 'Trump wants a deal.', 'Putin zögert noch lange.': 'Putin is still hesitating.' }));
    expect(merged.units[1]).toMatchObject({ status: 'stale', suggestion: { de: 'Trump will einen Deal. Putin zögert noch lange.', en: 'Trump wants a deal. Putin is still hesitating.' } });
  });

  it('an empty English value counts as missing', () => {
    expect(matchUnits(doc('Eins.'), entries({ Titel: '', 'Eins.': '  ' })).units.map((u) => u.status)).toEqual(['missing', 'missing']);
  });
});
