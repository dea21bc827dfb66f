// A set of articles built in three steps (segment → match and terms → checks, render, stage), over
// inputs loaded once at the edge; the documents stay here between the steps, so the same object
// serves a single-threaded build and each worker thread of a parallel one (its messages are plain
// data). Each step runs the same stage functions as runPipeline, so both builds give the same bytes.
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { EditionConfig } from '../config/index.js';
import { findResourceCandidates, type LocaleState } from '../locale/index.js';
import type { SegmentOptions, SourceFile } from '../segment/index.js';
import { segmentDocument } from '../segment/index.js';
import { indexMemoryRows, matchDocument, type MemoryIndex, type MemoryRow, type ProjectMemory } from '../match/index.js';
import { checkDocument, createNameTable, indexRenderings, listRenderings, readPlaceNames, requireStatus, type NameTable, type RequireLevel, type RenderingRow, type TranslationLookup } from '../check/index.js';
import { builtinTable } from '../align/lexicon.js';
import { computeDocumentCoverage } from '../report/index.js';
import { buildIndexEntry } from '../render/index-model.js';
import { annotateTerms } from '../project/annotate-terms.js';
import type { TermEngine } from '../project/load-glossary.js';
import { indexOutputs, renderArticleFiles } from '../project/render-outputs.js';
import { createUiStrings, type UiStrings } from '../render/ui-text.js';
import { outputRef, stageOutput, type StagedOutput, type StageTarget } from '../project/write-edition.js';
import { recordMemory, recordTranslations, type ArticleResult } from './article-result.js';
import { digestJson } from './digest.js';
import path from 'node:path';

/** What the batch reads (loaded at the edge by the caller, or by the worker that holds the batch). */
export interface BatchInputs {
  config: EditionConfig;
  segmentOptions: SegmentOptions;
  /** The term engine, when the build checks terms (loaded on first use in a worker). */
  terms: () => TermEngine;
  memory?: MemoryIndex;
  require?: RequireLevel;
  target: StageTarget;
}

export interface Segmented {
  path: string;
  slug: string;
  diagnostics: Diagnostic[];
}

/** An article to match, with its locale state as read. */
export interface MatchJob {
  path: string;
  state: LocaleState;
}

export interface Matched {
  path: string;
  renderings: RenderingRow[];
}

/** The outputs an article staged (temp files until the build commits), with its cacheable result. */
export interface Finished {
  result: Omit<ArticleResult, 'localeDigest' | 'memoryRows'>;
  staged: StagedOutput[];
}

interface Held {
  source: SourceDocument;
  segmentDiagnostics: Diagnostic[];
  units?: AlignedUnit[];
  matchDiagnostics?: Diagnostic[];
  memoryLookups?: Map<string, string>;
}

export class ArticleBatch {
  private readonly held = new Map<string, Held>();
  private names: NameTable | undefined;
  private ui: UiStrings | undefined;
  private memory: ProjectMemory | undefined;

  constructor(private readonly inputs: BatchInputs) {}

  /** Segments sources (kept until finished). */
  segment(files: readonly SourceFile[]): Segmented[] {
    return files.map((file) => {
      const seg = segmentDocument({ path: file.path, text: file.text }, this.inputs.segmentOptions);
      this.held.set(file.path, { source: seg.document, segmentDiagnostics: seg.diagnostics });
      return { path: file.path, slug: seg.document.slug, diagnostics: seg.diagnostics };
    });
  }

  /** The project's translations for leverage (every article's memory rows, in project order); once per build. */
  setProjectMemory(rows: ReadonlyArray<readonly MemoryRow[]>): void {
    this.memory = indexMemoryRows(rows);
  }

  /** Drops articles left out of the build (an unsafe or duplicate slug). */
  drop(paths: readonly string[]): void {
    for (const p of paths) this.held.delete(p);
  }

  /** Matches and term-checks segmented articles, noting their project-memory look-ups. */
  match(jobs: readonly MatchJob[]): Matched[] {
    const { config } = this.inputs;
    const leverage = this.inputs.require === 'human' && config.match.leverage === 'fill' ? 'suggest' : config.match.leverage;
    return jobs.map((job) => {
      const held = this.mustHold(job.path);
      const lookups = new Map<string, string>();
      const project = this.memory ? recordMemory(this.memory, lookups) : undefined;
      // no English resource at all: files that look like this article's (a renamed slug) are named
      const candidates = job.state.resource.exists ? [] : findResourceCandidates(config.root, config.localesDir, config.targetLanguage, held.source);
      const matched = matchDocument(held.source, job.state, { threshold: config.match.threshold, leverage, candidates, ...(project ? { project } : {}), ...(this.inputs.memory ? { memory: this.inputs.memory } : {}) });
      const diagnostics = [...matched.diagnostics, ...annotateTerms(this.inputs.terms(), held.source, matched.units, matched.resource)];
      Object.assign(held, { units: matched.units, matchDiagnostics: diagnostics, memoryLookups: lookups });
      return { path: job.path, renderings: listRenderings(held.source, matched.units) };
    });
  }

  /**
   * Runs the QA checks against the project's renderings (every article's, in project order), renders
   * and stages each article's files, and forgets the article.
   */
  finish(paths: readonly string[], renderings: ReadonlyArray<readonly RenderingRow[]>): Finished[] {
    if (!paths.length) return []; // nothing to rebuild: the glossary is not even read
    const index = indexRenderings(renderings);
    const terms = this.inputs.terms();
    this.names ??= createNameTable({ places: readPlaceNames(), words: builtinTable(), glossary: terms.glossary.entries, ...(terms.matcher.lexicon ? { isNounForm: terms.matcher.lexicon.isNounForm } : {}) });
    return paths.map((p) => {
      const held = this.mustHold(p);
      const units = held.units!;
      const lookups = new Map<string, string>();
      const translations: TranslationLookup = recordTranslations(index, lookups);
      const checkDiagnostics = checkDocument(held.source, units, { project: [], names: this.names, waivers: terms.waivers, translations });
      const coverage = computeDocumentCoverage({ source: held.source, units });
      const ctx = { config: this.inputs.config, glossary: terms.glossary, ui: (this.ui ??= createUiStrings()) };
      const files = renderArticleFiles({ source: held.source, units }, coverage, ctx);
      const outDir = path.resolve(this.inputs.target.root, this.inputs.config.outDir);
      const stage = (f: { path: string; content: string }) => stageOutput(this.inputs.target, path.relative(outDir, path.resolve(this.inputs.target.root, f.path)), f.content);
      const pages = files.pages.map(stage);
      const exchange = files.exchange.map(stage);
      this.held.delete(p);
      const renderings = listRenderings(held.source, units);
      const result: Finished['result'] = {
        path: p,
        slug: held.source.slug,
        segmentDiagnostics: held.segmentDiagnostics,
        matchDiagnostics: held.matchDiagnostics!,
        checkDiagnostics,
        memoryLookups: [...held.memoryLookups!],
        translationLookups: [...lookups],
        renderings,
        renderingsDigest: digestJson(renderings),
        coverage,
        indexEntry: buildIndexEntry({ source: held.source, units, coverage }, indexOutputs(this.inputs.config)),
        require: this.inputs.require ? requireStatus(units, this.inputs.require, held.source.path) : [],
        pages: pages.map(outputRef),
        exchange: exchange.map(outputRef),
      };
      return { result, staged: [...pages, ...exchange] };
    });
  }

  private mustHold(p: string): Held {
    const held = this.held.get(p);
    if (!held) throw new Error(`internal: article ${p} is not in this batch`);
    return held;
  }
}
