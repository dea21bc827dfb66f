// fast-check arbitraries for German Markdown articles that know, for every character, whether it is
// text (must land in a segment) or skeleton (syntax, code, front-matter keys: README → What a segment
// is). Used by the coverage property (tests/markdown) and the fuzz suite (tests/fuzz).
import fc from 'fast-check';

export interface Piece {
  text: string;
  kind: 'text' | 'skel';
}

export interface GeneratedArticle {
  source: string;
  /** One entry per UTF-16 unit of `source`. */
  kinds: Array<Piece['kind']>;
}

const t = (text: string): Piece => ({ text, kind: 'text' });
const k = (text: string): Piece => ({ text, kind: 'skel' });

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜéè'];
const letter = fc.constantFrom(...LETTERS);

/** A word that starts and ends with a letter, sometimes with a soft hyphen inside. */
const word = fc.tuple(fc.array(letter, { minLength: 1, maxLength: 8 }), fc.boolean()).map(([ls, shy]) => {
  const w = ls.join('');
  return shy && w.length > 2 ? `${w.slice(0, 2)}\u00ad${w.slice(2)}` : w;
});

/** Text that contains punctuation diglot must keep: abbreviations, quotes, numbers, URLs, e-mail. */
const punct = fc.constantFrom(
  'Dr.', 'z. B.', 'am 24. Februar', '3,5', '«Wort»', '„Zitat“', '‹innen›', '(Klammer)', 'A & B', 'Bild:KEYSTONE', '5 €', '100 %',
  '–', '—', '…', 'E-Mail', 'it’s', 'Quelle:', '?', '!', ';', 'U.S.A.', 'www.srf.ch', 'https://www.srf.ch/news?id=1', 'name@example.org',
  '[Quelle: www.srf.ch]', '[Mail: name@example.org]', '[https://srf.ch]', '[Quelle: https://www.srf.ch/news]', '[Hinweis]', '1970er-Jahre', '&amp;',
);

const wordsText = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

/** One inline item: plain text, or markup whose delimiters are skeleton and whose content is text. */
const inline: fc.Arbitrary<Piece[]> = fc.oneof(
  { weight: 10, arbitrary: word.map((w) => [t(w)]) },
  { weight: 4, arbitrary: punct.map((p) => [t(p)]) },
  { weight: 1, arbitrary: wordsText.map((w) => [k('*'), t(w), k('*')]) },
  { weight: 1, arbitrary: wordsText.map((w) => [k('**'), t(w), k('**')]) },
  { weight: 1, arbitrary: wordsText.map((w) => [k('_'), t(w), k('_')]) },
  { weight: 1, arbitrary: wordsText.map((w) => [k('~~'), t(w), k('~~')]) },
  { weight: 1, arbitrary: wordsText.map((w) => [k('['), t(w), k('](https://example.org/a "Titel")')]) },
  { weight: 1, arbitrary: fc.constantFrom('https://srf.ch/news', 'name@example.org').map((a) => [k('<'), t(a), k('>')]) },
  { weight: 1, arbitrary: fc.constantFrom('`code`', '``a ` b``', '![Bild](bild.png)').map((c) => [t(c)]) },
  { weight: 1, arbitrary: fc.constantFrom('*', '[', '_', '#', '`').map((c) => [k('\\'), t(c)]) },
  { weight: 1, arbitrary: word.map((w) => [t(w), k('[^1]')]) },
);

/** A line of inline items; it starts with a plain word, so it never opens a block by accident. */
const line = fc.tuple(word, fc.array(fc.tuple(fc.constantFrom(' ', ' ', ' ', '\u00a0'), inline), { maxLength: 7 })).map(([first, rest]) => [
  t(first),
  ...rest.flatMap(([space, items]) => [k(space), ...items]),
]);

type Block = (eol: string) => Piece[];

