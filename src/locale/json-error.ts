// Invalid JSON text → the offset and a short description of its first syntax error. Node's
// JSON.parse names a position for some errors only ("Unexpected token '}', … is not valid JSON"
// has none), and an editor needs the line and column to fix a hand-edited resource. Iterative: a
// file of 100,000 nested brackets is an input error, not a stack overflow.

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

/** Raised inside the scanner; carries the error out of the loop. */
class Found {
  constructor(readonly error: JsonSyntaxError) {}
}

/** The first syntax error of `text` (undefined when it is valid JSON). A leading BOM is allowed. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string): never => {
    throw new Found({ offset: Math.min(i, text.length), message });
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const describe = () => (i >= text.length ? 'unexpected end of the text' : `unexpected ${JSON.stringify(text[i])}`);
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6))) fail('invalid escape sequence in a string');
        i += text[i + 1] === 'u' ? 6 : 2;
      } else if (text.charCodeAt(i) < 0x20) fail('a control character (e.g. a line break) inside a string');
      else i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  /** Open containers: `{` or `[`; the scanner expects a value (or a key) after each push. */
  const open: string[] = [];
  /** Scans one scalar or opens a container; returns after the value when it was a scalar. */
  const valueStart = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c);
      i++;
      ws();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        open.pop();
        i++;
        return true;
      }
      if (c === '{') key();
      return false;
    }
    if (c === '"') {
      string();
      return true;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) {
      i += literal[0].length;
      return true;
    }
    return fail(`${describe()}, expected a value`);
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail(`${describe()}, expected a key in double quotes`);
    string();
    ws();
    if (text[i] !== ':') fail(`${describe()}, expected ":" after the key`);
    i++;
  };
  try {
    let complete = valueStart();
    while (open.length) {
      if (!complete) {
        complete = valueStart();
        continue;
      }
      // a value inside the innermost container is complete: a separator or its end follows
      ws();
      const top = open[open.length - 1];
      const close = top === '{' ? '}' : ']';
      if (text[i] === ',') {
        i++;
        if (top === '{') key();
        complete = false;
      } else if (text[i] === close) {
        i++;
        open.pop();
      } else fail(`${describe()}, expected "," or "${close}" after a value`);
    }
    ws();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (e instanceof Found) return e.error;
    throw e;
  }
}
