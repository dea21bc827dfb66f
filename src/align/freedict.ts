// Optional extra dictionary: FreeDict German–English (Debian package dict-freedict-deu-eng, GPL) read
// from the system at run time, never copied into diglot. A dictd index + (dictzip) data file in, a
// LexiconSource out; null when the files are not installed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { foldGerman } from '../lang/de/fold.js';
import type { LexiconSource } from './types.js';

export const FREEDICT_DIR = '/usr/share/dictd';
const NAME = 'freedict-deu-eng';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's base-64 numbers (offsets and lengths in the index). */
export function decodeDictNumber(s: string): number {
  let n = 0;
  for (const c of s) n = n * 64 + B64.indexOf(c);
  return n;
}

/**
 * English renderings in one FreeDict entry: the line after the headword line lists them, with
 * labels in brackets and grammar in angle brackets ("[Feuer] put out <v>, extinguish <v>").
 */
export function parseFreedictEntry(entry: string): string[] {
  const line = entry.split('\n')[1] ?? '';
  return line
    .replace(/\[[^\]]*\]|<[^>]*>|\{[^}]*\}/g, ' ')
    .split(/[,;]/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 1);
}

interface DictData {
  read(off: number, len: number): string;
}

/**
 * Random access into a dictzip file (gzip with an `RA` extra field listing independently deflated
 * chunks), so a look-up inflates one or two 58 KB chunks instead of the whole 100 MB.
 */
function openDictzip(file: string): DictData | null {
  const buf = fs.readFileSync(file);
  if (buf[0] !== 0x1f || buf[1] !== 0x8b || !(buf[3] & 4)) return null;
  const xlen = buf.readUInt16LE(10);
  if (buf[12] !== 0x52 || buf[13] !== 0x41) return null; // 'RA'
  const chunkLen = buf.readUInt16LE(18);
  const count = buf.readUInt16LE(20);
  let pos = 12 + xlen;
  const flags = buf[3];
  if (flags & 8) pos = buf.indexOf(0, pos) + 1; // file name
  if (flags & 16) pos = buf.indexOf(0, pos) + 1; // comment
  if (flags & 2) pos += 2; // header CRC
  const starts: number[] = [];
  for (let k = 0; k < count; k++) {
    starts.push(pos);
    pos += buf.readUInt16LE(22 + 2 * k);
  }
  starts.push(pos);
  const chunks = new Map<number, Buffer>();
  const chunk = (k: number): Buffer => {
    let c = chunks.get(k);
    if (!c) {
      c = zlib.inflateRawSync(buf.subarray(starts[k], starts[k + 1]), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
      if (chunks.size > 64) chunks.clear();
      chunks.set(k, c);
    }
    return c;
  };
  return {
    read(off: number, len: number): string {
      const parts: Buffer[] = [];
      for (let k = Math.floor(off / chunkLen); k * chunkLen < off + len && k < count; k++) {
        const c = chunk(k);
        parts.push(c.subarray(Math.max(0, off - k * chunkLen), Math.min(c.length, off + len - k * chunkLen)));
      }
      return Buffer.concat(parts).toString('utf8');
    },
  };
}

/** Opens FreeDict from `dir` (default /usr/share/dictd); null when not installed. */
export function openFreedict(dir = FREEDICT_DIR): LexiconSource | null {
  const index = path.join(dir, `${NAME}.index`);
  const dz = path.join(dir, `${NAME}.dict.dz`);
  const plain = path.join(dir, `${NAME}.dict`);
  if (!fs.existsSync(index) || !(fs.existsSync(dz) || fs.existsSync(plain))) return null;
  const data: DictData | null = fs.existsSync(plain)
    ? ((b: Buffer) => ({ read: (off: number, len: number) => b.subarray(off, off + len).toString('utf8') }))(fs.readFileSync(plain))
    : openDictzip(dz);
  if (!data) return null;
  // the index: "headword<TAB>offset<TAB>length" lines; kept as text and scanned once into a map
  const text = fs.readFileSync(index, 'utf8');
  const where = new Map<string, string[]>();
  let at = 0;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', at);
    if (tab > at && tab < nl) {
      const head = text.slice(at, tab);
      if (!head.includes(' ')) {
        const key = head.includes('ß') ? head.replace(/ß/g, 'ss') : head;
        const list = where.get(key);
        const spot = text.slice(tab + 1, nl);
        if (!list) where.set(key, [spot]);
        else if (list.length < 8) list.push(spot);
      }
    }
    at = nl + 1;
  }
  const cache = new Map<string, string[]>();
  return {
    name: 'freedict',
    lookup(word: string): readonly string[] | undefined {
      const spots = where.get(foldGerman(word));
      if (!spots) return undefined;
      const hit = cache.get(word);
      if (hit) return hit;
      const out: string[] = [];
      for (const spot of spots) {
        const [off, len] = spot.split('\t').map(decodeDictNumber);
        for (const t of parseFreedictEntry(data.read(off, len))) if (!out.includes(t) && out.length < 8) out.push(t);
      }
      cache.set(word, out);
      return out;
    },
  };
}
