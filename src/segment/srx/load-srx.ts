// SRX 2.0 (and 1.0) file text → RuleSet + diagnostics with line:col. Reads language rules, their
// ordered break/no-break rules (Java regexes, translated to JavaScript) and the language maps with
// the header's cascade flag. Rules that cannot be translated are reported and left out.
import type { RuleId } from '../../model/rules.js';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { LanguageRule, RuleSet, SegRule } from '../types.js';
import { createLineIndex } from '../../util/line-index.js';
import { translateJavaRegex } from './java-regex.js';

export interface SrxLoadResult {
  rules: RuleSet;
  diagnostics: Diagnostic[];
}

const KNOWN = new Set(['srx', 'header', 'formathandle', 'body', 'languagerules', 'languagerule', 'rule', 'beforebreak', 'afterbreak', 'maprules', 'maprule', 'languagemap']);

interface Pending {
  rule: SegRule;
  line: number;
  column: number;
  before: string | null;
  after: string | null;
}

/** Parses an SRX file. `file` is used in diagnostics and recorded on the rule set. */
export function loadSrx(text: string, file: string): SrxLoadResult {
  const diagnostics: Diagnostic[] = [];
  const lines = createLineIndex(text);
  const report = (severity: Severity, ruleId: RuleId, message: string, line: number, column: number, hint?: string) =>
    diagnostics.push({ ruleId, severity, message, ...(hint ? { hint } : {}), file, place: { start: { line, column, offset: lines.offsetAt(line, column) } }, source: 'segment' });
  const ruleSet: RuleSet = { name: file, cascade: false, languageRules: [], maps: [], file };
  const parser = new SaxesParser({ xmlns: true, position: true });
  let current: LanguageRule | null = null;
  let pending: Pending | null = null;
  let capture: 'before' | 'after' | null = null;
  let buffer = '';
  let tagLine = 1;
  let tagColumn = 1;
  let rootSeen = false;
  let failed = false;
  const mapPlaces: Array<[number, number]> = [];

  parser.on('opentagstart', (tag) => {
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.local;
    const attr = (n: string) => tag.attributes[n]?.value;
    if (!rootSeen) {
      rootSeen = true;
      if (name !== 'srx') report('error', 'srx-not-srx', `the root element is <${tag.name}>, not <srx>`, tagLine, tagColumn, 'an SRX file starts with <srx version="2.0" xmlns="http://www.lisa.org/srx20">');
      else if (attr('version') && !['1.0', '2.0'].includes(attr('version')!)) report('warning', 'srx-version', `SRX version ${attr('version')} is read as 2.0`, tagLine, tagColumn);
      return;
    }
    if (!KNOWN.has(name)) {
      if (!tag.uri || tag.uri.startsWith('http://www.lisa.org/srx')) report('warning', 'srx-unknown-element', `unknown element <${tag.name}> is ignored`, tagLine, tagColumn);
      return;
    }
    switch (name) {
      case 'header':
        ruleSet.cascade = attr('cascade') === 'yes';
        break;
      case 'languagerule': {
        const lrName = attr('languagerulename') ?? '';
        if (!lrName) report('error', 'srx-missing-attribute', '<languagerule> needs a languagerulename', tagLine, tagColumn);
        if (ruleSet.languageRules.some((l) => l.name === lrName)) report('warning', 'srx-duplicate-language-rule', `language rule "${lrName}" is defined twice; the first one is used`, tagLine, tagColumn);
        current = { name: lrName, rules: [] };
        ruleSet.languageRules.push(current);
        break;
      }
      case 'rule':
        pending = { rule: { break: attr('break') !== 'no', origin: { file, line: tagLine, column: tagColumn } }, line: tagLine, column: tagColumn, before: null, after: null };
        break;
      case 'beforebreak':
      case 'afterbreak':
        capture = name === 'beforebreak' ? 'before' : 'after';
        buffer = '';
        break;
      case 'languagemap': {
        const pattern = attr('languagepattern');
        const target = attr('languagerulename');
        if (pattern === undefined || target === undefined) {
          report('error', 'srx-missing-attribute', '<languagemap> needs languagepattern and languagerulename', tagLine, tagColumn);
          break;
        }
        const t = translateJavaRegex(pattern);
        if (t.errors.length) report('error', 'srx-invalid-language-pattern', `languagepattern "${pattern}": ${t.errors[0]}`, tagLine, tagColumn);
        else {
          ruleSet.maps.push({ pattern: t.source, languageRule: target });
          mapPlaces.push([tagLine, tagColumn]);
        }
        break;
      }
      default:
        break;
    }
  });
  const onText = (t: string) => {
    if (capture) buffer += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagNS) => {
    const name = tag.local;
    if ((name === 'beforebreak' || name === 'afterbreak') && pending) {
      pending[capture === 'before' ? 'before' : 'after'] = buffer;
      capture = null;
    } else if (name === 'rule' && pending) {
      finishRule(pending, current, report);
      pending = null;
    } else if (name === 'languagerule') current = null;
  });
  parser.on('error', (e) => {
    if (failed) return;
    failed = true;
    const m = /^(\d+):(\d+): (.*)$/s.exec(e.message);
    report('error', 'srx-xml-error', `not well-formed XML: ${m ? m[3] : e.message}`, m ? Number(m[1]) : parser.line, m ? Number(m[2]) : parser.column);
  });
  try {
    parser.write(text).close();
  } catch {
    // already reported through the error handler
  }
  if (!rootSeen && !failed) report('error', 'srx-not-srx', 'the file has no <srx> element', 1, 1);
  checkMaps(ruleSet, mapPlaces, report);
  return { rules: ruleSet, diagnostics };
}

type Reporter = (severity: Severity, ruleId: RuleId, message: string, line: number, column: number, hint?: string) => void;

function finishRule(p: Pending, current: LanguageRule | null, report: Reporter): void {
  if (!current) {
    report('error', 'srx-rule-outside-language-rule', '<rule> must be inside a <languagerule>', p.line, p.column);
    return;
  }
  const rule = p.rule;
  rule.id = `${current.name}#${current.rules.length + 1}`;
  for (const side of ['before', 'after'] as const) {
    const java = p[side];
    if (java === null || java === '') continue;
    const t = translateJavaRegex(java);
    if (t.errors.length) {
      report('error', 'srx-invalid-regex', `${side === 'before' ? 'beforebreak' : 'afterbreak'} "${java}": ${t.errors[0]}; the rule is left out`, p.line, p.column, 'SRX patterns are Java regular expressions; diglot translates them to JavaScript');
      return;
    }
    for (const note of t.notes) report('info', 'srx-regex-approximation', `${side === 'before' ? 'beforebreak' : 'afterbreak'} "${java}": ${note}`, p.line, p.column);
    rule[side] = t.source;
    if (t.flags) rule.flags = [...new Set((rule.flags ?? '') + t.flags)].join('');
  }
  current.rules.push(rule);
}

function checkMaps(ruleSet: RuleSet, places: ReadonlyArray<[number, number]>, report: Reporter): void {
  ruleSet.maps.forEach((m, i) => {
    if (!ruleSet.languageRules.some((l) => l.name === m.languageRule)) {
      const [line, column] = places[i] ?? [1, 1];
      report('error', 'srx-unknown-language-rule', `languagemap refers to language rule "${m.languageRule}", which the file does not define`, line, column);
    }
  });
}
