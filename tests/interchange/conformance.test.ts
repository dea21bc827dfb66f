import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInterchange } from '../../src/interchange/index.js';
import { DiglotError } from '../../src/model/diagnostic.js';
import { fixtures, hasShared, sharedDir } from './helpers.js';

/** Files of the suite diglot's reader does not accept, with the reason (README → Interchange). */
const UNSUPPORTED_VALID: Record<string, string> = {};

const suites = ['testsuite_xliff22', 'testsuite_xliff21'].map((s) => path.join(sharedDir, 'schemas', s, 'test-suite'));

if (!hasShared) console.warn('[interchange] SKIPPING the XLIFF conformance suites: ../shared is absent');

/** Prefixes registered in the suite's extra-prefixes.properties (it sits in core/valid/ and applies there). */
function extraPrefixes(dir: string): Set<string> {
  const file = path.join(dir, 'extra-prefixes.properties');
  if (!fs.existsSync(file)) return new Set();
  return new Set(
    fs
      .readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.includes('='))
      .map((l) => l.slice(l.lastIndexOf('=') + 1).trim()),
  );
}

function read(file: string, prefixes: Set<string>): { errors: string[]; crashed?: unknown } {
  try {
    const r = readInterchange(fs.readFileSync(file, 'utf8'), path.basename(file), { fragmentPrefixes: prefixes });
    return { errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.place?.start.line}: ${d.message}`) };
  } catch (e) {
    if (e instanceof DiglotError) return { errors: e.diagnostics.map((d) => d.message) };
    return { errors: [], crashed: e };
  }
}

for (const suite of suites) {
  const name = path.basename(path.dirname(suite));
  describe.skipIf(!hasShared || !fs.existsSync(suite))(`XLIFF conformance suite ${name} (core)`, () => {
    const valid = path.join(suite, 'core/valid');
    const invalid = path.join(suite, 'core/invalid');
    const list = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.xlf')).sort() : []);

    it('reads every valid document without an error', () => {
      const prefixes = extraPrefixes(valid);
      const failures = list(valid)
        .filter((f) => !UNSUPPORTED_VALID[f])
        .map((f) => ({ f, ...read(path.join(valid, f), prefixes) }))
        .filter((r) => r.errors.length > 0 || r.crashed);
      expect(failures).toEqual([]);
      expect(list(valid).length).toBeGreaterThanOrEqual(25);
    });

    it('detects the error in every invalid document, as diagnostics, never a crash', () => {
      const results = list(invalid).map((f) => ({ f, ...read(path.join(invalid, f), new Set()) }));
      expect(results.filter((r) => r.crashed)).toEqual([]);
      expect(results.filter((r) => r.errors.length === 0).map((r) => r.f)).toEqual([]);
      expect(results.length).toBeGreaterThanOrEqual(119);
    });
  });
}

const modules = path.join(suites[0], 'modules');
describe.skipIf(!hasShared || !fs.existsSync(modules))('XLIFF 2.2 suite, modules diglot writes (mtc, gls, mda)', () => {
  const list = (dir: string): string[] => fs.readdirSync(dir).filter((f) => /^(Good|Bad)-(mtc|gls|mda)_.*\.xlf$/.test(f) && f !== 'Good-mda_top-level.xlf');

  it('reads the valid module documents without an error', () => {
    const dir = path.join(modules, 'valid');
    const failures = list(dir).map((f) => ({ f, ...read(path.join(dir, f), new Set()) })).filter((r) => r.errors.length > 0 || r.crashed);
    expect(failures).toEqual([]);
  });

  it('detects the error in every invalid module document', () => {
    const dir = path.join(modules, 'invalid');
    const results = list(dir).map((f) => ({ f, ...read(path.join(dir, f), new Set()) }));
    expect(results.length).toBeGreaterThanOrEqual(17);
    expect(results.filter((r) => r.crashed || r.errors.length === 0).map((r) => r.f)).toEqual([]);
  });
});

describe('XLIFF 2 reader checks (own fixtures, independent of ../shared)', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['duplicate segment ids', '<segment id="a"><source>x</source></segment><segment id="a"><source>y</source></segment>', /not unique/],
    ['ec before sc', '<segment><source><ec startRef="1"/>a<sc id="1"/></source></segment>', /before its <sc>/],
    ['unknown dataRef', '<segment><source><ph id="1" dataRef="d9"/></source></segment>', /points to no <data>/],
    ['lone sm', '<segment><source><sm id="m1"/>a</source></segment>', /has no <em>/],
    ['bad fragment id', '<segment><source><mrk id="m" type="comment" ref="#q=1">a</mrk></source></segment>', /too short|not registered/],
    ['extension attribute on source', '<segment><source xmlns:my="urn:my" my:a="1">a</source></segment>', /not allowed on <source>/],
    ['cp for a legal character', '<segment><source><cp hex="0041"/></source></segment>', /write it directly/],
  ];
  for (const [name, body, expected] of cases) {
    it(`reports ${name}`, () => {
      const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="de"><file id="f"><unit id="u">${body}</unit></file></xliff>`;
      const messages = readInterchange(xml, 'case.xlf').diagnostics.map((d) => d.message);
      expect(messages.some((m) => expected.test(m))).toBe(true);
    });
  }

  it('accepts a clean hand-written XLIFF 2.0 file', () => {
    const r = readInterchange(fs.readFileSync(path.join(fixtures, 'sc-ec-2.0.xlf'), 'utf8'), 'ok.xlf');
    expect(r.diagnostics).toEqual([]);
  });
});
