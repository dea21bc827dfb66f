// English: word lists (CLDR's suppressions plus the usual newsroom abbreviations) and the English
// rule list (shared fragments plus vowelless abbreviations). Used for the English side of alignment.
import type { LanguagePack, LanguageRule } from '../types.js';
import { CLDR_EN_SUPPRESSIONS } from './cldr-en.js';
import { TLDS } from './common-lists.js';
import { ELLIPSIS_ATTACHED, ENDS, HEAD, KEEPS, STARTER, STRUCTURE, TERMINAL } from './shared-rules.js';

/** CLDR entries that are ordinary words or names ending many sentences ("It went up. Then …"). */
const CLDR_EXCLUDED = new Set([
  'Long.', 'Hat.', 'Link.', 'By.', 'Act.', 'Up.', 'Job.', 'Ok.', 'OK.', 'Ex.', 'In.', 'Is.', 'To.', 'Or.', 'Joe.', 'Do.',
  'Id.', 'Card.', 'Jam.', 'Mart.', 'Lev.', 'Def.', 'Diff.', 'Lib.', 'Var.', 'Num.', 'Org.', 'Est.', 'Cap.', 'Comm.',
  'Cont.', 'Go.', 'On.', 'All.', 'As.', 'Pro.', 'Ed.', 'PC.', 'AA.', 'AB.', 'AD.', 'DC.', 'VS.', 'PP.', 'MR.', 'Min.',
]);

const TITLES = [
  'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Mmes.', 'Dr.', 'Prof.', 'Rev.', 'Hon.', 'Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.',
  'Cmdr.', 'Adm.', 'Maj.', 'Gov.', 'Sen.', 'Rep.', 'Pres.', 'Supt.', 'Insp.', 'Det.', 'Fr.', 'Sr.', 'Mt.', 'Ft.',
  'vs.', 'v.', 'e.g.', 'E.g.', 'i.e.', 'I.e.', 'viz.', 'cf.', 'Cf.', 'approx.', 'Approx.', 'ca.', 'Nos.',
];

const ABBREVIATIONS = [
  'etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Jr.', 'Bros.', 'Plc.', 'LLC.', 'a.m.', 'p.m.', 'U.S.', 'U.K.', 'U.N.',
  'E.U.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Mon.',
  'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.', 'Ave.', 'Blvd.', 'Rd.', 'St.', 'Dept.',
  'Univ.', 'Assn.', 'Ph.D.', 'et al.', 'al.',
];

const STARTERS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Its', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile',
  'Also', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'To', 'Of',
  'As', 'After', 'Before', 'When', 'While', 'If', 'Although', 'Though', 'Because', 'Since', 'Until', 'What', 'Who',
  'Why', 'How', 'Where', 'Which', 'No', 'Not', 'Some', 'Many', 'Most', 'All', 'Each', 'Every', 'Both', 'Neither',
  'Nor', 'Still', 'Instead', 'Later', 'Earlier', 'Last', 'Next', 'Thus', 'Therefore', 'Indeed', 'Even', 'Only',
];

const NUMBER_PREFIXES = ['No', 'Nos', 'Art', 'Fig', 'Figs', 'Vol', 'Vols', 'p', 'pp', 'para', 'ch', 'Ch', 'Sec', 'Tel'];

export const ENGLISH_PACK: LanguagePack = {
  code: 'en',
  lists: {
    titles: TITLES,
    abbreviations: [...CLDR_EN_SUPPRESSIONS.filter((a) => !CLDR_EXCLUDED.has(a)), ...ABBREVIATIONS],
    numberPrefixes: NUMBER_PREFIXES,
    starters: STARTERS,
    tlds: TLDS,
  },
};

// consonants only (y counts as a vowel), at least one lowercase: Mr, Dr, Ltd, Blvd
const VOWELLESS = '{NWD}(?![\\p{Lu}]+\\.)[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{2,5}\\.';

/** The complete English rule list, in cascade order (see shared-rules.ts for the shape). */
export const ENGLISH_RULES: LanguageRule = {
  name: 'English',
  rules: [
    ...STRUCTURE,
    ...HEAD,
    { id: 'en-vowelless-end', break: true, before: VOWELLESS, after: STARTER, example: 'He works for Smith Ltd.‖ The firm is old.' },
    ...ENDS,
    ...ELLIPSIS_ATTACHED,
    { id: 'en-vowelless', break: false, before: VOWELLESS, after: '{S}', example: 'Mr. Smith met Dr. Jones on Elm Blvd. Tuesday.' },
    ...KEEPS,
    ...TERMINAL,
  ],
};
