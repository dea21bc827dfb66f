// TMX (1.1–1.4b) text → imported units: source and target <tuv> per <tu>, inline codes restored to
// `<n>` placeholders. diglot's own properties (document, base fingerprint) are read when present.
// With the project's languages the German <tuv> is the project's source language whatever the
// header's srclang says (a mismatch is a warning): converters write srclang carelessly.
import type { RuleId } from '../model/rules.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { checkLanguage, primarySubtag, type ProjectLanguages } from './languages.js';
import { PlaceholderNumbering } from './placeholders.js';
import type { ImportedUnit, ReadResult } from './types.js';
import { XML_NS, attr, childElements, firstChild, placeOf, textContent, type XmlElement } from './xml-tree.js';

/** Reads a parsed TMX document (root `<tmx>`); `languages` (the project's) decide which <tuv> is the source. */
export function readTmxTree(root: XmlElement, file: string, languages?: ProjectLanguages): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const header = firstChild(root, '', 'header');
  const body = firstChild(root, '', 'body');
  if (!header || !body) {
    diagnostics.push(problem(file, root, 'tmx-structure', 'a TMX file needs <header> and <body>'));
    return { format: 'tmx', units: [], diagnostics };
  }
  const srclang = attr(header, 'srclang');
  if (!srclang) diagnostics.push(problem(file, header, 'tmx-structure', 'the TMX <header> has no srclang'));
  const mismatch = checkLanguage(srclang, languages?.sourceLang, 'source', 'srclang', placeOf(header), file);
  if (mismatch) diagnostics.push(mismatch);
  const units: ImportedUnit[] = [];
  for (const tu of childElements(body, '', 'tu')) {
    const unit = readTu(tu, srclang ?? '', file, diagnostics, languages);
    if (unit) units.push(unit);
  }
  return { format: 'tmx', units, diagnostics };
}

function readTu(tu: XmlElement, srclang: string, file: string, diagnostics: Diagnostic[], languages?: ProjectLanguages): ImportedUnit | undefined {
  const props = new Map<string, string>();
  for (const p of childElements(tu, '', 'prop')) {
    const type = attr(p, 'type');
    if (type && !props.has(type)) props.set(type, textContent(p));
  }
  const tuvs = childElements(tu, '', 'tuv').map((t) => ({ el: t, lang: attr(t, 'lang', XML_NS) ?? attr(t, 'lang') ?? '' }));
  const fileSource = attr(tu, 'srclang') && attr(tu, 'srclang') !== '*all*' ? attr(tu, 'srclang')! : srclang;
  const wantSource = languages?.sourceLang ?? fileSource;
  const source = pickSource(tuvs, wantSource) ?? (languages ? mislabelledSource(tuvs, languages, fileSource, tu, file, diagnostics) : undefined);
  if (!source) {
    diagnostics.push(problem(file, tu, 'tmx-no-source', `<tu> has no <tuv> in the source language ${wantSource || '(unknown)'}`, 'warning'));
    return undefined;
  }
  const primary = primarySubtag(source.lang);
  const wantTarget = languages ? primarySubtag(languages.targetLang) : undefined;
  const target =
    (languages ? tuvs.find((t) => t !== source && t.lang.toLowerCase() === languages.targetLang.toLowerCase()) : undefined) ??
    (wantTarget !== undefined ? tuvs.find((t) => t !== source && primarySubtag(t.lang) === wantTarget) : undefined) ??
    tuvs.find((t) => t !== source && primarySubtag(t.lang) !== primary) ??
    tuvs.find((t) => t !== source);
  const numbering = new PlaceholderNumbering();
  const sourceSeg = firstChild(source.el, '', 'seg');
  if (!sourceSeg) {
    diagnostics.push(problem(file, source.el, 'tmx-structure', '<tuv> has no <seg>'));
    return undefined;
  }
  const targetSeg = target ? firstChild(target.el, '', 'seg') : undefined;
  const targetText = targetSeg ? readSeg(targetSeg, numbering, 'target') : null;
  return {
    document: props.get('x-document'),
    id: attr(tu, 'tuid'),
    source: readSeg(sourceSeg, numbering, 'source'),
    target: targetText,
    status: targetText !== null && targetText !== '' ? 'translated' : 'untranslated',
    base: props.get('x-base'),
    sourceLang: source.lang,
    targetLang: target?.lang ?? '',
    line: tu.line,
    column: tu.column,
    offset: tu.offset,
  };
}

