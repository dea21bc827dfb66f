// Constraints of the three XLIFF 2 modules diglot itself writes: Translation Candidates (mtc),
// Glossary (gls) and Metadata (mda). Other modules are recognised by name only (see the README).
import type { Reporter } from './xliff2-structure.js';
import { MODULES } from './xliff2-schema.js';
import { isNmtoken } from './xml-chars.js';
import { XML_NS, attr, childElements, type XmlElement } from './xml-tree.js';

const MTC = 'urn:oasis:names:tc:xliff:matches:2.0';
const GLS = 'urn:oasis:names:tc:xliff:glossary:2.0';
const MDA = 'urn:oasis:names:tc:xliff:metadata:2.0';
const MATCH_TYPES = new Set(['am', 'mt', 'icm', 'idm', 'tb', 'tm', 'other']);

/** Checks every mtc/gls/mda element below `root`; `ns` is the XLIFF core namespace. */
export function checkModules(root: XmlElement, ns: string, report: Reporter): void {
  const walk = (el: XmlElement, unit: XmlElement | undefined): void => {
    const here = el.uri === ns && el.local === 'unit' ? el : unit;
    if (el.uri === MTC && el.local === 'matches') checkMatches(el, here, ns, report);
    else if (el.uri === GLS && el.local === 'glossary') checkGlossary(el, report);
    else if (el.uri === MDA && el.local === 'metadata') checkMetadata(el, report);
    for (const c of childElements(el)) walk(c, here);
  };
  walk(root, undefined);
}

function unitIds(unit: XmlElement | undefined, ns: string): Set<string> {
  const ids = new Set<string>();
  const walk = (el: XmlElement): void => {
    for (const c of childElements(el, ns)) {
      if (['segment', 'ignorable', 'mrk', 'sm'].includes(c.local)) {
        const id = attr(c, 'id');
        if (id) ids.add(id);
      }
      walk(c);
    }
  };
  if (unit) walk(unit);
  return ids;
}

function checkMatches(matches: XmlElement, unit: XmlElement | undefined, ns: string, report: Reporter): void {
  const seen = new Set<string>();
  const targets = unitIds(unit, ns);
  for (const m of childElements(matches, MTC, 'match')) {
    const id = attr(m, 'id');
    if (id !== undefined) {
      if (!isNmtoken(id)) report(m, `mtc:match id="${id}" is not an NMTOKEN`, 'xliff-module');
      else if (seen.has(id)) report(m, `mtc:match id "${id}" is not unique`, 'xliff-module');
      seen.add(id);
    }
    if (attr(m, 'lang', XML_NS) !== undefined) report(m, 'mtc:match must not have xml:lang', 'xliff-module');
    const type = attr(m, 'type');
    if (type !== undefined && !MATCH_TYPES.has(type)) report(m, `mtc:match type="${type}" is not one of ${[...MATCH_TYPES].join(', ')}`, 'xliff-module');
    if (attr(m, 'subType') !== undefined && type === undefined) report(m, 'mtc:match subType needs a type', 'xliff-module');
    const ref = attr(m, 'ref');
    if (ref === undefined) report(m, 'mtc:match needs a ref', 'xliff-module');
    else if (!ref.startsWith('#')) report(m, `mtc:match ref="${ref}" must be a fragment identifier (#id)`, 'xliff-module');
    else {
      const target = ref.slice(1).replace(/^t=/, '');
      if (!targets.has(target)) report(m, `mtc:match ref="${ref}" points to no segment or marker of this unit`, 'xliff-module');
    }
    const core = childElements(m, ns).map((c) => c.local);
    if (!core.includes('source') || !core.includes('target')) report(m, 'mtc:match needs a <source> and a <target>', 'xliff-module');
  }
}

function checkGlossary(glossary: XmlElement, report: Reporter): void {
  const entries = new Set<string>();
  for (const e of childElements(glossary, GLS, 'glossEntry')) {
    const id = attr(e, 'id');
    if (id !== undefined) {
      if (entries.has(id)) report(e, `gls:glossEntry id "${id}" is not unique in the glossary`, 'xliff-module');
      entries.add(id);
    }
    const kids = childElements(e);
    if (!kids.some((k) => k.uri === GLS && (k.local === 'translation' || k.local === 'definition'))) {
      report(e, 'gls:glossEntry needs a gls:translation or a gls:definition', 'xliff-module');
    }
    const translations = new Set<string>();
    for (const k of kids) {
      if (k.uri !== GLS && MODULES[k.uri]) report(k, `<${k.name}> is not allowed in gls:glossEntry`, 'xliff-module');
      const tid = k.uri === GLS && k.local === 'translation' ? attr(k, 'id') : undefined;
      if (tid !== undefined) {
        if (translations.has(tid)) report(k, `gls:translation id "${tid}" is not unique`, 'xliff-module');
        translations.add(tid);
      }
    }
  }
}

function checkMetadata(md: XmlElement, report: Reporter): void {
  const id = attr(md, 'id');
  if (id !== undefined && !isNmtoken(id)) report(md, `mda:metadata id="${id}" is not an NMTOKEN`, 'xliff-module');
  if (childElements(md, MDA, 'metaGroup').length === 0) report(md, 'mda:metadata needs an mda:metaGroup', 'xliff-module');
  const ids = new Set<string>();
  const group = (g: XmlElement): void => {
    const gid = attr(g, 'id');
    if (gid !== undefined) {
      if (!isNmtoken(gid)) report(g, `mda:metaGroup id="${gid}" is not an NMTOKEN`, 'xliff-module');
      else if (ids.has(gid)) report(g, `mda:metaGroup id "${gid}" is not unique`, 'xliff-module');
      ids.add(gid);
    }
    const applies = attr(g, 'appliesTo');
    if (applies !== undefined && !['source', 'target', 'ignorable'].includes(applies)) report(g, `appliesTo="${applies}" is not source, target or ignorable`, 'xliff-module');
    for (const c of childElements(g)) {
      if (c.uri === MDA && c.local === 'metaGroup') group(c);
      else if (c.uri === MDA && c.local === 'meta') {
        if (attr(c, 'type') === undefined) report(c, 'mda:meta needs a type', 'xliff-module');
        if (attr(c, 'appliesTo') !== undefined) report(c, 'appliesTo belongs on mda:metaGroup, not mda:meta', 'xliff-module');
      } else report(c, `<${c.name}> is not allowed in mda:metaGroup`, 'xliff-module');
    }
  };
  for (const c of childElements(md)) {
    if (c.uri === MDA && c.local === 'metaGroup') group(c);
    else report(c, `<${c.name}> is not allowed in mda:metadata`, 'xliff-module');
  }
}
