// The articles a build (re)builds, each in one pass over inputs loaded at the edge: `open` reads and
// segments it and says which German it would look up in the project's other articles (project
// memory); `start`, with those answers, matches and term-checks it and says what it would ask of the
// project's renderings; `complete`, with the answers, runs the QA checks, renders and stages its
// files, and forgets it. So a worker holds an article only from `open` to `complete` (a few at a
// time), and nothing of the project's: the build's thread answers both kinds of question. The same object
// serves a single-threaded build and each worker thread of a parallel one (its messages are plain
// data); each step runs the same stage functions as runPipeline, so both builds give the same bytes.
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { EditionConfig } from '../config/index.js';
import { findResourceCandidates, parseLocaleFiles, type LocaleState } from '../locale/index.js';
import type { SegmentOptions, SourceFile } from '../segment/index.js';
import { segmentDocument } from '../segment/index.js';
import { matchDocument, projectQuestions, type MemoryIndex, type MemoryMatch, type MemoryRow, type ProjectMemory } from '../match/index.js';
import { checkDocument, createNameTable, englishKey, listRenderings, readPlaceNames, requireStatus, type NameTable, type RequireLevel, type Rendering, type RenderingRow, type TranslationLookup } from '../check/index.js';
import { builtinTable } from '../align/lexicon.js';
import { computeDocumentCoverage } from '../report/index.js';
import { buildIndexEntry } from '../render/index-model.js';
import { annotateTerms } from '../project/annotate-terms.js';
import { readSlug, type ReadSlug } from '../project/read-slug.js';
import type { TermEngine } from '../project/load-glossary.js';
import { indexOutputs, renderArticleFiles } from '../project/render-outputs.js';
import { createUiStrings, type UiStrings } from '../render/ui-text.js';
import { outputRef, stageOutput, type StagedOutput, type StageTarget } from '../project/write-edition.js';
import { answerDigest, packMemoryRows, recordMemory, type ArticleResult, type PackedResult } from './article-result.js';
import { digestJson } from './digest.js';
import { readLocale, readLocaleAgain, readSourceAgain, type LocaleRecord } from './read-inputs.js';
import { rowsFromFiles } from './build-article.js';
import path from 'node:path';

/** What the batch reads (loaded at the edge by the caller, or by the worker that holds the batch). */
export interface BatchInputs {
  config: EditionConfig;
  segmentOptions: SegmentOptions;
  /** The key of the inputs every article shares (project-key.ts): part of each source's key. */
  shared: string;
  /** The term engine, when the build checks terms (loaded on first use in a worker). */
  terms: () => TermEngine;
  memory?: MemoryIndex;
  require?: RequireLevel;
  target: StageTarget;
}

/** What segmenting an article reports (also for an article the build leaves out, for its findings). */
export interface Segmented {
  path: string;
  slug: string;
  diagnostics: Diagnostic[];
}

/**
 * An article to build: its source, the slug the build expects it to have, and what the build found
 * its source and locale files to be. The builder reads them itself (so the build's thread holds no
 * article's text while a thousand wait: issue 12's memory target), and they must still be so.
 */
export interface ArticleJob {
  path: string;
  slug: string;
  /** The source's cache key (read-inputs.ts sourceKey). */
  key: string;
  /** The digest of its locale files as read (locale-digest.ts describeLocale). */
  localeDigest: string;
}

/** An article's locale files as first read by a builder (readLocales): its rows packed (packMemoryRows: a message copies every string of it). */
export interface LocaleFirstRead {
  digest: string;
  record: LocaleRecord;
  rows: PackedResult['memory'];
}

/** An opened article: the German it looks up in the project's other articles (project memory). */
export interface Opened {
  path: string;
  slug: string;
  questions: string[];
}

/** The project memory's answer to each question of an Opened article that has one. */
export type MemoryAnswers = Array<[key: string, match: MemoryMatch]>;

