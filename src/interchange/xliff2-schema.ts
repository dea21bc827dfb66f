// The XLIFF 2.x core grammar as data (from xliff_core_2.0/2.2.xsd): per element its attributes with
// their value types and its content model, plus the module namespaces diglot recognises.

/** Value types of core attributes. */
export type AttrType =
  | 'string'
  | 'nmtoken'
  | 'nmtokens'
  | 'yesNo'
  | 'yesNoFirstNo'
  | 'dir'
  | 'state'
  | 'appliesTo'
  | 'priority'
  | 'positiveInteger'
  | 'language'
  | 'version'
  | 'userDefined'
  | 'codeType'
  | 'mrkType'
  | 'hex'
  | 'anyURI';

/** A content-model slot: which children may come here, how often. `#other` = any non-core element. */
export interface Slot {
  names: readonly string[];
  min: number;
  max: number;
}

export interface ElementRule {
  attrs: Record<string, AttrType>;
  required: readonly string[];
  /** `xml:lang` / `xml:space` allowed. */
  xmlAttrs: readonly ('lang' | 'space')[];
  /** Foreign-namespace attributes: any namespace, modules only, or none. */
  foreignAttrs: 'any' | 'modules' | 'none';
  /** Sequence of slots for element children; `inline` = mixed text with inline elements. */
  content: readonly Slot[] | 'inline' | 'text' | 'data' | 'skeleton' | 'empty';
}

const INLINE = ['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em'] as const;
const CAN = { canCopy: 'yesNo', canDelete: 'yesNo', canReorder: 'yesNoFirstNo', copyOf: 'nmtoken' } as const;
const CODE_COMMON = { ...CAN, id: 'nmtoken', dataRef: 'nmtoken', disp: 'string', equiv: 'string', subFlows: 'nmtokens', subType: 'userDefined', type: 'codeType' } as const;
const STRUCT = { canResegment: 'yesNo', translate: 'yesNo', srcDir: 'dir', trgDir: 'dir' } as const;

export const INLINE_ELEMENTS: ReadonlySet<string> = new Set(INLINE);

export const CORE_RULES: Record<string, ElementRule> = {
  xliff: {
    attrs: { version: 'version', srcLang: 'language', trgLang: 'language' },
    required: ['version', 'srcLang'],
    xmlAttrs: ['space', 'lang'],
    foreignAttrs: 'any',
    content: [
      { names: ['notes'], min: 0, max: 1 },
      { names: ['#mda:metadata'], min: 0, max: 1 },
      { names: ['file'], min: 1, max: Infinity },
    ],
  },
  file: {
    attrs: { id: 'nmtoken', original: 'string', ...STRUCT },
    required: ['id'],
    xmlAttrs: ['space', 'lang'],
    foreignAttrs: 'any',
    content: [
      { names: ['skeleton'], min: 0, max: 1 },
      { names: ['#other'], min: 0, max: Infinity },
      { names: ['notes'], min: 0, max: 1 },
      { names: ['unit', 'group'], min: 1, max: Infinity },
    ],
  },
  skeleton: { attrs: { href: 'string' }, required: [], xmlAttrs: [], foreignAttrs: 'none', content: 'skeleton' },
  group: {
    attrs: { id: 'nmtoken', name: 'string', type: 'userDefined', ...STRUCT },
    required: ['id'],
    xmlAttrs: ['space', 'lang'],
    foreignAttrs: 'any',
    content: [
      { names: ['#other'], min: 0, max: Infinity },
      { names: ['notes'], min: 0, max: 1 },
      { names: ['unit', 'group'], min: 0, max: Infinity },
    ],
  },
  unit: {
    attrs: { id: 'nmtoken', name: 'string', type: 'userDefined', ...STRUCT },
    required: ['id'],
    xmlAttrs: ['space', 'lang'],
    foreignAttrs: 'any',
    content: [
      { names: ['#other'], min: 0, max: Infinity },
      { names: ['notes'], min: 0, max: 1 },
      { names: ['originalData'], min: 0, max: 1 },
      { names: ['segment', 'ignorable'], min: 1, max: Infinity },
    ],
  },
  segment: {
    attrs: { id: 'nmtoken', canResegment: 'yesNo', state: 'state', subState: 'userDefined' },
    required: [],
    xmlAttrs: [],
    foreignAttrs: 'none',
    content: [
      { names: ['source'], min: 1, max: 1 },
      { names: ['target'], min: 0, max: 1 },
    ],
  },
  ignorable: {
    attrs: { id: 'nmtoken' },
    required: [],
    xmlAttrs: [],
    foreignAttrs: 'none',
    content: [
      { names: ['source'], min: 1, max: 1 },
      { names: ['target'], min: 0, max: 1 },
    ],
  },
  notes: { attrs: {}, required: [], xmlAttrs: [], foreignAttrs: 'none', content: [{ names: ['note'], min: 1, max: Infinity }] },
  note: {
    attrs: { id: 'nmtoken', appliesTo: 'appliesTo', category: 'string', priority: 'priority', ref: 'anyURI' },
    required: [],
    xmlAttrs: [],
    foreignAttrs: 'any',
    content: 'text',
  },
  originalData: { attrs: {}, required: [], xmlAttrs: [], foreignAttrs: 'none', content: [{ names: ['data'], min: 1, max: Infinity }] },
  data: { attrs: { id: 'nmtoken', dir: 'dir' }, required: ['id'], xmlAttrs: ['space'], foreignAttrs: 'none', content: 'data' },
  source: { attrs: {}, required: [], xmlAttrs: ['lang', 'space'], foreignAttrs: 'none', content: 'inline' },
  target: { attrs: { order: 'positiveInteger' }, required: [], xmlAttrs: ['lang', 'space'], foreignAttrs: 'none', content: 'inline' },
  cp: { attrs: { hex: 'hex' }, required: ['hex'], xmlAttrs: [], foreignAttrs: 'none', content: 'empty' },
  ph: { attrs: { ...CODE_COMMON }, required: ['id'], xmlAttrs: [], foreignAttrs: 'modules', content: 'empty' },
  pc: {
    attrs: {
      ...CAN,
      id: 'nmtoken',
      canOverlap: 'yesNo',
      dispEnd: 'string',
      dispStart: 'string',
      equivEnd: 'string',
      equivStart: 'string',
      dataRefEnd: 'nmtoken',
      dataRefStart: 'nmtoken',
      subFlowsEnd: 'nmtokens',
      subFlowsStart: 'nmtokens',
      subType: 'userDefined',
      type: 'codeType',
      dir: 'dir',
    },
    required: ['id'],
    xmlAttrs: [],
    foreignAttrs: 'modules',
    content: 'inline',
  },
  sc: { attrs: { ...CODE_COMMON, canOverlap: 'yesNo', dir: 'dir', isolated: 'yesNo' }, required: ['id'], xmlAttrs: [], foreignAttrs: 'modules', content: 'empty' },
  ec: {
    attrs: { ...CODE_COMMON, canOverlap: 'yesNo', dir: 'dir', isolated: 'yesNo', startRef: 'nmtoken' },
    required: [],
    xmlAttrs: [],
    foreignAttrs: 'modules',
    content: 'empty',
  },
  mrk: { attrs: { id: 'nmtoken', translate: 'yesNo', type: 'mrkType', ref: 'anyURI', value: 'string' }, required: ['id'], xmlAttrs: [], foreignAttrs: 'any', content: 'inline' },
  sm: { attrs: { id: 'nmtoken', translate: 'yesNo', type: 'mrkType', ref: 'anyURI', value: 'string' }, required: ['id'], xmlAttrs: [], foreignAttrs: 'any', content: 'empty' },
  em: { attrs: { startRef: 'nmtoken' }, required: ['startRef'], xmlAttrs: [], foreignAttrs: 'none', content: 'empty' },
};

