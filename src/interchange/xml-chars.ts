// XML 1.0 character rules and escaping: text in, escaped markup or the first character XML can't carry out.

/** True for a code point XML 1.0 allows in a document (the `Char` production). */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** A character XML 1.0 cannot represent, even as a character reference. */
export interface InvalidXmlChar {
  /** UTF-16 offset into the string. */
  index: number;
  /** The code point, or the lone surrogate's code unit. */
  code: number;
}

/**
 * Every code unit that may be (part of) a character XML 1.0 can't carry: C0 controls but TAB, LF, CR,
 * surrogates (paired ones are fine, but the walk below decides), U+FFFE/U+FFFF. Text without any is
 * answered by one regular-expression scan instead of a walk in JavaScript (every string of every export).
 */
export const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Finds the first character XML 1.0 can't carry: C0 controls, U+FFFE/U+FFFF, lone surrogates. */
export function findInvalidXmlChar(text: string): InvalidXmlChar | undefined {
  if (!MAYBE_NOT_XML.test(text)) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, code: c };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, code: c };
    if (!isXmlChar(c)) return { index: i, code: c };
  }
  return undefined;
}

/** `U+0001`-style name of a code point for messages. */
export function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Escapes character data. `>` is escaped too so `]]>` can never appear, and CR becomes `&#xD;`
 * because parsers normalise a literal CR (and CRLF) to LF.
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;'));
}

/** Escapes an attribute value for double quotes; TAB/LF/CR as references so attribute normalisation keeps them. */
export function escapeAttr(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\t':
        return '&#x9;';
      case '\n':
        return '&#xA;';
      default:
        return '&#xD;';
    }
  });
}

/** XML whitespace (the `S` production): the only characters `xml:space="default"` may collapse. */
export const XML_WHITESPACE_RUN = /[\t\n\r ]+/g;

/** True when `value` is an XML NMTOKEN (ASCII-and-Unicode name characters, at least one). */
export function isNmtoken(value: string): boolean {
  return /^[\p{L}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Nl}._:\-\u00B7\u0300-\u036F\u203F-\u2040]+$/u.test(value);
}