/** A started article: its renderings (each row is one of the checks' questions: its German, `englishKey(row)`). */
export interface Started {
  path: string;
  segmentDiagnostics: Diagnostic[];
  renderings: RenderingRow[];
}

/** The answer to each question of a Started article that has one: [row, first other rendering]. */
export type Answers = Array<[row: number, rendering: Rendering]>;

/** The outputs an article staged (temp files until the build commits), with its cacheable result. */
export interface Finished {
  result: Omit<ArticleResult, 'localeDigest' | 'memoryRows' | 'tags'>;
  staged: StagedOutput[];
}

interface Opening {
  source: SourceDocument;
  /** The slug as the build sent it (the document's own is a substring of the whole source text). */
  slug: string;
  segmentDiagnostics: Diagnostic[];
  state: LocaleState;
  questions: Set<string>;
}

interface Held {
  source: SourceDocument;
  slug: string;
  segmentDiagnostics: Diagnostic[];
  units: AlignedUnit[];
  matchDiagnostics: Diagnostic[];
  memoryLookups: Map<string, string>;
  renderings: RenderingRow[];
}

export class ArticleBatch {
  private readonly opened = new Map<string, Opening>();
  private readonly held = new Map<string, Held>();
  private names: NameTable | undefined;
  private ui: UiStrings | undefined;

  constructor(private readonly inputs: BatchInputs) {}

  /** Each source's slug and front-matter findings (from the front matter alone: readSlug). */
  readSlugs(files: readonly SourceFile[]): ReadSlug[] {
    return files.map(readSlug);
  }

  /**
   * Reads articles' locale files for the build's first look at them (read-inputs.ts readLocale): the
   * digest and stat record the build keeps, and the memory rows each lends the project; the files
   * themselves stay here (the builder that takes the article reads them again).
   */
  readLocales(slugs: readonly string[]): LocaleFirstRead[] {
    return slugs.map((slug) => {
      const read = readLocale(this.inputs.config, slug);
      return { digest: read.digest, record: read.record, rows: packMemoryRows(rowsFromFiles(slug, read.files)) };
    });
  }

  /** Segments sources for their findings only (articles the build leaves out). */
  segmentOnly(files: readonly SourceFile[]): Segmented[] {
    return files.map((file) => {
      const seg = segmentDocument({ path: file.path, text: file.text }, this.inputs.segmentOptions);
      return { path: file.path, slug: seg.document.slug, diagnostics: seg.diagnostics };
    });
  }

  /** Reads and segments an article (held until started): the German it looks up in the project memory. */
  open(job: ArticleJob): Opened {
    const { config } = this.inputs;
    const text = readSourceAgain(config.root, this.inputs.shared, job.path, job.key);
    const state = parseLocaleFiles(readLocaleAgain(config, job.path, job.slug, job.localeDigest));
    const seg = segmentDocument({ path: job.path, text }, this.inputs.segmentOptions);
    const source = seg.document;
    // the build read this article's locale files by the slug its front matter gives (readSlug)
    if (source.slug !== job.slug) throw new Error(`internal: ${job.path} has slug "${source.slug}", the build expected "${job.slug}"`);
    // match asks the project memory only with leverage on (matchDocument)
    const questions = this.leverage() === 'off' ? [] : projectQuestions(source, state.resource);
    this.opened.set(job.path, { source, slug: job.slug, segmentDiagnostics: seg.diagnostics, state, questions: new Set(questions) });
    return { path: job.path, slug: job.slug, questions };
  }

  private leverage(): EditionConfig['match']['leverage'] {
    const { config } = this.inputs;
    return this.inputs.require === 'human' && config.match.leverage === 'fill' ? 'suggest' : config.match.leverage;
  }

