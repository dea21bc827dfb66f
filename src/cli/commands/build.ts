// `diglot build`: run the pipeline of pipeline/edition.yaml and write the edition into outDir.
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { EXIT, flagOpt, listOpt, stringOpt, UsageError, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION, runOptions } from '../project-options.js';
import type { EditionWrite } from '../../project/write-edition.js';
import { REQUIRE_LEVELS, type RequireLevel } from '../../check/index.js';
import { DiglotError } from '../../model/diagnostic.js';
import { locateProject } from '../../config/index.js';
import { displayPath, displayPaths, printDiagnostics, type PathBase } from '../print-diagnostics.js';
import { createProgressBar } from '../progress.js';
import { FORMAT_TEXT_JSON, writeJsonReport } from '../json-output.js';
import { indexCounts } from '../../render/index-model.js';
import type { Progress } from '../../model/progress.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the parallel edition (HTML, Markdown, JSON, coverage, exports) from pipeline/edition.yaml',
  usage: ['build [--config FILE] [--memory PATH]… [--require translated|reviewed|human] [--jobs N] [--no-cache] [--quiet] [--format text|json]', 'build --watch [--config FILE] [--memory PATH]… [--require LEVEL] [--jobs N] [--no-cache] [--quiet]'],
  options: [
    CONFIG_OPTION,
    MEMORY_OPTION,
    { name: 'require', type: 'string', value: 'LEVEL', description: 'refuse to build unless every segment meets LEVEL (human: no unreviewed machine-aligned English)', choices: REQUIRE_LEVELS },
    { name: 'quiet', type: 'boolean', short: 'q', description: 'print errors only, no warnings or summary' },
    { name: 'format', type: 'string', short: 'f', value: 'FORMAT', description: 'summary format: text (default) or json (stdout; diagnostics included, none on stderr)', choices: FORMAT_TEXT_JSON },
    { name: 'jobs', type: 'string', short: 'j', value: 'N', description: 'threads that build the articles to rebuild, this one included (default: one per core when there are many; 1: no worker threads)' },
    { name: 'no-cache', type: 'boolean', description: 'ignore and do not update the build cache (.diglot/cache/): rebuild every article' },
    { name: 'watch', type: 'boolean', short: 'w', description: 'build, then rebuild on every save of a source, resource, sidecar, glossary or the run definition (Ctrl-C stops)' },
  ],
  positionals: { min: 0, max: 0 },
  details:
    'Incremental: the results of each article are cached in .diglot/cache/build/ (git-ignore it) under a digest of\n' +
    'everything they depend on; an unchanged article is not segmented, matched, checked or rendered again, and\n' +
    'an output whose bytes do not change is not rewritten. Many articles to rebuild are shared between this and\n' +
    'worker threads (--jobs). Writes all changed outputs as one set (temp files, a journal, then renames), so a failed\n' +
    'or killed build leaves the previous edition intact (the next run finishes a set that was already\n' +
    'committed). Outputs of articles that no longer exist are removed, if diglot wrote them\n' +
    '(outDir/.diglot-manifest.json).\n' +
    'json: {"documents":[{"path","slug","coverage"}],"total":{segments,translated,reviewed,stale,fuzzy,missing,percent},\n' +
    '"written":bool,"wrote":[every output, relative to the project root],"changed":[those rewritten],"removed":[stale\n' +
    'outputs removed],"reused":articles taken from the cache,"workers":worker threads used beside the main one (0: none),"diagnostics":[…],\n' +
    '"summary":{errors,warnings,infos}}.\n' +
    'Exit 0: built (warnings allowed) · 1: built, but error-level findings (e.g. a forbidden term), or --require\n' +
    'not met (then nothing is written) · 2: input error, nothing written.\n' +
    '--watch: one summary line per rebuild; a save that leaves a file invalid is reported (file:line:col) and the\n' +
    'last good output is kept until the next save. Exit 0 on Ctrl-C; 2 when there is no project to watch.',
  async run(args, io) {
    const quiet = flagOpt(args, 'quiet');
    const json = stringOpt(args, 'format') === 'json';
    const jobs = stringOpt(args, 'jobs');
    if (jobs !== undefined && !/^[1-9]\d{0,2}$/.test(jobs)) throw new UsageError(`--jobs takes a number of threads from 1 to 999, not "${jobs}"`);
    const threads = jobs ? { jobs: Number(jobs) } : {};
    const noCache = flagOpt(args, 'no-cache') ? { cache: false } : {};
    tuneV8ForBuild();
    if (flagOpt(args, 'watch')) {
      if (json) throw new UsageError('--watch prints a text line per rebuild; --format json is for a single build');
      const { runWatchSession } = await import('../watch-session.js');
      const level = stringOpt(args, 'require') as RequireLevel | undefined;
      const memory = listOpt(args, 'memory');
      const config = stringOpt(args, 'config');
      return runWatchSession(io, {
        quiet,
        ...(config ? { config } : {}),
        ...(memory.length ? { memory } : {}),
        ...(level ? { require: level } : {}),
        ...threads,
        ...noCache,
      });
    }
    // a bar on stderr for a build that takes more than a second (terminal only; never with JSON)
    const bar = createProgressBar(io.stderr, { quiet: quiet || json });
    const opts = runOptions(args, io.cwd);
    const { root } = locateProject(io.cwd, opts.config);
    const { buildProject } = await import('../../build/build-project.js');
    const collect = adaptToPhases();
    const onProgress = (p: Progress) => {
      collect(p);
      bar.onProgress(p);
    };
    const built = await buildProject({ ...opts, ...threads, ...noCache, onProgress })
      .catch((e: unknown) => {
        if (e instanceof DiglotError) throw new DiglotError(displayPaths(e.diagnostics, { root, cwd: io.cwd }));
        throw e;
      })
      .finally(() => bar.clear());
    const base = { root: built.config.root, cwd: io.cwd };
    const { coverage, below, write } = built;
    const level = opts.require;
    const report = () =>
      writeJsonReport(
        io.stdout,
        {
          documents: coverage.documents.map((d) => ({ path: d.path, slug: d.slug, coverage: indexCounts(d) })),
          total: indexCounts(coverage.total),
          written: write !== undefined,
          wrote: write ? write.written.map(toPosix) : [],
          changed: write ? write.rewritten.map(toPosix) : [],
          removed: write ? write.removed.map(toPosix) : [],
          reused: built.stats.reused,
          workers: built.stats.workers,
        },
        [...built.diagnostics, ...below],
      );
    if (below.length) {
      if (json) report();
      else {
        printDiagnostics(io.stderr, below, 'error', base);
        io.stderr.write(`diglot build: ${below.length} segment${below.length === 1 ? '' : 's'} below --require ${level}; nothing written\n`);
      }
      return EXIT.findings;
    }
    const errors = built.diagnostics.filter((d) => d.severity === 'error').length;
    if (json) {
      report();
      return errors > 0 ? EXIT.findings : EXIT.ok;
    }
    const { warnings } = printDiagnostics(io.stderr, built.diagnostics, quiet ? 'error' : 'warning', base);
    if (!quiet && write) {
      const t = coverage.total;
      const n = coverage.documents.length;
      const { reused } = built.stats;
      io.stdout.write(
        `diglot build: ${n} document${n === 1 ? '' : 's'}, ${t.segments} segments, ` +
          `${t.percent} % translated (${t.translated} translated, ${t.stale} stale, ${t.fuzzy} fuzzy, ${t.missing} missing), ` +
          `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n` +
          `${describeWrite(write, base)}${reused ? ` (${reused} of ${n} article${n === 1 ? '' : 's'} unchanged since the last build, reused from ${toPosix(path.join('.diglot', 'cache'))})` : ''}\n` +
          (write.removed.length ? `removed ${write.removed.map((f) => displayPath(f, base)).join(', ')} (outputs of an earlier build that this one no longer makes)\n` : ''),
      );
    }
    return errors > 0 ? EXIT.findings : EXIT.ok;
  },
};

