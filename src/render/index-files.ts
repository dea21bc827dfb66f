// The project's documents, their coverage and the run definition's languages and outputs → the
// index output's two files (`index.html`, `index.json`), or the diagnostic of an article whose own
// pages would take those names. Pure: names and contents only.
import type { Diagnostic } from '../model/diagnostic.js';
import type { Counts, CoverageReport } from '../report/index.js';
import { buildIndexEntries, renderIndexJson, type IndexDocument, type IndexEntry, type IndexOutputs } from './index-model.js';
import { renderIndexPage } from './index-page.js';
import type { UiStrings } from './ui-text.js';

export interface IndexFilesInput {
  documents: ReadonlyArray<Omit<IndexDocument, 'coverage'>>;
  coverage: CoverageReport;
  outputs: IndexOutputs;
  sourceLanguage: string;
  targetLanguage: string;
  interfaceLanguage?: string;
}

/** The names the index output writes into outDir. */
export const INDEX_FILES = ['index.html', 'index.json'] as const;

/** `index.html` and `index.json` (in that order). */
export function renderIndexFiles(input: IndexFilesInput): Array<{ name: string; content: string }> {
  const documents = input.documents.map((d, i) => ({ ...d, coverage: input.coverage.documents[i] }));
  return renderIndexEntries({ ...input, entries: buildIndexEntries(documents, input.outputs), total: input.coverage.total });
}

export interface IndexEntriesInput {
  /** Sorted as buildIndexEntries / sortIndexEntries sort them. */
  entries: readonly IndexEntry[];
  total: Counts;
  sourceLanguage: string;
  targetLanguage: string;
  interfaceLanguage?: string;
  ui?: UiStrings;
}

/** The index files from entries already built (an incremental build keeps one per document). */
export function renderIndexEntries(input: IndexEntriesInput): Array<{ name: string; content: string }> {
  const { entries } = input;
  const sources = new Set(entries.map((e) => e.source));
  const publication = sources.size === 1 ? [...sources][0] : null;
  const common = { entries, total: input.total, sourceLanguage: input.sourceLanguage, targetLanguage: input.targetLanguage };
  return [
    { name: INDEX_FILES[0], content: renderIndexPage({ ...common, ...(input.interfaceLanguage ? { interfaceLanguage: input.interfaceLanguage } : {}), ...(publication ? { publication } : {}), ...(input.ui ? { ui: input.ui } : {}) }) },
    { name: INDEX_FILES[1], content: renderIndexJson(common) },
  ];
}

/**
 * An article with the slug `index` would write its reader page or JSON over the index's files: the
 * build stops (`index-slug-clash`) rather than let one silently replace the other.
 */
export function findIndexClash(documents: ReadonlyArray<{ source: { slug: string; path: string } }>, outputs: IndexOutputs): Diagnostic | undefined {
  const doc = documents.find((d) => d.source.slug === 'index');
  if (!doc || !(outputs.html || outputs.json)) return undefined;
  return {
    ruleId: 'index-slug-clash',
    severity: 'error',
    message: `the article's slug "index" would write ${outputs.html ? 'index.html' : 'index.json'}, which the index output writes too`,
    hint: 'give the article another slug: in its front matter (e.g. slug: index-article), or drop index from outputs',
    file: doc.source.path,
    source: 'render',
  };
}
