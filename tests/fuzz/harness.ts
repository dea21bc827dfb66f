// Shared pieces of the fuzz suite: run counts (small in `npm test`, large in `npm run fuzz`), text
// mutations with the characters each format is sensitive to, and the checks every reader must pass:
// a result or a DiglotError (user error, exit 2), never another exception (exit 70), never a stack.
import fc from 'fast-check';
import { expect } from 'vitest';
import { DiglotError } from '../../src/model/diagnostic.js';
import type { CliRun } from '../helpers/cli.js';

/** Runs per in-process property (FUZZ_RUNS overrides; `npm run fuzz` sets 1,000). */
export const RUNS = Number(process.env.FUZZ_RUNS) || 40;
/** Runs per property that drives the whole CLI (a project on disk each time): an eighth. */
export const CLI_RUNS = Math.max(3, Math.round(RUNS / 8));
/** Per-test time limit: generous for the long run, the suite default otherwise. */
export const TIMEOUT = RUNS > 40 ? 0 : 60_000;

/** fast-check parameters: the run count, and FUZZ_SEED to replay a failure. */
export function params(numRuns = RUNS): fc.Parameters<unknown> {
  return { numRuns, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) };
}

/** Calls `fn`; a DiglotError is a fine outcome (returned), any other exception fails the test. */
export function resultOrUserError<T>(fn: () => T): T | DiglotError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DiglotError) {
      expect(e.diagnostics.length).toBeGreaterThan(0);
      for (const d of e.diagnostics) {
        expect(d.ruleId).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/);
        expect(d.severity).toBe('error');
        expect(d.message.length).toBeGreaterThan(0);
      }
      return e;
    }
    throw e;
  }
}

/** A CLI run ended with one of the allowed codes, and said nothing that looks like a crash. */
export function expectCleanExit(res: CliRun, allowed: readonly number[]): void {
  expect(allowed, `exit ${res.code}\n${res.stderr.slice(0, 2000)}`).toContain(res.code);
  expect(res.stderr).not.toContain('internal error');
  expect(res.stderr).not.toMatch(/\n\s+at [\w.<>]+ \(/);
}

/**
 * Edits of a text: inserts of format-sensitive snippets, deletions and duplications of a stretch,
 * at random places. `snippets` are what the format reacts to; some generic troublemakers are added.
 */
export function mutated(base: fc.Arbitrary<string>, snippets: readonly string[]): fc.Arbitrary<string> {
  const all = [...snippets, '\u0000', '\ufeff', '\ud800', '\udc00', '\u00a0', '\u00ad', '\u200b', '😀', 'e\u0301', '\r', '\n', '\r\n', '\t', '\\', '"', "'"];
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...all) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 6 }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }), times: fc.integer({ min: 2, max: 40 }) }),
  );
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([text, edits]) => {
    let t = text;
    for (const e of edits) {
      const at = t.length ? e.at % (t.length + 1) : 0;
      if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
      else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.length);
      else t = t.slice(0, at) + t.slice(at, at + e.length).repeat(e.times) + t.slice(at + e.length);
    }
    return t;
  });
}

/** Bytes of a text in UTF-8, or as garbage no decoder accepts (a Latin-1 byte, a cut sequence). */
export const encodedBytes = (text: fc.Arbitrary<string>): fc.Arbitrary<Buffer> =>
  fc.tuple(text, fc.constantFrom('utf8', 'utf8', 'utf8', 'latin1-byte', 'cut')).map(([t, how]) => {
    const b = Buffer.from(t, 'utf8');
    if (how === 'latin1-byte') return Buffer.concat([b.subarray(0, b.length >> 1), Buffer.from([0xe9]), b.subarray(b.length >> 1)]);
    if (how === 'cut') return Buffer.concat([b, Buffer.from([0xe2, 0x82])]);
    return b;
  });
