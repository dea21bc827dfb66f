export { runPipeline, type ProjectResult, type ProjectDocument, type RunOptions } from './run-pipeline.js';
export { expandGlobs } from '../util/expand-globs.js';
export { loadProjectGlossary, annotateTerms, type TermEngine } from './annotate-terms.js';
export { renderOutputs, type OutputFile } from './render-outputs.js';
export { planWaiver, type WaiverPlan, type WaiverRequest } from './plan-waiver.js';
export { buildEdition, writeEdition, type BuildEditionOptions, type Edition } from './build-edition.js';
export type { EditionWrite } from './write-edition.js';
