// The DiglotError a call throws (any other error is rethrown; no error at all fails the test).
import { DiglotError } from '../../src/model/diagnostic.js';

export function thrownDiglotError(fn: () => unknown): DiglotError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiglotError) return e;
    throw e;
  }
  throw new Error('expected a DiglotError');
}
