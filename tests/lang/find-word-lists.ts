// A TypeScript source in, the word lists written in it out: string arrays, word tables in string or
// template literals, object literal keys and regex alternations, each with the words a predicate calls
// German. Used by no-stray-word-lists.test.ts to keep German word lists inside src/lang.
import ts from 'typescript';

export interface WordList {
  /** 1-based line of the literal. */
  line: number;
  kind: 'array' | 'table' | 'record' | 'regex';
  words: string[];
  german: string[];
}

const WORD = /\p{L}+/gu;
const tokens = (s: string): string[] => s.match(WORD) ?? [];

/** Every literal of `source` holding at least `minWords` words, with the German ones among them. */
export function findWordLists(source: string, file: string, isGerman: (word: string) => boolean, minWords = 30): WordList[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: WordList[] = [];
  const report = (node: ts.Node, kind: WordList['kind'], words: string[]): void => {
    if (words.length < minWords) return;
    out.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, kind, words, german: words.filter((w) => isGerman(w.toLowerCase())) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isArrayLiteralExpression(node)) {
      report(node, 'array', node.elements.filter(ts.isStringLiteralLike).flatMap((e) => tokens(e.text)));
    } else if (ts.isStringLiteralLike(node) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent) && !ts.isArrayLiteralExpression(node.parent)) {
      // a table is a literal of words and little else (not a message or a hint)
      const parts = node.text.split(/\s+/).filter(Boolean);
      const words = parts.filter((p) => /^\p{L}[\p{L}'’-]*$/u.test(p));
      if (parts.length && words.length / parts.length >= 0.9) report(node, 'table', words);
    } else if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.flatMap((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : []));
      report(node, 'record', keys.filter((k) => /^\p{L}+$/u.test(k)));
    } else if (ts.isRegularExpressionLiteral(node)) {
      report(node, 'regex', tokens(node.text.replace(/\\[pPuxk]\{[^}]*\}|\\[a-zA-Z]/g, ' ')).filter((w) => w.length > 2));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
