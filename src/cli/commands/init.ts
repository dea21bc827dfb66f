// `diglot init [DIR] [--example]`: creates a new project (run definition, locale folders, glossary with
// its schema, .gitignore; optionally a first article). Never overwrites a file: if any exists, it
// names them, writes nothing and exits 2. An existing .gitignore only gets the lines it lacks.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../../model/diagnostic.js';
import { findProjectRoot } from '../../config/index.js';
import { GLOSSARY_SCHEMA_URL } from '../../glossary/parse-glossary.js';
import { EXAMPLE_SLUG, extendGitignore, findIgnoredStore, scaffoldProject } from '../../project/scaffold.js';
import { writeFilesAtomic } from '../../util/write-atomic.js';
import { EXIT, flagOpt, stringOpt, type Command } from '../command.js';
import { printDiagnostics } from '../print-diagnostics.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'start a new project: pipeline/edition.yaml, locales/, glossary/ (with --example: a first article)',
  usage: ['init [DIR] [--example] [--format text|json]'],
  options: [
    { name: 'example', type: 'boolean', description: `also write a short German article (locales/de/${EXAMPLE_SLUG}.md) and glossary entries for it` },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'output format: text (default) or json {root, created, updated}', choices: ['text', 'json'] },
  ],
  positionals: { min: 0, max: 1 },
  details: [
    'DIR (default: the current directory) is created when it does not exist. Creates pipeline/edition.yaml',
    '(with comments), glossary/glossary.yaml and glossary/schema.json (editors that speak the YAML language',
    'server validate the glossary as you type), locales/de/ and locales/en/, and .gitignore (dist/ is build',
    'output, .diglot/cache/ a build cache; .diglot/locales/, the sidecars and archives, is committed). An',
    'existing .gitignore keeps its content and gets the lines it lacks (init-gitignore-hides-store warns when it',
    'ignores .diglot/ as a whole).',
    'Exit 0: created · 2: a file diglot would create exists already (all are named; nothing is written).',
  ].join('\n'),
  async run(args, io) {
    const root = path.resolve(io.cwd, args.positionals[0] ?? '.');
    if (fs.existsSync(root) && !fs.statSync(root).isDirectory()) {
      throw new DiglotError({ ruleId: 'init-file-exists', severity: 'error', message: `${args.positionals[0]} exists and is not a directory`, hint: 'name a new or existing directory for the project', source: 'init' });
    }
    const example = flagOpt(args, 'example');
    const files = scaffoldProject({ example, glossarySchema: fs.readFileSync(GLOSSARY_SCHEMA_URL, 'utf8') });
    // paths as the user sees them: relative below the current directory, absolute elsewhere
    const shown = (rel: string) => {
      const r = path.relative(io.cwd, path.join(root, rel));
      return r.startsWith('..') ? path.join(root, rel) : r.split(path.sep).join('/') || '.';
    };
    const existing = files.filter((f) => f.path !== '.gitignore' && fs.existsSync(path.join(root, f.path)));
    if (existing.length) {
      throw new DiglotError(
        existing.map((f) => ({
          ruleId: 'init-file-exists',
          severity: 'error' as const,
          message: `${shown(f.path)} exists already; diglot init never overwrites a file`,
          hint: f.path === 'pipeline/edition.yaml' ? 'this is a diglot project already: run `diglot sync` or `diglot build` here' : 'move it away, or init another directory',
          file: shown(f.path),
          source: 'init',
        })),
      );
    }
    const gitignore = path.join(root, '.gitignore');
    const before = fs.existsSync(gitignore) ? fs.readFileSync(gitignore, 'utf8') : undefined;
    const hidden = before === undefined ? undefined : findIgnoredStore(before);
    if (hidden) {
      // not an error: the project is created; the user decides about their own .gitignore
      printDiagnostics(io.stderr, [{
        ruleId: 'init-gitignore-hides-store',
        severity: 'warning',
        message: `"${hidden.pattern}" makes git ignore .diglot/locales/, where diglot keeps the sidecars (who reviewed what) and the orphans archives (translations kept so that none is lost)`,
        hint: 'ignore only the build cache: replace the line with `.diglot/cache/` (diglot init adds that line)',
        file: shown('.gitignore'),
        place: { start: { line: hidden.line, column: 1, offset: hidden.offset } },
        source: 'init',
      }]);
    }
    const writes = files
      .map((f) => (f.path === '.gitignore' && before !== undefined ? { ...f, content: extendGitignore(before) } : f))
      .filter((f) => !(f.path === '.gitignore' && f.content === before));
    writeFilesAtomic(writes.map((f) => ({ path: path.join(root, f.path), content: f.content })));
    const created = writes.filter((f) => f.path !== '.gitignore' || before === undefined).map((f) => shown(f.path));
    const updated = writes.some((f) => f.path === '.gitignore') && before !== undefined ? [shown('.gitignore')] : [];
    if (stringOpt(args, 'format') === 'json') {
      io.stdout.write(`${JSON.stringify({ root: shown('.'), created, updated }, null, 2)}\n`);
      return EXIT.ok;
    }
    const outer = findProjectRoot(path.dirname(root));
    io.stdout.write(
      [
        `diglot init: created a project in ${shown('.') === '.' ? 'the current directory' : shown('.')}`,
        ...created.map((f) => `  + ${f}`),
        ...updated.map((f) => `  ~ ${f} (added the lines diglot needs)`),
        ...(outer ? [`note: it lies inside the project at ${path.relative(io.cwd, outer) || '.'}; commands run in it use the nearest pipeline/edition.yaml, this one`] : []),
        '',
        'next:',
        ...(example
          ? [`  diglot sync      # creates locales/en/${EXAMPLE_SLUG}.json, one untranslated (null) key per German sentence`, '  (translate the null values in that file)', '  diglot build     # writes the side-by-side edition into dist/']
          : ['  write a German article as locales/de/<slug>.md (front matter: title, slug, source, language)', '  diglot sync      # creates locales/en/<slug>.json with one key per German sentence', '  (translate the null values in that file), then: diglot build']),
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
