// The project: the loader (the I/O edge), the stage graph over a project, rendering its outputs,
// and the one-call edition build of the library.
export { runPipeline, runGlossaryStage, type ProjectResult, type ProjectDocument, type RunOptions } from './run-pipeline.js';
export { loadProject, loadLocaleStates, loadMemory, type LoadOptions, type ProjectInputs, type DocumentLocale } from './load-project.js';
export { segmentSources } from './segment-sources.js';
export { loadTermEngine, termEngineOf, type TermEngine } from './load-glossary.js';
export { annotateTerms } from './annotate-terms.js';
export { readMemory, type LoadedMemory } from './read-memory.js';
export { expandGlobs } from '../util/expand-globs.js';
export { renderOutputs, type OutputFile } from './render-outputs.js';
export { planWaiver, type WaiverPlan, type WaiverRequest } from './plan-waiver.js';
export { buildEdition, writeEdition, type BuildEditionOptions, type Edition } from './build-edition.js';
export type { EditionWrite } from './write-edition.js';