/**
 * No <tuv> is in the project's source language: the converter labelled the German with another tag
 * (po2tmx without --source-language writes `en` for it, beside `en-GB` for the English). When one
 * <tuv> carries exactly the project's target tag, the other is the German; otherwise the one the
 * header's srclang names. Warned once per file, on the first such <tu>.
 */
function mislabelledSource<T extends { el: XmlElement; lang: string }>(tuvs: T[], languages: ProjectLanguages, fileSource: string, tu: XmlElement, file: string, diagnostics: Diagnostic[]): T | undefined {
  const exactTarget = tuvs.filter((t) => t.lang.toLowerCase() === languages.targetLang.toLowerCase());
  const source = exactTarget.length === 1 && tuvs.length === 2 ? tuvs.find((t) => t !== exactTarget[0]) : pickSource(tuvs, fileSource);
  if (source && !diagnostics.some((d) => d.ruleId === 'import-language-mismatch' && d.message.startsWith('no <tuv>'))) {
    diagnostics.push({
      ruleId: 'import-language-mismatch',
      severity: 'warning',
      message: `no <tuv> is in the project's source language ${languages.sourceLang}; the one labelled "${source.lang}" is read as the German`,
      hint: 'a converter labelled the languages wrongly (po2tmx needs --source-language=de); check that the imported German is German',
      file,
      place: placeOf(tu),
      source: 'interchange',
    });
  }
  return source;
}

function pickSource<T extends { lang: string }>(tuvs: T[], srclang: string): T | undefined {
  const want = srclang.toLowerCase();
  return (
    tuvs.find((t) => t.lang.toLowerCase() === want) ??
    tuvs.find((t) => want !== '' && primarySubtag(t.lang) === primarySubtag(want)) ??
    (want === '' || want === '*all*' ? tuvs[0] : undefined)
  );
}

/**
 * <seg> content → key form. Codes are numbered by their `x` (which links codes across languages),
 * else by `i`; an <ept> takes the number of the <bpt> with the same `i`. <hi> keeps its text.
 */
function readSeg(seg: XmlElement, numbering: PlaceholderNumbering, side: 'source' | 'target'): string {
  const byI = new Map<string, number>();
  let out = '';
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      if (c.type === 'text') {
        out += c.text;
        continue;
      }
      const x = attr(c, 'x');
      const i = attr(c, 'i');
      switch (c.local) {
        case 'bpt': {
          const n = numbering.number(x !== undefined ? `x${x}` : i !== undefined ? `i${i}` : undefined, ['open'], side);
          if (i !== undefined) byI.set(i, n);
          out += `<${n}>`;
          break;
        }
        case 'ept': {
          const n = (i !== undefined ? byI.get(i) : undefined) ?? numbering.number(i !== undefined ? `i${i}` : undefined, ['close'], side);
          out += `</${n}>`;
          break;
        }
        case 'it': {
          const end = attr(c, 'pos') === 'end';
          const n = numbering.number(x !== undefined ? `x${x}` : undefined, [end ? 'close' : 'open'], side);
          out += end ? `</${n}>` : `<${n}>`;
          break;
        }
        case 'ph':
        case 'ut':
          out += `<${numbering.number(x !== undefined ? `x${x}` : undefined, ['standalone'], side)}/>`;
          break;
        case 'hi':
          walk(c);
          break;
        default:
          // unknown elements in <seg> are not TMX; keep their text rather than lose it
          walk(c);
      }
    }
  };
  walk(seg);
  return out;
}

function problem(file: string, el: XmlElement, ruleId: RuleId, message: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  return { ruleId, severity, message, file, place: placeOf(el), source: 'interchange' };
}
