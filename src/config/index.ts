export { loadConfig, locateProject, findProjectRoot, type ProjectLocation } from './load-config.js';
export { DEFAULT_CONFIG_PATH, editionSchema, withDefaults, type EditionConfig, type EditionConfigInput, type OutputFormat, type IncompletePolicy, type LeveragePolicy } from './edition-config.js';
