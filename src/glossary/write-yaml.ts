// Writes glossary entries (and the file's name, description and waivers) as a glossary YAML file
// (`terms:` list, keys in schema order, short lists in flow style), so `diglot glossary export
// --format yaml` and `import` output read back to the same entries and waivers.
import { Document, isSeq, visit } from 'yaml';
import type { GlossaryEntry } from '../model/glossary.js';
import type { TermWaiver } from './types.js';

export interface WriteYamlOptions {
  name?: string;
  description?: string;
  /** Reviewed term-QA waivers, written as the `waivers:` list (origins dropped). */
  waivers?: readonly TermWaiver[];
  /** Comment lines put at the top of the file. */
  comment?: string;
}

const WAIVER_KEYS = ['term', 'rule', 'unit', 'document', 'de', 'en', 'occurrence', 'reason', 'reviewer', 'date'] as const;

/** Serialises entries and waivers (origins are dropped; `match: inflect` is the default and left out). */
export function writeGlossaryYaml(entries: readonly GlossaryEntry[], opts: WriteYamlOptions = {}): string {
  const terms = entries.map((e) => {
    const o: Record<string, unknown> = { de: e.de, en: e.en.length === 1 ? e.en[0] : [...e.en] };
    if (e.forbidden.length) o.forbidden = [...e.forbidden];
    if (e.variants.length) o.variants = [...e.variants];
    if (e.match !== 'inflect') o.match = e.match;
    if (e.compound !== undefined) o.compound = e.compound;
    if (e.feminine !== undefined) o.feminine = e.feminine;
    for (const k of ['note', 'audience', 'readerNote', 'pos', 'status', 'domain'] as const) if (e[k] !== undefined && e[k] !== '') o[k] = e[k];
    return o;
  });
  const root: Record<string, unknown> = {};
  if (opts.name) root.name = opts.name;
  if (opts.description) root.description = opts.description;
  root.terms = terms;
  if (opts.waivers?.length) {
    root.waivers = opts.waivers.map((w) => {
      const o: Record<string, unknown> = {};
      for (const k of WAIVER_KEYS) if (w[k] !== undefined) o[k] = w[k];
      return o;
    });
  }
  const doc = new Document(root);
  visit(doc, {
    Seq(_key, node, path) {
      // Lists of renderings read best on one line; the terms and waivers lists stay block lists.
      if (path.length > 3 && isSeq(node)) node.flow = true;
    },
  });
  if (opts.comment) doc.commentBefore = opts.comment.split('\n').map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}
