// Interchange throughput: writes and reads back 10,000 aligned units (two inline codes each) in
// TMX, XLIFF 2.1, XLIFF 1.2 and gettext PO; baseline: JSON.stringify / JSON.parse of the same units.
// Run: node src/cli/run-ts.js bench/interchange.ts (or npm run bench -- interchange)
import type { AlignedUnit } from '../src/model/unit.js';
import { readTranslations, writePo, writeTmx, writeXliff12, writeXliff21, type ExportDocument } from '../src/interchange/index.js';

const N = 10_000;
const units: AlignedUnit[] = Array.from({ length: N }, (_, i) => {
  const key = `Der Bundesrat hat am ${i}. Tag <1>heute</1> «knapp» entschieden & mehr <2/>.`;
  return {
    id: `s${i.toString(16).padStart(8, '0')}`,
    section: 'body',
    block: 'paragraph',
    blockIndex: Math.floor(i / 3),
    segment: {
      id: `s${i}`, text: key, key, start: 0, end: key.length, line: i + 1, column: 1, block: 'paragraph', blockIndex: Math.floor(i / 3), section: 'body',
      markup: [
        { id: 1, type: 'strong', paired: true, open: '**', close: '**' },
        { id: 2, type: 'image', paired: false, open: '![Karte](map.png)' },
      ],
    },
    en: `The Federal Council decided <1>today</1> on day ${i} & more <2/>.`,
    status: 'translated',
    terms: [],
    diagnostics: [],
  };
});
const doc: ExportDocument = { path: 'locales/de/bench.md', slug: 'bench', sourceLang: 'de-CH', targetLang: 'en-GB', units };

function time<T>(f: () => T): [number, T] {
  const t = performance.now();
  const r = f();
  return [performance.now() - t, r];
}

const [jw, json] = time(() => JSON.stringify(doc));
const [jr] = time(() => JSON.parse(json));
console.log(`interchange: ${N} units, baseline JSON.stringify/parse of the same units`);
console.log('| format | write (ms) | read (ms) | size (KiB) | write ÷ JSON | read ÷ JSON |');
console.log('|---|---|---|---|---|---|');
console.log(`| JSON (baseline) | ${jw.toFixed(0)} | ${jr.toFixed(0)} | ${(json.length / 1024).toFixed(0)} | 1 | 1 |`);
for (const [name, write, file] of [['TMX', writeTmx, 'bench.tmx'], ['XLIFF 2.1', writeXliff21, 'bench.xlf'], ['XLIFF 1.2', writeXliff12, 'bench.xlf'], ['PO', writePo, 'bench.po']] as const) {
  const [tw, text] = time(() => write([doc]));
  const [tr, read] = time(() => readTranslations(text, file));
  if (read.units.length !== N) throw new Error(`${name}: read ${read.units.length} of ${N} units`);
  console.log(`| ${name} | ${tw.toFixed(0)} | ${tr.toFixed(0)} | ${(text.length / 1024).toFixed(0)} | ${(tw / jw).toFixed(0)} | ${(tr / jr).toFixed(0)} |`);
}
