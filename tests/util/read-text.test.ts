// The one reader: strict UTF-8 (BOM kept, so offsets index the file as read), the first bad byte at
// file:line:col with a rule id, plain messages for missing files, directories and oversized files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, readText, readTextIfExists } from '../../src/util/read-text.js';
import { thrownDiglotError } from '../helpers/diglot-error.js';

const failure = thrownDiglotError;

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const opts = (file: string) => ({ file, unreadableRuleId: 'input-unreadable' as const, source: 'test' });

describe('decodeUtf8', () => {
  it('keeps a BOM, CRLF, NBSP and soft hyphens exactly', () => {
    const text = decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'Stra\u00adsse\u00a0A\r\nB'), 'a.md');
    expect(text).toBe('\ufeffStra\u00adsse\u00a0A\r\nB');
  });

  it('names the first bad byte with line, column (UTF-16 units) and its Latin-1 reading', () => {
    // "€" (3 bytes, 1 unit) and "😀" (4 bytes, 2 units) before the bad byte on line 2
    const e = failure(() => decodeUtf8(bytes('ab\r\n€😀 caf', [0xe9], ' £5'), 'res.json', 'resources'));
    expect(e.diagnostics).toHaveLength(1);
    const d = e.diagnostics[0];
    expect(d).toMatchObject({ ruleId: 'input-not-utf8', severity: 'error', file: 'res.json', source: 'resources', place: { start: { line: 2, column: 8, offset: 11 } } });
    expect(d.message).toBe('not valid UTF-8: byte 0xE9 ("é" in Latin-1) at byte offset 15 (a binary file, or saved as Latin-1/Windows-1252?)');
    expect(d.hint).toMatch(/save the file as UTF-8/);
  });

  it('rejects overlong forms, surrogates, code points above U+10FFFF and cut sequences', () => {
    const cases: Array<[number[], number]> = [
      [[0x41, 0xc0, 0x80], 1], // overlong NUL
      [[0xe0, 0x80, 0x80], 0], // overlong 3-byte
      [[0xed, 0xa0, 0x80], 0], // UTF-16 surrogate D800
      [[0xf4, 0x90, 0x80, 0x80], 0], // U+110000
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0x41, 0x42, 0xe2, 0x82], 2], // cut at the end
      [[0x80], 0], // lone continuation byte
      [[0xc3, 0xa9, 0xc3], 2],
    ];
    expect(cases).toHaveLength(8);
    for (const [b, at] of cases) expect(firstInvalidUtf8(Uint8Array.from(b))).toBe(at);
    expect(firstInvalidUtf8(bytes('Grüße 😀 €'))).toBe(-1);
  });

  it('agrees with Node’s validator on arbitrary bytes, and the prefix before the bad byte is valid', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), (raw, s) => {
        const b = Buffer.concat([Buffer.from(s), Buffer.from(raw)]);
        const at = firstInvalidUtf8(b);
        expect(at === -1).toBe(isUtf8(b));
        if (at >= 0) expect(isUtf8(b.subarray(0, at))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('readText', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diglot-read-'));

  it('says plainly why a file cannot be read, with the caller’s rule id', () => {
    const missing = failure(() => readText(path.join(dir, 'nope.json'), opts('nope.json'))).diagnostics[0];
    expect(missing).toMatchObject({ ruleId: 'input-unreadable', message: 'cannot read nope.json: no such file' });
    const folder = failure(() => readText(dir, { ...opts('dir'), label: 'the folder dir' })).diagnostics[0];
    expect(folder.message).toBe('cannot read the folder dir: is a directory, not a file');
    expect(readTextIfExists(path.join(dir, 'nope.json'), opts('nope.json'))).toBeUndefined();
  });

  it('readTextIfExists: a missing file or a path through a file is absent; a folder or a file it may not read is an error', () => {
    fs.writeFileSync(path.join(dir, 'plain.txt'), 'Grüße\r\n');
    expect(readTextIfExists(path.join(dir, 'plain.txt'), opts('plain.txt'))).toBe('Grüße\r\n');
    expect(readTextIfExists(path.join(dir, 'plain.txt', 'below.json'), opts('plain.txt/below.json'))).toBeUndefined();
    expect(failure(() => readTextIfExists(dir, opts('dir'))).diagnostics[0].message).toBe('cannot read dir: is a directory, not a file');
    if (process.getuid?.() !== 0) {
      fs.writeFileSync(path.join(dir, 'locked.txt'), 'x');
      fs.chmodSync(path.join(dir, 'locked.txt'), 0o000);
      expect(failure(() => readTextIfExists(path.join(dir, 'locked.txt'), opts('locked.txt'))).diagnostics[0].message).toBe('cannot read locked.txt: permission denied');
    }
  });

  it('refuses a file above the size limit before reading it', () => {
    fs.writeFileSync(path.join(dir, 'big.md'), 'x'.repeat(101));
    expect(readText(path.join(dir, 'big.md'), { ...opts('big.md'), maxBytes: 101 })).toHaveLength(101);
    const e = failure(() => readText(path.join(dir, 'big.md'), { ...opts('big.md'), maxBytes: 100 })).diagnostics[0];
    expect(e).toMatchObject({ ruleId: 'input-too-large', file: 'big.md' });
    expect(e.message).toContain('big.md has 101 bytes');
  });
});
