export { runPipeline, type ProjectResult, type ProjectDocument, type RunOptions } from './run-pipeline.js';
export { expandGlobs } from './expand-globs.js';
export { loadProjectGlossary, annotateTerms, type TermEngine } from './annotate-terms.js';
export { renderOutputs, type OutputFile } from './render-outputs.js';
export { buildEdition, writeEdition, type BuildEditionOptions, type Edition } from './build-edition.js';
