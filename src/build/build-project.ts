// `diglot build` as an incremental build: the project loaded at the edge; each article's cached
// result (build-cache.ts) reused while everything it was computed from is unchanged — its source,
// its locale files, the shared inputs (project-key.ts), and the answers of its look-ups into the
// rest of the project (article-result.ts) — and only the other articles segmented, matched,
// checked and rendered (in worker threads when there are many); outputs staged as they are
// rendered, written only when their bytes change, committed as one set. The project's files
// (coverage.json, the index, glossary.tbx) come from the per-article results. Same bytes as
// buildEdition + writeEdition (tested).
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DiglotError, type Diagnostic } from '../model/diagnostic.js';
import type { ProgressCallback } from '../model/progress.js';
import type { EditionConfig } from '../config/index.js';
import type { RequireLevel } from '../check/index.js';
import { combineCoverage, type CoverageReport } from '../report/index.js';
import { isFatal } from '../model/rules.js';
import { reportUnusedWaivers } from '../glossary/index.js';
import { loadMemory, loadProjectPaths, type LoadOptions } from '../project/load-project.js';
import { loadTermEngine, type TermEngine } from '../project/load-glossary.js';
import { createSlugGate } from '../project/segment-sources.js';
import { orderExchange } from '../project/render-outputs.js';
import { commitOutputs, discardStaged, isInPlace, openStageTarget, outputRef, removeStagedFiles, type EditionWrite, type OutputRef, type StagedOutput } from '../project/write-edition.js';
import { readSlug } from '../project/read-slug.js';
import type { SourceFile } from '../segment/index.js';
import type { LoadedMemory } from '../project/read-memory.js';
import { CACHE_DIR, openBuildCache } from './build-cache.js';
import { digestParts } from './digest.js';
import { projectKey } from './project-key.js';
import { joinPacked, packResult, splitPacked, suppressionCarriers, unpackResult, type ArticleResult, type PackedHead } from './article-result.js';
import { CrossUnavailable } from './cached-cross.js';
import { builtFindingsAside, checkFindingsAside, readFindingsBack, resultBeforeWriting, setCachedFindingsAside, lendMemory, letGoOfBuilding, rowsOf, SPILL_FROM, setFindingsAside, takeFindingsBack, uncache, type Article, type Built, type FindingsAside, type LastBuild } from './build-article.js';
import { articlesToRecheck, planCross } from './cross-checks.js';
import { listTags, type ArticleTags } from './key-tags.js';
import { orderForAnswers } from './build-order.js';
import { readSourceAgain, readSourceKeys, type SourceKey, type StampRecord } from './read-inputs.js';
import { readArticleLocales } from './read-locales.js';
import { createBatchRunner, PARALLEL_FROM, plannedThreads, type BatchRunner } from './batch-runner.js';
import type { ArticleJob, MemoryAnswers, Opened } from './article-batch.js';
import type { ProjectMemory } from '../match/index.js';
import { openSpillStore, type SpillStore } from './spill-text.js';
import { ProjectRenderings } from './project-renderings.js';
import { createShare, shareResultFindings, type ResultFindings } from './share-strings.js';
import { projectFilesParts, stageProjectFiles } from './project-files.js';

export interface BuildProjectOptions extends LoadOptions {
  /** `--require`: when articles fall below it, nothing is written (`below` says why). */
  require?: RequireLevel;
  /** Worker threads for the articles to rebuild (default: one per core when there are many; 1: none). */
  jobs?: number;
  /** Findings that forbid writing the edition besides `require` (nothing is written; they come back in `below`). */
  gate?: (build: Pick<ProjectBuild, 'config' | 'coverage' | 'diagnostics'>) => Diagnostic[];
  /** false: neither read nor write the build cache (a full build). */
  cache?: boolean;
  /** false: read every cached article's cross-article data when anything is rebuilt (tests compare both ways). */
  targeted?: boolean;
  /** Articles from which the project memory and renderings keep their text in temp files, not in memory (default SPILL_FROM; tests give 0). */
  spillFrom?: number;
  /**
   * From this many articles (default CACHED_FINDINGS_LATE_FROM) the cached articles' findings, too,
   * are read again from their entries once the edition is written instead of held from the start.
   */
  cachedFindingsLateFrom?: number;
  /** The clock (milliseconds): when the build reads its files (tests move it to settle their stats). */
  now?: () => number;
  onProgress?: ProgressCallback;
}

