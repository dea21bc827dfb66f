// ProjectResult → the output files the run definition asks for (pure: paths and contents only).
import path from 'node:path';
import { computeCoverage, formatCoverageJson, type CoverageReport } from '../report/index.js';
import { renderHtmlEdition, renderJsonEdition, renderMarkdownEdition, renderReviewEdition } from '../render/index.js';
import { findIndexClash, renderIndexFiles } from '../render/index-files.js';
import { DiglotError } from '../model/diagnostic.js';
import { exportFiles, INTERCHANGE_OUTPUTS, type InterchangeOutput } from '../interchange/index.js';
import type { ProjectResult } from './run-pipeline.js';

export interface OutputFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

/**
 * Renders every configured output for every document, plus coverage.json. The pages read the term
 * hits the pipeline put on each unit (`unit.terms`); nothing is matched again here.
 */
export function renderOutputs(project: ProjectResult): { files: OutputFile[]; coverage: CoverageReport } {
  const { config } = project;
  const coverage = computeCoverage(project.documents);
  const files: OutputFile[] = [];
  const out = (name: string) => path.join(config.outDir, name);
  project.documents.forEach((doc, i) => {
    const cov = coverage.documents[i];
    const { slug } = doc.source;
    const page = {
      source: doc.source,
      units: doc.units,
      coverage: cov,
      glossary: project.glossary,
      sourceLanguage: config.sourceLanguage,
      targetLanguage: config.targetLanguage,
      policy: config.publish.incomplete,
      interfaceLanguage: config.publish.interface,
    };
    if (config.outputs.includes('html')) files.push({ path: out(`${slug}.html`), content: renderHtmlEdition({ ...page, termMarks: config.publish.terms }) });
    if (config.outputs.includes('review')) {
      const readerHref = config.outputs.includes('html') ? `${encodeURIComponent(slug)}.html` : undefined;
      files.push({ path: out(`${slug}.review.html`), content: renderReviewEdition({ ...page, ...(readerHref ? { readerHref } : {}) }) });
    }
    if (config.outputs.includes('md')) files.push({ path: out(`${slug}.md`), content: renderMarkdownEdition({ source: doc.source, units: doc.units, coverage: cov, policy: config.publish.incomplete, interfaceLanguage: config.publish.interface, targetLanguage: config.targetLanguage }) });
    if (config.outputs.includes('json')) files.push({ path: out(`${slug}.json`), content: renderJsonEdition({ source: doc.source, units: doc.units, coverage: cov, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage }) });
  });
  const interchange = config.outputs.filter((o): o is InterchangeOutput => (INTERCHANGE_OUTPUTS as readonly string[]).includes(o));
  if (interchange.length) {
    const exported = exportFiles({ documents: project.documents, glossary: project.glossary.entries, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage }, interchange);
    for (const f of exported) files.push({ path: out(f.name), content: f.content });
  }
  if (config.outputs.includes('coverage')) files.push({ path: out('coverage.json'), content: formatCoverageJson(coverage) });
  if (config.outputs.includes('index')) {
    const has = { html: config.outputs.includes('html'), review: config.outputs.includes('review'), md: config.outputs.includes('md'), json: config.outputs.includes('json') };
    const clash = findIndexClash(project.documents, has);
    if (clash) throw new DiglotError(clash);
    const index = renderIndexFiles({ documents: project.documents, coverage, outputs: has, sourceLanguage: config.sourceLanguage, targetLanguage: config.targetLanguage, interfaceLanguage: config.publish.interface });
    for (const f of index) files.push({ path: out(f.name), content: f.content });
  }
  return { files, coverage };
}