  /** Matches and term-checks an opened article with the project memory's answers (held until completed), noting them. */
  start(p: string, found: MemoryAnswers): Started {
    const opening = this.opened.get(p);
    if (!opening) throw new Error(`internal: article ${p} was not opened in this batch`);
    this.opened.delete(p);
    const { config } = this.inputs;
    const { source, state } = opening;
    const leverage = this.leverage();
    const memoryLookups = new Map<string, string>();
    const answers = new Map(found);
    const asked: ProjectMemory = {
      size: answers.size,
      find: (key) => {
        if (!opening.questions.has(key)) throw new Error(`internal: ${p}: the match asked the project memory about "${key}", which the article did not ask`);
        return answers.get(key);
      },
    };
    const project = recordMemory(asked, memoryLookups);
    // no English resource at all: files that look like this article's (a renamed slug) are named
    const candidates = state.resource.exists ? [] : findResourceCandidates(config.root, config.localesDir, config.targetLanguage, source);
    const matched = matchDocument(source, state, { threshold: config.match.threshold, leverage, candidates, project, ...(this.inputs.memory ? { memory: this.inputs.memory } : {}) });
    const matchDiagnostics = [...matched.diagnostics, ...annotateTerms(this.inputs.terms(), source, matched.units, matched.resource)];
    const renderings = listRenderings(source, matched.units);
    this.held.set(p, { source, slug: opening.slug, segmentDiagnostics: opening.segmentDiagnostics, units: matched.units, matchDiagnostics, memoryLookups, renderings });
    return { path: p, segmentDiagnostics: opening.segmentDiagnostics, renderings };
  }

  /** Runs the QA checks with the answers to a started article's questions, renders and stages its files, and forgets it. */
  complete(p: string, answers: Answers): Finished {
    const held = this.held.get(p);
    if (!held) throw new Error(`internal: article ${p} was not started in this batch`);
    this.held.delete(p);
    const { source, units } = held;
    const terms = this.inputs.terms();
    this.names ??= createNameTable({ places: readPlaceNames(), words: builtinTable(), glossary: terms.glossary.entries, ...(terms.matcher.lexicon ? { isNounForm: terms.matcher.lexicon.isNounForm } : {}) });
    // the checks ask one question per rendering row; the answers received are what they get (and what
    // the result records, for a later build to ask again)
    const asked = held.renderings.map((r) => `${r[0]}\u0000${englishKey(r)}`);
    const questions = new Set(asked);
    const known = new Map<string, Rendering>(answers.map(([row, r]) => [asked[row], r]));
    const answered: TranslationLookup = {
      firstOther: (key, mine) => {
        const q = `${key}\u0000${mine}`;
        if (!questions.has(q)) throw new Error(`internal: ${p}: the checks asked about "${key}", which is no rendering of the article`);
        return known.get(q);
      },
    };
    const checkDiagnostics = checkDocument(source, units, { project: [], names: this.names, waivers: terms.waivers, translations: answered });
    const coverage = computeDocumentCoverage({ source, units });
    const ctx = { config: this.inputs.config, glossary: terms.glossary, ui: (this.ui ??= createUiStrings()) };
    const files = renderArticleFiles({ source, units }, coverage, ctx);
    const outDir = path.resolve(this.inputs.target.root, this.inputs.config.outDir);
    const stage = (f: { path: string; content: string }) => stageOutput(this.inputs.target, path.relative(outDir, path.resolve(this.inputs.target.root, f.path)), f.content);
    const pages = files.pages.map(stage);
    const exchange = files.exchange.map(stage);
    const result: Finished['result'] = {
      path: p,
      slug: held.slug,
      segmentDiagnostics: held.segmentDiagnostics,
      matchDiagnostics: held.matchDiagnostics,
      checkDiagnostics,
      memoryLookups: [...held.memoryLookups],
      translationLookups: answers.map(([row, r]) => [row, answerDigest(r)]),
      renderings: held.renderings,
      renderingsDigest: digestJson(held.renderings),
      coverage,
      indexEntry: buildIndexEntry({ source, units, coverage }, indexOutputs(this.inputs.config)),
      require: this.inputs.require ? requireStatus(units, this.inputs.require, source.path) : [],
      pages: pages.map(outputRef),
      exchange: exchange.map(outputRef),
    };
    return { result, staged: [...pages, ...exchange] };
  }
}