export interface ProjectBuild {
  config: EditionConfig;
  /** The project's coverage (documents in source order). */
  coverage: CoverageReport;
  /** Every finding of the run, in stage order (as runPipeline orders them), then the write's. */
  diagnostics: Diagnostic[];
  /** `--require` findings; when there are any, nothing was written. */
  below: Diagnostic[];
  write: EditionWrite | undefined;
  /**
   * Articles in the build, those whose cached result was reused, those built (`redone` of them twice:
   * built before another article's rendering of their German was known, or cached with answers
   * that changed), the worker threads used besides this one, the cached cross-article entries read,
   * and the sources and articles' locale files read at the start (the others' stats vouched for the
   * last build's reading: read-inputs.ts).
   */
  stats: { articles: number; reused: number; rebuilt: number; redone: number; workers: number; crossRead: number; sourcesRead: number; localesRead: number };
}


/** Builds and writes the edition. Throws DiglotError for unusable input (nothing written). */
export async function buildProject(opts: BuildProjectOptions): Promise<ProjectBuild> {
  try {
    return await buildOnce(opts);
  } catch (e) {
    // a cached article's cross-article data that a build reading only some of them found damaged:
    // nothing was written; the build starts again, reading all (and rebuilding what is damaged)
    if (e instanceof CrossUnavailable) return buildOnce({ ...opts, targeted: false });
    throw e;
  }
}