/**
 * V8's defaults suit long-lived processes, not a build that runs the same few hundred functions in two
 * isolates for a dozen seconds. Process-wide, so the CLI sets them, not the library; worker threads
 * share them (V8 reads these as it goes, so a flag set while they run applies to them too).
 * A heap may grow to several times what is live before it is collected (a build's threads each
 * reached ~230 MB with ~55 MB live); growing by half at most keeps a 1,000-article build's peak about
 * a fifth lower for no measurable CPU time.
 */
function tuneV8ForBuild(): void {
  v8.setFlagsFromString('--heap-growing-percent=50');
  // (gc() in contexts made from now on: adaptToPhases)
  v8.setFlagsFromString('--expose-gc');
}

/**
 * For a build of many articles (from COLLECT_BUILDING_FROM), set when its building starts. The
 * optimizing compiler (TurboFan, on background threads) took ~8 s of CPU per isolate on a
 * 1,000-article build: ~1,400 functions, each with everything it calls inlined up to 920 bytes of
 * bytecode, and micromark's large closures again after each deoptimization. On two cores that time is
 * taken from the builders. Inlining at most 100 bytes of callees and optimizing a function only after
 * 8× the default interrupt budget (so only what is really hot) cut it to ~1.5 s per isolate: the
 * build's CPU time fell by a fifth and its wall time from ~17.5 s to ~14 s (README, Benchmarks). A
 * rebuild of one article keeps V8's defaults: its few stages ran 5–10 % slower with these.
 */