const paragraph: fc.Arbitrary<Block> = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => (eol) => lines.flatMap((l, i) => (i ? [k(eol), ...l] : l)));
const heading: fc.Arbitrary<Block> = fc.tuple(fc.integer({ min: 1, max: 4 }), line).map(([depth, l]) => () => [k(`${'#'.repeat(depth)} `), ...l]);
const listItems = (marker: string, lines: Piece[][], eol: string): Piece[] => lines.flatMap((l, i) => [...(i ? [k(eol)] : []), k(marker), ...l]);
const list: fc.Arbitrary<Block> = fc.tuple(fc.array(line, { minLength: 1, maxLength: 3 }), fc.array(line, { maxLength: 2 }), fc.boolean()).map(([items, nested, ordered]) => (eol) => [
  ...listItems(ordered ? '1. ' : '- ', items, eol),
  ...(nested.length ? [k(eol), ...listItems(ordered ? '   - ' : '  - ', nested, eol)] : []),
]);
const quote: fc.Arbitrary<Block> = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => (eol) => lines.flatMap((l, i) => [...(i ? [k(eol)] : []), k('> '), ...l]));
const cellText = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => [t(ws.join(' '))]);
const table: fc.Arbitrary<Block> = fc.integer({ min: 1, max: 3 }).chain((n) =>
  fc.tuple(fc.array(cellText, { minLength: n, maxLength: n }), fc.array(fc.array(cellText, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 2 })).map(([head, rows]) => (eol: string) => {
    const row = (cells: Piece[][]) => [k('| '), ...cells.flatMap((c, i) => [...(i ? [k(' | ')] : []), ...c]), k(' |')];
    return [...row(head), k(`${eol}|${'---|'.repeat(n)}`), ...rows.flatMap((r) => [k(eol), ...row(r)])];
  }),
);
const caption: fc.Arbitrary<Block> = paragraph.map((p) => (eol) => [k(`:::caption${eol}`), ...p(eol), k(`${eol}:::`)]);
const unknownDirective: fc.Arbitrary<Block> = paragraph.map((p) => (eol) => [k(`:::hinweis${eol}`), ...p(eol), k(`${eol}:::`)]);
const summary: fc.Arbitrary<Block> = fc.tuple(wordsText, fc.array(line, { minLength: 1, maxLength: 3 })).map(([label, items]) => (eol) => [
  k(':::summary['), t(label), k(`]${eol}`), ...listItems('- ', items, eol), k(`${eol}:::`),
]);
const skeletonBlock: fc.Arbitrary<Block> = fc.constantFrom(
  (eol: string) => [k(`\`\`\`${eol}code * _ [x] «nicht übersetzt»${eol}\`\`\``)],
  () => [k('---')],
  () => [k('<div>HTML-Block, nicht übersetzt</div>')],
  () => [k('[verweis]: https://example.org/verweis')],
);
const footnote: Block = () => [k('[^1]: '), t('Die Fussnote.')];

const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: caption },
  { weight: 1, arbitrary: summary },
  { weight: 1, arbitrary: unknownDirective },
  { weight: 1, arbitrary: skeletonBlock },
);

/** A whole article: optional BOM and front matter (the title's value is text), blocks, line endings of one kind. */
export const articleArb: fc.Arbitrary<GeneratedArticle> = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    // "Titel …": a lone "null" or "true" would be YAML's null or boolean, not a title
    title: fc.option(fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => `Titel ${ws.join(' ').replace(/\u00ad/g, '')}`), { nil: undefined }),
    blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
  })
  .map(({ eol, bom, title, blocks }) => {
    const pieces: Piece[] = [];
    if (bom) pieces.push(k('\ufeff'));
    if (title !== undefined) pieces.push(k(`---${eol}title: `), t(title), k(`${eol}slug: artikel${eol}---${eol}${eol}`));
    [...blocks, footnote].forEach((b, i) => {
      const made = b(eol);
      // a thematic break "---" opening a document without front matter would open front matter (with a
      // later "---" closing it): the article starts with the other spelling of a break, "***"
      if (i === 0 && title === undefined && made[0]?.text === '---') made[0] = k('***');
      pieces.push(...(i ? [k(eol + eol)] : []), ...made);
    });
    pieces.push(k(eol));
    const kinds = pieces.flatMap((p) => Array.from({ length: p.text.length }, () => p.kind));
    return { source: pieces.map((p) => p.text).join(''), kinds };
  });
