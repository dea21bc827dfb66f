// A RowTextStore in a file, for a large build's project memory: the text of its 400,000 rows (10,000
// articles) is then not held by the main thread, which looks up a row's text only when it answers
// with it (a few times per article). The file is made in the system's temp folder under a random name
// (exclusive create, mode 0600) and unlinked at once where the system allows an open file to be
// (so nothing is left, however the process ends); elsewhere it is removed by `close`. Rows are
// written through a 1 MB buffer; reading rows still in the buffer writes it first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { RowTextStore } from '../match/index.js';

export interface SpillStore extends RowTextStore {
  /** Closes (and where it was not unlinked, removes) the file; the store is not used after. */
  close(): void;
}

const BUFFER = 1 << 20;

/** A store in a new file of `dir`; undefined when none can be made there (the caller keeps the text in memory). */
export function openSpillStore(dir = os.tmpdir()): SpillStore | undefined {
  const file = path.join(dir, `diglot-memory-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx+', 0o600);
  } catch {
    return undefined;
  }
  let left = file as string | undefined;
  try {
    fs.unlinkSync(file);
    left = undefined;
  } catch {
    // an open file cannot be removed here (Windows): close removes it
  }
  /** Byte offset of each row's start; the entry after the last row is where the next one starts. */
  let starts = new Float64Array(1024);
  let rows = 0;
  let written = 0;
  const buffer = Buffer.allocUnsafe(BUFFER);
  let used = 0;
  const flush = () => {
    for (let at = 0; at < used; ) at += fs.writeSync(fd, buffer, at, used - at, written + at);
    written += used;
    used = 0;
  };
  return {
    put(texts) {
      const json = JSON.stringify(texts);
      const bytes = Buffer.byteLength(json, 'utf8');
      if (used + bytes > BUFFER) flush();
      if (bytes > BUFFER) {
        const whole = Buffer.from(json, 'utf8');
        for (let at = 0; at < bytes; ) at += fs.writeSync(fd, whole, at, bytes - at, written + at);
        written += bytes;
      } else used += buffer.write(json, used, 'utf8');
      if (rows + 2 > starts.length) {
        const next = new Float64Array(starts.length * 2);
        next.set(starts);
        starts = next;
      }
      starts[rows + 1] = written + used;
      return rows++;
    },
    read(first, count) {
      if (count <= 0) return [];
      const from = starts[first];
      const to = starts[first + count];
      if (to > written) flush();
      const bytes = Buffer.allocUnsafe(to - from);
      for (let at = 0; at < bytes.length; ) {
        const got = fs.readSync(fd, bytes, at, bytes.length - at, from + at);
        if (got === 0) throw new Error('the project memory file ended early');
        at += got;
      }
      return Array.from({ length: count }, (_, i) => JSON.parse(bytes.toString('utf8', starts[first + i] - from, starts[first + i + 1] - from)) as string[]);
    },
    close() {
      if (fd < 0) return;
      fs.closeSync(fd);
      fd = -1;
      if (left) fs.rmSync(left, { force: true });
    },
  };
}
