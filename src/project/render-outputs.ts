// ProjectResult → the output files the run definition asks for (pure: paths and contents only). Split
// in two so an incremental build renders only the articles that changed: an article's own files
// (pages, its interchange files) and the project's files (coverage.json, the index, glossary.tbx),
// which are computed from per-article data an incremental build keeps (coverage, index entries).
import path from 'node:path';
import { computeDocumentCoverage, combineCoverage, formatCoverageJsonParts, type CoverageReport, type DocumentCoverage } from '../report/index.js';
import { renderHtmlEdition, renderJsonEdition, renderMarkdownEdition, renderReviewEdition } from '../render/index.js';
import { buildIndexEntry, sortIndexEntries, type IndexEntry, type IndexOutputs } from '../render/index-model.js';
import { findIndexClash, renderIndexEntries } from '../render/index-files.js';
import { createUiStrings, type UiStrings } from '../render/ui-text.js';
import { DiglotError } from '../model/diagnostic.js';
import type { Glossary } from '../model/glossary.js';
import type { SourceDocument } from '../model/document.js';
import type { AlignedUnit } from '../model/unit.js';
import type { EditionConfig } from '../config/index.js';
import { exportFiles, INTERCHANGE_OUTPUTS, type InterchangeOutput } from '../interchange/index.js';
import type { ProjectResult } from './run-pipeline.js';

export interface OutputFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

/** What rendering needs of the project besides the article: the run definition and the glossary. */
export interface RenderContext {
  config: EditionConfig;
  glossary: Glossary;
  /** The pages' own strings, loaded once for all pages of a build. */
  ui?: UiStrings;
}

/** One article's files: its pages (in `outputs` order) and its interchange files (one per format). */
export interface ArticleFiles {
  pages: OutputFile[];
  exchange: OutputFile[];
}

/**
 * Renders every configured output for every document, plus coverage.json. The pages read the term
 * hits the pipeline put on each unit (`unit.terms`); nothing is matched again here.
 */
export function renderOutputs(project: ProjectResult): { files: OutputFile[]; coverage: CoverageReport } {
  const ctx: RenderContext = { config: project.config, glossary: project.glossary, ui: createUiStrings() };
  const coverage = combineCoverage(project.documents.map(computeDocumentCoverage));
  const perArticle = project.documents.map((doc, i) => renderArticleFiles(doc, coverage.documents[i], ctx));
  const has = indexOutputs(ctx.config);
  const entries = project.documents.map((doc, i) => buildIndexEntry({ ...doc, coverage: coverage.documents[i] }, has));
  const files = [
    ...perArticle.flatMap((a) => a.pages),
    ...orderExchange(perArticle.map((a) => a.exchange), ctx.config),
    ...renderProjectFiles(ctx, { coverage, entries, slugs: project.documents.map((d) => d.source) }),
  ];
  return { files, coverage };
}

/** The outputs of the run definition that the index links to. */
export function indexOutputs(config: Pick<EditionConfig, 'outputs'>): IndexOutputs {
  return { html: config.outputs.includes('html'), review: config.outputs.includes('review'), md: config.outputs.includes('md'), json: config.outputs.includes('json') };
}