function tuneCompilerForManyArticles(): void {
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  v8.setFlagsFromString('--interrupt-budget=528000');
}

/** A build of at least this many articles gets the compiler flags and the three collections of adaptToPhases… */
const COLLECT_BUILDING_FROM = 200;
/** …and a project of at least this many, however few articles are built again. */
const COLLECT_ALWAYS_FROM = 2000;

/**
 * V8 collects the old generation when the heap reaches a limit it sets from the live size, not when a
 * phase's data turns to garbage; a large build's phases each leave much of it, and the limit was
 * reached while the next phase was at full size, which made the build's peak. So the CLI asks for a
 * full collection (~25 ms at 10,000 articles) where a phase's garbage is largest:
 * - when the building starts: reading the project (every source's slug, every article's locale files,
 *   their memory rows indexed) left this thread's heap at ~330 MB with ~50 MB live;
 * - when the project's files are made: what this thread built is garbage by then;
 * - when the writing starts: the project's files and the findings read back left garbage, and
 *   committing 60,000 outputs adds more.
 * A rebuild of a few articles in a smaller project skips them (a 1,000-article project's one-edit
 * build peaks at ~160 MB and must stay under a second; two collections cost it ~0.1 s).
 */
function adaptToPhases(): (p: Progress) => void {
  let collect: (() => void) | undefined;
  const at = new Set<string>();
  let articles = 0;
  let building = false;
  return (p) => {
    if (p.stage === 'read') articles = p.total;
    if (p.stage === 'render' && p.total >= COLLECT_BUILDING_FROM && !building) {
      building = true;
      tuneCompilerForManyArticles();
    }
    if (p.done !== 0 || at.has(p.stage) || !['render', 'project', 'write'].includes(p.stage)) return;
    if (!building && articles < COLLECT_ALWAYS_FROM) return;
    at.add(p.stage);
    collect ??= vm.runInNewContext('gc') as () => void;
    collect();
  };
}

/** "wrote a, b" for a few files; a count for many (a thousand-article edition is not listed). */
function describeWrite(write: EditionWrite, base: PathBase): string {
  const shown = (list: string[]) => (list.length <= 12 ? list.map((f) => displayPath(f, base)).join(', ') : `${list.length} files in ${displayPath(path.dirname(list[0]), base)}`);
  if (!write.rewritten.length) return `nothing to write: all ${write.written.length} outputs are up to date`;
  if (write.rewritten.length === write.written.length) return `wrote ${shown(write.written)}`;
  return `wrote ${shown(write.rewritten)}; ${write.written.length - write.rewritten.length} other outputs unchanged`;
}

const toPosix = (p: string) => p.split(path.sep).join('/');
