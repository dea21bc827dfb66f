// Types of the parts of gettext-parser (v10, untyped JavaScript) that src/interchange/po-*.ts use.
declare module 'gettext-parser' {
  export interface PoComments {
    translator?: string;
    extracted?: string;
    reference?: string;
    flag?: string;
    previous?: string;
  }
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: PoComments;
    obsolete?: boolean;
  }
  export interface PoData {
    charset: string;
    headers: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
    obsolete?: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: string | Uint8Array, options?: { defaultCharset?: string; validation?: boolean }): PoData;
    compile(data: PoData, options?: { foldLength?: number; sort?: boolean | ((a: PoEntry, b: PoEntry) => number); escapeCharacters?: boolean; eol?: string }): Uint8Array;
  };
  const gettextParser: { po: typeof po };
  export default gettextParser;
}
