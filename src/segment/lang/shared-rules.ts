// Rule fragments every language's list is built from, in this order: STRUCTURE (quotes, case,
// list numbering), then the language's number rules, HEAD (titles, number prefixes, URLs), the
// language's and the shared sentence-END rules (all "break before a sentence starter", merged into
// one test by the compiler), the KEEP rules (all "no break", merged likewise), TERMINAL last.
// Lists named here ({list:titles} …) come from the language pack; a missing list matches nothing.
import type { SegRule } from '../types.js';

/** After an abbreviation, ordinal or initial, only these words show that a new sentence starts. */
export const STARTER = '{S}+{O}*{list:starters}{END}';

/** Terminal punctuation with what may close the sentence after it: quotes, brackets, a footnote marker. */
const TERMINATED = '{T}+{C}*{F}?{C}*';

/**
 * Paired quotes (by the quote policy), parenthetical marks, emoji after a sentence, lowercase
 * continuation, stray closing marks, list numbering.
 */
export const STRUCTURE: readonly SegRule[] = [
  {
    // quotes: keep (house policy): a quotation with several sentences is ONE segment with its lead-in
    id: 'quote-inside',
    break: false,
    inside: 'pair',
    when: { quotes: 'keep' },
    example: 'Er sagte: «Wir kommen. Ganz sicher!»‖ Dann ging er.',
  },
  {
    // quotes: split: a closing quote after terminal punctuation ends the sentence, even before "fragte er"
    id: 'quote-speech-split',
    break: true,
    when: { quotes: 'split' },
    before: '{T}+[)\\]]*[»«“”"\'’‘›‹]',
    after: '{S}+\\p{Ll}',
    example: '«Kommst du?»‖ fragte er.‖ «Ja», sagte sie.',
  },
  {
    // (!), (?), (!!), (?!) comment on the word before them; they never end the sentence
    id: 'parenthetical-mark',
    break: false,
    before: '\\((?:[!?¡¿]{1,4}|sic!?)\\)',
    after: '{S}',
    example: 'Die Firma zahlte 5 Millionen (!) Franken Busse.‖ Das ist viel.',
  },
  {
    // "Toll! 😀 Dann …": the emoji or emoticon belongs to the sentence before it (the break moves after it)
    id: 'emoji-follows',
    break: false,
    before: `${TERMINATED}(?:{S}*{EMO})*`,
    // the guard rejects the usual next word (an ASCII letter other than x) before the emoji classes are tried
    after: '{S}*(?![A-WYZa-wyz0-9]){EMO}',
    example: 'Das ist toll! 😀‖ Endlich Wochenende! 😎 🍻‖ Wer kommt mit?',
  },
  {
    // "Keine Zeit? blue News fasst …", "… nicht!», sagte er" (camel-case brands like iPhone do start sentences)
    id: 'next-lowercase',
    break: false,
    after: '{S}+{O}*(?![\\p{Ll}\\p{M}]*\\p{Lu})\\p{Ll}',
    example: 'Keine Zeit? blue News fasst für dich zusammen.‖ Apple zeigte es.‖ iPhone-Käufer staunten.',
  },
  {
    // a stray closing mark after the last sentence (`… haben. "`) belongs to it, it is no sentence
    id: 'trailing-punctuation',
    break: false,
    after: '{S}+[\\p{P}\\p{S}]+[ \\t]*(?:$|[\\n\\r\\u2028\\u2029])',
    example: 'Er nannte es «Deal».‖ Dann ging er. »',
  },
  {
    id: 'enumeration',
    break: false,
    before: '{BOL}[ \\t]*(?:{BULLET}[ \\t]*)?\\d{1,3}\\.',
    after: '{S}',
    example: '1. Dies ist eine Punkteliste.',
  },
];

/** Never a break after a title or before a number after its prefix; always one after a URL or a closing emoji. */
export const HEAD: readonly SegRule[] = [
  {
    id: 'title',
    break: false,
    before: '{NWD}{list:titles}\\.',
    after: '{S}',
    example: 'Wir trafen Dr. med. Meyer und Prof. Dr. Schulze.',
  },
  {
    // "Art. 5" is an article of law, "auf diese Art. Dann" a sentence end
    id: 'number-prefix',
    break: false,
    before: '{NWD}{list:numberPrefixes}\\.',
    after: '{S}+\\d',
    example: 'Gemäss Art. 5 ist das erlaubt.‖ Er tat es auf seine Art.‖ Dann ging er.',
  },
  {
    id: 'url-end',
    break: true,
    before: "(?:(?:https?://|www\\.)[^\\s«»„“”\"<>]*[^\\s.«»„“”\"<>]|[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.{list:tlds}|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\.",
    after: '{S}',
    example: 'Mehr unter www.nzz.ch.‖ Dort steht alles.‖ Schreiben Sie an info@example.org.‖ Wir antworten.',
  },
  {
    id: 'emoji-end',
    break: true,
    scan: 'rare',
    before: `${TERMINATED}(?:{S}*{EMO})+`,
    after: '{S}',
    // the whole ending as the trigger: it starts with terminal punctuation, which the scanner finds fast
    trigger: `${TERMINATED}(?:{S}*{EMO})+`,
    example: 'Wir haben gewonnen!!! 🎉🎉‖ Morgen feiern wir.‖ Schade. :(‖ Vielleicht nächstes Jahr.',
  },
];