async function buildOnce(opts: BuildProjectOptions): Promise<ProjectBuild> {
  const inputs = loadProjectPaths(opts);
  const { config } = inputs;
  const root = path.resolve(config.root);
  const cache = openBuildCache(root, opts.cache !== false);
  const shared = projectKey(config, inputs.segmentOptions, { require: opts.require ?? null });
  const target = openStageTarget(config);
  let engine: TermEngine | undefined;
  let memory: LoadedMemory | undefined | null = null;
  const terms = () => (engine ??= loadTermEngine(config));
  const loadedMemory = () => (memory === null ? (memory = loadMemory(config)) : memory);
  const lastKey = digestParts(['last-build', shared]);
  const last = cache.read<LastBuild>(lastKey);
  let runner: BatchRunner | undefined;
  // a large build's project memory and renderings keep their text in temp files (spill-text.ts)
  const spills: SpillStore[] = [];
  const closeSpills = () => spills.splice(0).forEach((s) => s.close());
  const runnerFor = (articles: number, jobs: number | undefined) => (runner ??= createBatchRunner({ jobs, articles, config, segmentOptions: inputs.segmentOptions, shared, terms, memory: () => loadedMemory()?.index, ...(opts.require ? { require: opts.require } : {}), target }));
  // no record of a last build (a cold build, or no cache): every article is to be built, so the worker
  // threads start loading now (~0.15–0.5 s), while this thread reads the sources
  if (!last && plannedThreads(opts.jobs, inputs.paths.length) > 1) runnerFor(inputs.paths.length, opts.jobs);
  const startedAt = (opts.now ?? Date.now)();
  let sources: SourceKey[];
  let heads: Array<PackedHead | undefined>;
  try {
    sources = readSourceKeys(config.root, inputs.paths, shared, last?.stamps);
    heads = sources.map((s) => cache.read<PackedHead>(s.key));
  } catch (e) {
    await runner?.close();
    throw e;
  }
  let sourcesRead = sources.filter((s) => s.text !== undefined).length;
  // the findings every article's result holds to the end share their repeated strings (share-strings.ts)
  const share = createShare();
  const shareFindings = <T extends ResultFindings>(r: T): T => shareResultFindings(r, share);
  // the findings come back once the edition is written (below), unless a gate reads them before; in a
  // large project those of the cached articles too (re-read from their entries: ~0.14 s per 1,000)
  const late = !opts.require && !opts.gate;
  const cachedAside = late && heads.length >= (opts.cachedFindingsLateFrom ?? CACHED_FINDINGS_LATE_FROM);
  const cached = heads.map((h) => {
    const r = h && unpackResult(joinPacked(h, undefined)!);
    if (r && cachedAside) setCachedFindingsAside(r, h);
    return r && shareFindings(r);
  });
  const staged: StagedOutput[] = [];
  const built = new Map<string, Built>();
  const save = (key: string, body: unknown) => cache.write(key, body);
  // many articles to build: the worker threads start loading now, while this thread reads the project
  const uncached = heads.filter((h) => !h).length;
  if (plannedThreads(opts.jobs, uncached) > 1) runnerFor(uncached, opts.jobs);
  // a source read again (its record vouched for it) must still match its key
  const textOf = (s: SourceKey): string => {
    if (s.text !== undefined) return s.text;
    sourcesRead++;
    return (s.text = readSourceAgain(config.root, shared, s.path, s.key));
  };
  try {
    // 1. every article's slug (cached, or read from its front matter alone), admitted in source order;
    //    an article left out is still segmented, for its findings
    opts.onProgress?.({ stage: 'read', done: 0, total: sources.length });
    const admit = createSlugGate();
    const slugDiagnostics = new Map<string, Diagnostic>();
    const articles: Article[] = [];
    const left: SourceFile[] = [];
    // the slugs of many sources are read by the worker threads too (they are loaded by now)
    const unread = sources.flatMap((s, i) => (cached[i] ? [] : [{ path: s.path, text: textOf(s) }]));
    const read = runner?.workers && unread.length >= PARALLEL_FROM ? await runner.readSlugs(unread) : unread.map(readSlug);
    const slugOf = new Map(unread.map((f, k) => [f.path, read[k]]));
    // emptied: an async function keeps its locals to its end (they would hold every source's text)
    unread.length = 0;
    sources.forEach((s, i) => {
      const hit = cached[i];
      const seg = hit ? { slug: hit.slug, diagnostics: hit.segmentDiagnostics } : slugOf.get(s.path)!;
      const verdict = admit({ slug: seg.slug, path: s.path }, seg.diagnostics);
      if (verdict.diagnostic) slugDiagnostics.set(s.path, verdict.diagnostic);
      if (verdict.admitted) articles.push({ path: s.path, slug: seg.slug, key: s.key, cached: hit, head: heads[i], files: undefined, filesDigest: '', localeDigest: '' });
      else if (!hit) left.push({ path: s.path, text: textOf(s) });
    });
    const leftOut = new Map((left.length ? await runnerFor(left.length, opts.jobs).segmentOnly(left) : []).map((s) => [s.path, s]));
    left.length = 0;
    // the sources' text is let go: each article's builder reads its source again
    for (const s of sources) s.text = undefined;

    // 2. every article's locale files (their digest: read-locales.ts); a cached result stands while
    //    they and its outputs do
    const { records: localeRecords, read: localesRead } = await readArticleLocales(articles, config, last?.stamps, runner?.workers ? runner : undefined);
    for (const a of articles) {
      const c = a.cached;
      if (c && (c.localeDigest !== a.localeDigest || ![...c.pages, ...c.exchange].every((o) => isInPlace(target, o.name, o.hash, o.size)))) a.cached = undefined;
      // a reused article's locale files are not needed again (read again, should its result be dropped)
      if (a.cached) a.files = undefined;
    }
    // the cross-article data of cached results (renderings, memory rows, look-ups) is read only when
    // something needs it: an article to rebuild, or English that changed since the last build
    const memoryInputs = digestParts(articles.map((a) => `${a.slug}\u0000${a.localeDigest}`));
    const headsDigest = digestParts(articles.map((a) => a.cached?.renderingsDigest ?? `rebuilt:${a.path}`));
    const order = new Map(articles.map((a, i) => [a.path, i]));
    const spilled = articles.length >= (opts.spillFrom ?? SPILL_FROM);
    const openSpill = () => {
      const s = spilled ? openSpillStore() : undefined;
      if (s) spills.push(s);
      return s;
    };
    const renderings = new ProjectRenderings(order, openSpill());
    // a few articles to build in this thread: only the cached articles that answer their questions,
    // or whose answers they can change, are read (cross-checks.ts); else every one
    const toBuild = articles.filter((a) => !a.cached).length;
    const targeted = opts.targeted !== false && plannedThreads(opts.jobs, toBuild) === 1 && !runner?.workers;
    const plan = planCross({ articles, order, renderings, cache, last, targeted, memoryInputs, headsDigest });
    const { lastRows, sharedMemory, answer } = plan;

    // 3. build what is not reused, one article at a time: its questions to the project's renderings
    //    are answered from every cached article and every article started so far
    // an article's builder reads its source and locale files (they must not have changed since)
    let projectMemory: ProjectMemory | undefined;
    const jobOf = (a: Article): ArticleJob => ({ path: a.path, slug: a.slug, key: a.key, localeDigest: a.filesDigest });
    const buildArticles = async (list: Article[]) => {
      if (!list.length) return;
      const r = runnerFor(list.length, lastRows ? 1 : opts.jobs);
      // the project memory stays in this thread, which answers the builders' look-ups
      const memory = (projectMemory ??= sharedMemory ?? lendMemory(articles, openSpill()));
      const ask = (o: Opened): MemoryAnswers => o.questions.flatMap((k) => {
        const found = memory.find(k, o.slug);
        return found ? [[k, found]] : [];
      });
      let done = 0;
      opts.onProgress?.({ stage: 'render', done, total: list.length });
      await r.build(list.length, (i) => jobOf(list[i]), ask, answer, (f) => {
        // cached at once (a temp file until the build commits); kept here without what the rest of
        // the build does not read
        const a = articles[order.get(f.result.path)!];
        const memoryRows = rowsOf(a);
        const tags = listTags({ renderings: f.result.renderings, memoryRows, memoryLookups: f.result.memoryLookups });
        const { head, cross } = splitPacked(packResult({ ...f.result, localeDigest: a.localeDigest, memoryRows, tags }), randomBytes(4).toString('hex'));
        // (its tags are the cache's: only a cached head's are read)
        // (its renderings are the index's, read back when the recheck needs them)
        const b: Built = { result: { ...f.result, renderings: [], memoryLookups: [], tags: NO_TAGS }, staged: f.staged };
        // its findings wait in the staged entry until the project's are made (read back then)
        built.set(a.path, cache.writeParts(a.key, [head, cross]) ? setFindingsAside(b, a.key) : (shareFindings(b.result), b));
        opts.onProgress?.({ stage: 'render', done: ++done, total: list.length });
      });
    };
    // those whose English for a sentence others translate differently go first (build-order.ts)
    const first = articles.filter((a) => !a.cached);
    await buildArticles(orderForAnswers(first.map(rowsOf)).map((i) => first[i]));
    // an article built before an earlier article with other English for its German was, or a cached
    // one whose look-ups answer differently now, is built again (with every rendering known)
    let redone = 0;
    const resultOf = (a: Article) => a.cached ?? built.get(a.path)!.result;
    const renderingsOf = (a: Article) => a.cached?.renderings ?? renderings.rowsOf(a.path) ?? [];
    const renderingsDigest = digestParts(articles.map((a) => resultOf(a).renderingsDigest));
    if (built.size || renderingsDigest !== last?.renderingsDigest) {
      const { again, only } = articlesToRecheck(plan, articles, order, built, renderingsOf);
      plan.cross.addRenderingsTo(renderings);
      const redo = again.filter((a) => !renderings.stillAnswers(renderingsOf(a), resultOf(a).translationLookups, a.cached ? only : undefined));
      for (const a of redo) {
        if (built.has(a.path)) removeStagedFiles(built.get(a.path)!.staged);
        built.delete(a.path);
        uncache(a);
      }
      await buildArticles(redo);
      redone = redo.length;
    }
    const todo = articles.filter((a) => !a.cached);
    // what only the building needed is let go (the cache holds each article's rows; the worker
    // threads' heaps were a sixth of a 10,000-article build's peak, at its end)
    await runner?.close();
    projectMemory = undefined;
    renderings.release();
    closeSpills();
    letGoOfBuilding(articles, built.values());

    // 5. the project's files and findings, from the per-article results: the files first, while the
    //    findings set aside still wait in the cache (the two are never held at once)
    opts.onProgress?.({ stage: 'project', done: 0, total: articles.length });
    const coverage = combineCoverage(articles.map((a) => resultOf(a).coverage));
    const entries = articles.map((a) => resultOf(a).indexEntry);
    const filesKey = digestParts(projectFilesParts(shared, entries, coverage));
    let projectFiles: StagedOutput[] | undefined = cache.read<OutputRef[]>(filesKey);
    if (!projectFiles?.every((o) => isInPlace(target, o.name, o.hash, o.size))) {
      projectFiles = stageProjectFiles(config, target, config.outputs.includes('tbx') ? terms().glossary : { entries: [] }, { coverage, entries, slugs: articles.map((a) => ({ slug: a.slug, path: a.path })) });
      staged.push(...projectFiles);
      save(filesKey, projectFiles.map(outputRef));
    }
    // the findings set aside come back once the edition is written (the commit's own data and every
    // finding were the peak of a 10,000-article build), unless a gate reads them before; what the
    // writing needs of them was kept aside from the start (resultBeforeWriting)
    const takeBack = () => takeFindingsBack(built.values(), (key) => cache.readStaged<PackedHead>(key, 0), CACHE_DIR, share);
    if (late) checkFindingsAside(builtFindingsAside(built.values()).map((f) => f.key), (key) => cache.hasStaged(key), CACHE_DIR);
    else takeBack();
    // (an article's result may be a copy of its cached head's, with its cross-article data: both get them)
    const articleOf = new Map(articles.map((a) => [a.path, a]));
    const cachedFindings: FindingsAside[] = !cachedAside ? [] : sources.flatMap((s, i) => {
      const copy = articleOf.get(s.path)?.cached;
      return cached[i] ? [{ key: s.key, path: s.path, results: copy && copy !== cached[i] ? [cached[i]!, copy] : [cached[i]!] }] : [];
    });
    checkFindingsAside(cachedFindings.map((f) => f.key), (key) => cache.has(key), CACHE_DIR);
    opts.onProgress?.({ stage: 'project', done: articles.length, total: articles.length });
    const builtResult = (path: string) => {
      const b = built.get(path);
      return b && resultBeforeWriting(b);
    };
    const resultsNow = (): ArticleResult[] => articles.map((a) => a.cached ?? { ...builtResult(a.path)!, localeDigest: a.localeDigest, memoryRows: [] });
    let results = resultsNow();
    const suppressions = results.flatMap((r) => [...r.matchDiagnostics, ...r.checkDiagnostics].flatMap((d) => (d.suppression ? [d.suppression] : [])));
    const findingsKey = digestParts(['project-findings', shared, JSON.stringify(suppressions)]);
    let findings = cache.read<ProjectFindings>(findingsKey);
    if (!findings) {
      const engine = terms();
      findings = { termDiagnostics: engine.diagnostics, memoryDiagnostics: loadedMemory()?.diagnostics ?? [], unusedWaivers: reportUnusedWaivers(engine.waivers, suppressionCarriers(results)) };
      save(findingsKey, findings);
    }
    // a rebuilt article's outputs come with their temp files (or none, when their bytes did not change)
    const fresh = new Map([...built.values()].flatMap((f) => f.staged).concat(staged).map((s) => [s.name, s]));
    const outputs: StagedOutput[] = [...results.flatMap((r) => r.pages), ...orderExchange(results.map((r) => r.exchange), config)].map((o) => fresh.get(o.name) ?? o);
    outputs.push(...projectFiles);

    const projectFindings = findings;
    const diagnosticsOf = (rs: readonly ArticleResult[]): Diagnostic[] => [
      ...inputs.diagnostics,
      ...projectFindings.termDiagnostics,
      ...sources.flatMap((s, i) => [...(cached[i]?.segmentDiagnostics ?? builtResult(s.path)?.segmentDiagnostics ?? leftOut.get(s.path)?.diagnostics ?? []), ...(slugDiagnostics.has(s.path) ? [slugDiagnostics.get(s.path)!] : [])]),
      ...projectFindings.memoryDiagnostics,
      ...rs.flatMap((r) => r.matchDiagnostics),
      ...rs.flatMap((r) => r.checkDiagnostics),
      ...projectFindings.unusedWaivers,
    ];
    let diagnostics = diagnosticsOf(results);
    const fatal = diagnostics.filter((d) => d.severity === 'error' && isFatal(d.ruleId));
    if (fatal.length) throw new DiglotError(fatal);
    const stamps: StampRecord = { startedAt, sources: Object.fromEntries(sources.map((s) => [s.path, [s.stamp, s.key]])), locales: localeRecords };
    save(lastKey, { memoryInputs, renderingsDigest, articles: articles.map((a) => [a.path, a.key]), stamps } satisfies LastBuild);
    const stats = { articles: articles.length, reused: articles.length - todo.length, rebuilt: todo.length, redone, workers: runner?.workers ?? 0, crossRead: plan.cross.reads, sourcesRead, localesRead };
    const below = [...(opts.require ? results.flatMap((r) => r.require) : []), ...(opts.gate?.({ config, coverage, diagnostics }) ?? [])];
    if (below.length) {
      discardStaged(target, [...staged, ...[...built.values()].flatMap((f) => f.staged)]);
      cache.discard();
      return { config, coverage, diagnostics, below, write: undefined, stats };
    }
    opts.onProgress?.({ stage: 'write', done: 0, total: outputs.length });
    const write = commitOutputs(config, target, outputs);
    if (late) {
      takeBack();
      readFindingsBack(cachedFindings, (key) => cache.read<PackedHead>(key), CACHE_DIR, share);
      results = resultsNow();
      diagnostics = diagnosticsOf(results);
    }
    // the cache is written only with the edition: a build that writes nothing leaves no trace
    cache.commit();
    cache.prune(new Set([...articles.map((a) => a.key), findingsKey, filesKey, lastKey]));
    return { config, coverage, diagnostics: [...diagnostics, ...write.diagnostics], below, write, stats };
  } catch (e) {
    discardStaged(target, [...staged, ...[...built.values()].flatMap((f) => f.staged)]);
    cache.discard();
    throw e;
  } finally {
    closeSpills();
    await runner?.close();
  }
}

const NO_TAGS: ArticleTags = { rendering: '', memory: '', lookups: '' };

/**
 * A project of this many articles holds its cached articles' findings only at the end (~150 MB of
 * 194,000 findings at 10,000 articles, held through a one-edit build's cross-checks and writing
 * before); a smaller one keeps them from the start (reading 1,000 heads again costs ~0.14 s).
 */
export const CACHED_FINDINGS_LATE_FROM = 2000;

interface ProjectFindings {
  termDiagnostics: Diagnostic[];
  memoryDiagnostics: Diagnostic[];
  unusedWaivers: Diagnostic[];
}
