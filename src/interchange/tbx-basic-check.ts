// A parsed TBX document → violations of the TBX-Basic dialect in DCA style: the data-category and
// level rules of TBX-Basic_DCA.sch (LTAC Global, v1.2.1), which xmllint cannot run (it is XSLT 2
// Schematron). The TBX core structure itself is checked with TBXcoreStructV03.rng. TBX-Basic 2008
// (`martif`) has the same data categories and picklists at termEntry / langSet / tig level, no
// namespace and no style attribute: it is checked by the same rules under those names.
import type { Diagnostic } from '../model/diagnostic.js';
import { TBX_NS } from './tbx-write.js';
import { attr, childElements, placeOf, textContent, type XmlElement } from './xml-tree.js';

const TYPES: Record<string, readonly string[]> = {
  admin: ['customerSubset', 'projectSubset', 'source'],
  descrip: ['subjectField', 'context', 'definition'],
  ref: ['crossReference'],
  termNote: ['administrativeStatus', 'partOfSpeech', 'geographicalUsage', 'grammaticalGender', 'termLocation', 'termType'],
  transac: ['transactionType'],
  transacNote: ['responsibility'],
  xref: ['externalCrossReference', 'xGraphic'],
};

const PICKLISTS: Record<string, readonly string[]> = {
  administrativeStatus: ['admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts', 'preferredTerm-admn-sts'],
  partOfSpeech: ['adjective', 'noun', 'other', 'verb', 'adverb'],
  grammaticalGender: ['masculine', 'feminine', 'neuter', 'other'],
  termType: ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'phrase'],
  transactionType: ['origination', 'modification'],
};

/** Levels (parent element, looking through a *Grp wrapper) at which a data category may appear. */
const LEVELS: Record<string, readonly string[]> = {
  subjectField: ['conceptEntry'],
  definition: ['conceptEntry', 'langSec'],
  context: ['termSec'],
  projectSubset: ['conceptEntry', 'termSec'],
  customerSubset: ['conceptEntry', 'termSec'],
  source: ['conceptEntry', 'langSec', 'termSec'],
  crossReference: ['conceptEntry', 'termSec'],
  xGraphic: ['conceptEntry', 'langSec'],
  externalCrossReference: ['conceptEntry', 'langSec', 'termSec'],
};

/** Checks a TBX root against the TBX-Basic DCA rules; returns one diagnostic per violation. */
export function checkTbxBasic(root: XmlElement, file?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fail = (el: XmlElement, message: string): void => {
    out.push({ ruleId: 'tbx-basic', severity: 'error', message, file, place: placeOf(el), source: 'interchange' });
  };
  const v2008 = root.local === 'martif';
  // 2008 names of the three levels, seen as the v3 names the rules use
  const level = (name: string | undefined): string | undefined => (v2008 ? ({ termEntry: 'conceptEntry', langSet: 'langSec', tig: 'termSec' } as Record<string, string>)[name ?? ''] ?? name : name);
  if (attr(root, 'type') !== 'TBX-Basic') fail(root, 'the dialect must be declared as type="TBX-Basic"');
  if (!v2008 && attr(root, 'style') !== 'dca') fail(root, 'the style must be declared as style="dca"');
  const visit = (el: XmlElement): void => {
    if (v2008 && el.uri !== '') fail(el, `<${el.name}> is in a namespace; TBX 2008 (martif) elements have none`);
    if (!v2008 && el.uri !== TBX_NS) fail(el, `<${el.name}> is not in the TBX namespace (DCT-style elements are not allowed in DCA)`);
    const allowed = TYPES[el.local];
    const type = attr(el, 'type');
    if (allowed) {
      if (!type || !allowed.includes(type)) fail(el, `<${el.local} type="${type ?? ''}"> is not a TBX-Basic data category (allowed: ${allowed.join(', ')})`);
      else {
        const pick = PICKLISTS[type];
        const value = textContent(el).trim();
        if (pick && !pick.includes(value)) fail(el, `${type} "${value}" is not in the picklist (${pick.join(', ')})`);
        const levels = LEVELS[type];
        const parent = el.parent?.local.endsWith('Grp') ? el.parent.parent : el.parent;
        if (levels && parent && !levels.includes(level(parent.local) ?? '')) fail(el, `${type} may only appear at ${levels.join(', ')} level, not in <${parent.local}>`);
      }
      if (el.local === 'termNote') {
        const parent = el.parent?.local === 'termNoteGrp' ? el.parent.parent : el.parent;
        if (level(parent?.local) !== 'termSec') fail(el, `a termNote is only allowed at the ${v2008 ? 'tig' : 'termSec'} level`);
      }
    }
    for (const c of childElements(el)) visit(c);
  };
  visit(root);
  return out;
}
