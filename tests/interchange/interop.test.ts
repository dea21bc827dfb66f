// A real third-party reader (Debian's translate-toolkit) reads diglot's exports and sees the same units.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { writeTmx, writeXliff12 } from '../../src/interchange/index.js';
import { hasCommand, sampleDoc } from './helpers.js';

// Debian's python3 carries the `translate` module; a pyenv python3 earlier on PATH does not.
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasToolkit = hasCommand('xliff2po') && spawnSync(PYTHON, ['-c', 'import translate.storage.tmx'], { encoding: 'utf8' }).status === 0;
if (!hasToolkit) console.warn('[interchange] SKIPPING translate-toolkit interoperability tests: xliff2po / python3 translate not installed (.ci/run installs translate-toolkit)');

const stripTags = (s: string): string => s.replace(/<\/?[1-9]\d*\/?>/g, '');

/** Key form → the Markdown a reader that inlines native code (TMX) shows. */
function withNative(key: string, doc = sampleDoc()): string {
  const unit = doc.units.find((u) => u.segment.key === key || u.en === key)!;
  let out = key;
  for (const m of unit.segment.markup) {
    out = out.replace(`<${m.id}>`, m.open).replace(`</${m.id}>`, m.close ?? '').replace(`<${m.id}/>`, m.open);
  }
  return out;
}

/** Minimal PO reader: msgid/msgstr pairs with their `#:` location, skipping the header. */
function parsePo(po: string): Array<{ loc: string; msgid: string; msgstr: string; fuzzy: boolean }> {
  const out: Array<{ loc: string; msgid: string; msgstr: string; fuzzy: boolean }> = [];
  for (const block of po.split(/\n\s*\n/)) {
    const str = (key: string): string => {
      const m = new RegExp(`^${key} ((?:".*"\\n?)+)`, 'm').exec(`${block}\n`);
      if (!m) return '';
      return m[1]
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string)
        .join('');
    };
    const msgid = str('msgid');
    if (!msgid) continue;
    out.push({ loc: /^#: (.*)$/m.exec(block)?.[1] ?? '', msgid, msgstr: str('msgstr'), fuzzy: /^#, .*fuzzy/m.test(block) });
  }
  return out;
}

describe.skipIf(!hasToolkit)('translate-toolkit reads diglot exports', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-ttk-'));
  const doc = sampleDoc();

  it('xliff2po: every XLIFF 1.2 unit arrives with the same German and English; translated units are not fuzzy', () => {
    const xlf = path.join(dir, 'edition.xlf');
    const po = path.join(dir, 'edition.po');
    fs.writeFileSync(xlf, writeXliff12([doc]));
    const r = spawnSync('xliff2po', ['--progress=none', xlf, po], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const entries = parsePo(fs.readFileSync(po, 'utf8'));
    expect(entries.map((e) => e.loc)).toEqual(doc.units.map((u) => u.id));
    expect(entries.map((e) => e.msgid)).toEqual(doc.units.map((u) => stripTags(u.segment.key)));
    expect(entries.map((e) => e.msgstr)).toEqual(doc.units.map((u) => (u.en === null ? '' : stripTags(u.en))));
    expect(entries.filter((e) => e.fuzzy)).toEqual([]);
  });

  it('translate.storage.tmx: every TMX unit arrives, inline codes shown as the Markdown they stand for', () => {
    const tmx = path.join(dir, 'edition.tmx');
    fs.writeFileSync(tmx, writeTmx([doc]));
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'store = tmx.tmxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.getid(), u.source, u.target] for u in store.units], ensure_ascii=False))',
    ].join('\n');
    const r = spawnSync(PYTHON, ['-c', script, tmx], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const units = JSON.parse(r.stdout) as Array<[string, string, string | null]>;
    expect(units.map((u) => u[0])).toEqual(doc.units.map((u) => u.id));
    expect(units.map((u) => u[1])).toEqual(doc.units.map((u) => withNative(u.segment.key)));
    expect(units.map((u) => u[2] ?? null)).toEqual(doc.units.map((u) => (u.en === null ? null : withNative(u.en))));
  });
});