/** Sentence ends after abbreviations, initials, dotted abbreviations and ellipses: only before a starter. */
export const ENDS: readonly SegRule[] = [
  {
    id: 'abbreviation-end',
    break: true,
    before: '{NWD}{list:abbreviations}\\.',
    after: STARTER,
    example: 'Wir brauchen Wasser, Saft, Bier usw.‖ Dann gehen wir.',
  },
  {
    id: 'initial-end',
    break: true,
    before: '{NWD}\\p{Lu}\\.',
    after: STARTER,
    example: 'Das Spiel endet in Gruppe B.‖ Dann folgt das Finale.',
  },
  {
    // U.S.A., k.u.k., i.d.R.: dotted abbreviations not in the lists
    id: 'dotted-end',
    break: true,
    before: '{NWD}(?:\\p{L}{1,3}\\.){1,4}\\p{L}{1,3}\\.',
    after: STARTER,
    example: 'Er lebt in den U.S.A.‖ Dort arbeitet er.',
  },
  {
    id: 'ellipsis-end',
    break: true,
    before: '(?:\\u2026|\\.\\.\\.){C}*',
    after: STARTER,
    trigger: '[.\\u2026»«“”"\'’‘)\\]›‹]',
    example: 'Er zögerte …‖ Dann ging er.',
  },
];

/** An ellipsis glued to its word ends a sentence before a capital. */
export const ELLIPSIS_ATTACHED: readonly SegRule[] = [
  {
    // "Er zögerte... Sekunden später" ends a sentence; "Das ist … Wahnsinn" pauses inside one
    id: 'ellipsis-attached',
    break: true,
    before: '[\\p{L}\\p{M}\\p{N}](?:\\u2026|\\.\\.\\.){C}*',
    after: '{S}+{O}*[\\p{Lu}\\d]',
    trigger: '[.\\u2026»«“”"\'’‘)\\]›‹]',
    example: 'Er zögerte...‖ Sekunden später fiel der Schuss.',
  },
];

/** No break after abbreviations, single lowercase letters, initials, dotted abbreviations, spaced ellipses. */
export const KEEPS: readonly SegRule[] = [
  {
    id: 'abbreviation',
    break: false,
    before: '{NWD}{list:abbreviations}\\.',
    after: '{S}',
    example: 'Wir brauchen Getränke, z. B. Wasser, Saft usw. Kaffee ist auch gut.',
  },
  {
    // z. B., u. a., s. o.: no word is a single lowercase letter
    id: 'single-lowercase',
    break: false,
    before: '{NWD}\\p{Ll}\\.',
    after: '{S}',
    example: 'Das steht s. S. 23, s. vorherige Anmerkung.',
  },
  {
    id: 'initial',
    break: false,
    before: '{NWD}\\p{Lu}\\.',
    after: '{S}',
    example: 'J. R. R. Tolkien schrieb es.‖ Das finden Sie auf S. 225.',
  },
  {
    id: 'dotted',
    break: false,
    before: '{NWD}(?:\\p{L}{1,3}\\.){1,4}\\p{L}{1,3}\\.',
    after: '{S}',
    example: 'Er ist i.d.R. pünktlich.',
  },
  {
    id: 'ellipsis',
    break: false,
    before: '(?:\\u2026|\\.\\.\\.){C}*',
    after: '{S}',
    trigger: '[.\\u2026»«“”"\'’‘)\\]›‹]',
    example: 'Das ist … Wahnsinn!',
  },
];

/** The break after terminal punctuation (and closing quotes or brackets) before a space: it makes the candidates. */
export const TERMINAL: readonly SegRule[] = [
  {
    // a footnote or citation marker after the end of a sentence belongs to it: "belegt.¹ Weitere …"
    id: 'footnote-end',
    break: true,
    before: '{T}+{C}*{F}{C}*',
    after: '{S}',
    trigger: '{T}+{C}*{F}{C}*',
    scan: 'rare',
    example: 'Das ist belegt.¹‖ Das auch.[6]‖ Und das.⁽²⁾‖ Dann ging er.',
  },
  {
    // the candidate maker: terminal punctuation, then closing quotes or brackets, then a space
    id: 'terminal',
    break: true,
    before: '{T}+{C}*',
    after: '{S}',
    trigger: '[.!?\\u2026\\u203c\\u2047-\\u2049»«“”"\'’‘)\\]›‹]',
    example: 'Wir haben 1.000.000 Euro.‖ «Ich komme.»‖ Dann ging er.',
  },
];
