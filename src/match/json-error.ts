// Invalid JSON text → the offset and a short description of its first syntax error. Node's
// JSON.parse names a position for some errors only ("Unexpected token '}', … is not valid JSON"
// has none), and an editor needs the line and column to fix a hand-edited resource.

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

/** The first syntax error of `text` (undefined when it is valid JSON). */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: Math.min(i, text.length), message } satisfies JsonSyntaxError;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const describe = () => (i >= text.length ? 'unexpected end of the text' : `unexpected ${JSON.stringify(text[i])}`);
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`${describe()}, expected a key in double quotes`);
        string();
        ws();
        if (text[i] !== ':') fail(`${describe()}, expected ":" after the key`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        fail(`${describe()}, expected "," or "}" after a value`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return void i++;
        fail(`${describe()}, expected "," or "]" after a value`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) return void (i += literal[0].length);
    fail(`${describe()}, expected a value`);
  };
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
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) fail(`${describe()} after the end of the JSON value`);
    return undefined;
  } catch (e) {
    if (e && typeof e === 'object' && 'offset' in e) return e as JsonSyntaxError;
    throw e;
  }
}