/** Module namespaces (XLIFF 2.0–2.2 modules and ITS) with the element names each defines. */
export const MODULES: Record<string, { prefix: string; elements: readonly string[]; attributes?: readonly string[] }> = {
  'urn:oasis:names:tc:xliff:matches:2.0': { prefix: 'mtc', elements: ['matches', 'match'] },
  'urn:oasis:names:tc:xliff:glossary:2.0': { prefix: 'gls', elements: ['glossary', 'glossEntry', 'term', 'translation', 'definition'] },
  'urn:oasis:names:tc:xliff:metadata:2.0': { prefix: 'mda', elements: ['metadata', 'metaGroup', 'meta'] },
  'urn:oasis:names:tc:xliff:resourcedata:2.0': { prefix: 'res', elements: ['resourceData', 'resourceItem', 'resourceItemRef', 'source', 'target', 'reference'] },
  'urn:oasis:names:tc:xliff:validation:2.0': { prefix: 'val', elements: ['validation', 'rule'] },
  'urn:oasis:names:tc:xliff:changetracking:2.0': { prefix: 'ctr', elements: ['changeTrack', 'revisions', 'revision', 'item'] },
  'urn:oasis:names:tc:xliff:changetracking:2.1': { prefix: 'ctr', elements: ['changeTrack', 'revisions', 'revision', 'item'] },
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': { prefix: 'slr', elements: ['profiles', 'normalization', 'data'] },
  'urn:oasis:names:tc:xliff:fs:2.0': { prefix: 'fs', elements: [], attributes: ['fs', 'subFs'] },
  'urn:oasis:names:tc:xliff:itsm:2.1': { prefix: 'itsm', elements: [] },
  'http://www.w3.org/2005/11/its': { prefix: 'its', elements: ['locQualityIssues', 'locQualityIssue', 'provenanceRecords', 'provenanceRecord', 'rules'] },
  'urn:oasis:names:tc:xliff:pgs:1.0': { prefix: 'pgs', elements: ['pluralGenderSelect', 'pgs', 'switch', 'case', 'default'] },
};

/** Fragment-identifier prefixes of the core and the modules. */
export const FRAGMENT_PREFIXES: ReadonlySet<string> = new Set(['f', 'g', 'u', 'n', 'd', 't', 'mtc', 'gls', 'mda', 'res', 'val', 'ctr', 'slr', 'its', 'itsm', 'pgs']);

/** Element names of HTML, the only values the Format Style module's `fs:fs` allows. */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  ('a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del ' +
    'details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd ' +
    'label legend li link main map mark meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp ' +
    'script section select small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ' +
    'ul var video wbr acronym big center font strike tt').split(' '),
);

/** `subType` values in the `xlf:` namespace and the `type` each requires. */
export const XLF_SUBTYPES: Record<string, string> = {
  'xlf:lb': 'fmt',
  'xlf:pb': 'fmt',
  'xlf:b': 'fmt',
  'xlf:i': 'fmt',
  'xlf:u': 'fmt',
  'xlf:var': 'ui',
};