/** One article's pages and interchange files. */
export function renderArticleFiles(doc: { source: SourceDocument; units: AlignedUnit[] }, cov: DocumentCoverage, ctx: RenderContext): ArticleFiles {
  const { config } = ctx;
  const out = (name: string) => path.join(config.outDir, name);
  const { slug } = doc.source;
  const page = {
    source: doc.source,
    units: doc.units,
    coverage: cov,
    glossary: ctx.glossary,
    sourceLanguage: config.sourceLanguage,
    targetLanguage: config.targetLanguage,
    policy: config.publish.incomplete,
    interfaceLanguage: config.publish.interface,
    ...(ctx.ui ? { ui: ctx.ui } : {}),
  };
  const pages: OutputFile[] = [];
  if (config.outputs.includes('html')) pages.push({ path: out(`${slug}.html`), content: renderHtmlEdition({ ...page, termMarks: config.publish.terms }) });
  if (config.outputs.includes('review')) {
    const readerHref = config.outputs.includes('html') ? `${encodeURIComponent(slug)}.html` : undefined;
    pages.push({ path: out(`${slug}.review.html`), content: renderReviewEdition({ ...page, ...(readerHref ? { readerHref } : {}) }) });
  }
  if (config.outputs.includes('md')) pages.push({ path: out(`${slug}.md`), content: renderMarkdownEdition({ source: doc.source, units: doc.units, coverage: cov, policy: config.publish.incomplete, interfaceLanguage: config.publish.interface, targetLanguage: config.targetLanguage, ...(ctx.ui ? { ui: ctx.ui } : {}) }) });
  if (config.outputs.includes('json')) pages.push({ path: out(`${slug}.json`), content: renderJsonEdition({ source: doc.source, units: doc.units, coverage: cov, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage }) });
  const formats = perArticleFormats(config);
  const exchange = formats.length
    ? exportFiles({ documents: [doc], glossary: ctx.glossary.entries, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage }, formats).map((f) => ({ path: out(f.name), content: f.content }))
    : [];
  return { pages, exchange };
}

/**
 * Interchange files (or what stands for them) grouped by format, then in document order — as one
 * export of all documents writes them; each article's list has one entry per format, in `outputs` order.
 */
export function orderExchange<T>(perArticle: ReadonlyArray<readonly T[]>, config: Pick<EditionConfig, 'outputs'>): T[] {
  return perArticleFormats(config).flatMap((_, k) => perArticle.flatMap((files) => (files[k] ? [files[k]] : [])));
}

/** A project file: its path and its text in parts (to be read once). */
export interface ProjectFile {
  path: string;
  parts: Iterable<string>;
}

/** The project's own files: glossary.tbx, coverage.json and the index (from per-article results). */
export function renderProjectFiles(ctx: RenderContext, input: ProjectFilesInput): OutputFile[] {
  return [...renderProjectParts(ctx, input)].map((f) => ({ path: f.path, content: [...f.parts].join('') }));
}

type ProjectFilesInput = { coverage: CoverageReport; entries: readonly IndexEntry[]; slugs: ReadonlyArray<{ slug: string; path: string }> };

/**
 * renderProjectFiles one file at a time, coverage.json in parts: a build stages each before the next
 * is rendered, and writes coverage.json part by part (for 10,000 articles it is some 40 MB, the
 * index another 15).
 */
export function* renderProjectParts(ctx: RenderContext, input: ProjectFilesInput): Generator<ProjectFile> {
  const { config } = ctx;
  const out = (name: string) => path.join(config.outDir, name);
  const whole = (p: string, content: string): ProjectFile => ({ path: p, parts: [content] });
  if (config.outputs.includes('tbx')) {
    for (const f of exportFiles({ documents: [], glossary: ctx.glossary.entries, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage }, ['tbx'])) yield whole(out(f.name), f.content);
  }
  if (config.outputs.includes('coverage')) yield { path: out('coverage.json'), parts: formatCoverageJsonParts(input.coverage) };
  if (config.outputs.includes('index')) {
    const has = indexOutputs(config);
    const clash = findIndexClash(input.slugs.map((source) => ({ source })), has);
    if (clash) throw new DiglotError(clash);
    const index = renderIndexEntries({ entries: sortIndexEntries(input.entries), total: input.coverage.total, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage, interfaceLanguage: config.publish.interface, ...(ctx.ui ? { ui: ctx.ui } : {}) });
    for (const f of index) yield whole(out(f.name), f.content);
  }
}

/** The interchange formats written once per article (TBX is the glossary's, written once per project). */
function perArticleFormats(config: Pick<EditionConfig, 'outputs'>): InterchangeOutput[] {
  return config.outputs.filter((o): o is InterchangeOutput => (INTERCHANGE_OUTPUTS as readonly string[]).includes(o) && o !== 'tbx');
}
