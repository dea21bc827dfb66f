// `diglot lookup QUERY`: find glossary entries (German in any form, English, or near misses) with a
// concordance of their occurrences in the project's German sources and the aligned English.
import { EXIT, numberOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, runProject } from '../project-options.js';
import { displayPath } from '../print-diagnostics.js';
import { findOccurrences, lookupGlossary } from '../../glossary/index.js';

export const lookupCommand: Command = {
  name: 'lookup',
  summary: 'look up a term (German in any form, English, typo-tolerant) with its occurrences',
  usage: ['lookup QUERY [--format text|json] [--limit N] [--config FILE]'],
  options: [
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'output format', choices: ['text', 'json'] },
    { name: 'limit', type: 'string', value: 'N', description: 'at most N entries (default 10)' },
    CONFIG_OPTION,
  ],
  positionals: { min: 1, max: 1 },
  details: 'Exit 0 when something was found, 1 when nothing matched, 2 on usage or input errors.',
  async run(args, io) {
    const query = args.positionals[0];
    const limit = numberOpt(args, 'limit', { min: 1, integer: true }) ?? 10;
    // the term stage puts the hits on the units (the concordance reads them); the QA checks are not needed
    const { project, base } = await runProject(args, io, { checks: false });
    const terms = project.terms!;
    const sources = project.documents.map((d) => ({ path: d.source.path, text: d.source.text, units: d.units }));
    const found = lookupGlossary(project.glossary, terms.matcher, query, { limit });
    const matches = found.map((m) => ({
      de: m.entry.de,
      en: m.entry.en,
      ...(m.entry.note ? { note: m.entry.note } : {}),
      ...(m.entry.forbidden.length ? { forbidden: m.entry.forbidden } : {}),
      ...(m.entry.pos ? { pos: m.entry.pos } : {}),
      via: m.via,
      score: Math.round(m.score * 1000) / 1000,
      occurrences: findOccurrences(m.entry, sources),
    }));
    if (stringOpt(args, 'format') === 'json') {
      io.stdout.write(`${JSON.stringify({ query, matches }, null, 2)}\n`);
    } else if (matches.length === 0) {
      io.stdout.write(`no glossary entry matches "${query}"\n`);
    } else {
      for (const m of matches) {
        io.stdout.write(`${m.de} → ${m.en.join(' · ')}${m.via === 'fuzzy' ? `   (near match, score ${m.score.toFixed(2)})` : ''}\n`);
        if (m.note) io.stdout.write(`  note: ${m.note}\n`);
        if (m.forbidden) io.stdout.write(`  not: ${m.forbidden.join(' · ')}\n`);
        for (const o of m.occurrences) {
          io.stdout.write(`  ${displayPath(o.path, base)}:${o.line}:${o.column}  ${o.text}\n    de: ${o.sentence}\n    en: ${o.en ?? '(missing)'}\n`);
        }
        if (!m.occurrences.length) io.stdout.write('  (no occurrences in the sources)\n');
      }
    }
    return matches.length ? EXIT.ok : EXIT.findings;
  },
};
