// The incremental build: a project's edition built and written with a per-article, content-addressed
// cache in .diglot/cache/build/, worker threads for many articles, and only changed bytes rewritten.
export { buildProject, type BuildProjectOptions, type ProjectBuild } from './build-project.js';
export { openBuildCache, CACHE_DIR, CACHE_FORMAT, type BuildCache } from './build-cache.js';
