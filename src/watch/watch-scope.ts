// A run definition (or only the project root, while the run definition cannot be read) → which paths
// a build reads: the filter `--watch` applies to file events, and the folders it never descends into.
// Pure: decides on path strings, touches no file.
import path from 'node:path';
import type { EditionConfig } from '../config/index.js';
import { globMatches } from '../util/expand-globs.js';
import { COMPANION_DIR } from '../locale/index.js';

export interface WatchScope {
  /** Absolute project root. */
  root: string;
  /** Absolute paths to watch: the root, and translation memories that lie outside it. */
  paths: string[];
  /** True for a folder (absolute) not worth watching: outDir, `.git`, `node_modules`, hidden folders (but `.diglot/locales`). */
  skipsDir(abs: string): boolean;
  /** True when a change of this file (absolute) can change the build's result. */
  isInput(abs: string): boolean;
}

/** Folders no build reads from; watching them would only cost inotify watches. */
const NEVER = new Set(['.git', 'node_modules']);

/**
 * The scope of a project. Without a config (the run definition is missing or broken) every file
 * outside outDir-like folders counts, so the save that repairs the run definition still rebuilds.
 * `memory` are the extra `--memory` paths, absolute.
 */
export function watchScope(root: string, configFile: string, config: EditionConfig | undefined, memory: readonly string[] = []): WatchScope {
  const abs = (p: string) => path.resolve(root, p);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const outDir = config ? abs(config.outDir) : undefined;
  const memories = [...(config?.match.memory ?? []).map(abs), ...memory.map((m) => path.resolve(m))];
  const companions = abs(COMPANION_DIR);
  const inside = (p: string, dir: string) => p === dir || p.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  const skipsDir = (p: string) => {
    if (outDir && inside(p, outDir)) return true;
    if (p === abs(configFile) || inside(abs(configFile), p)) return false;
    if (memories.some((m) => inside(p, m))) return false;
    // the companion store (sidecars, archives) is read by every build; `.diglot/cache/` is not
    if (config && (p === companions || inside(p, companions) || inside(companions, p))) return false;
    // any folder below a hidden one too: `.diglot/` is descended into for its locales, not its cache
    return p !== root && rel(p).split('/').some((part) => NEVER.has(part) || (part.startsWith('.') && part !== '..'));
  };
  const isInput = (p: string): boolean => {
    const name = path.basename(p);
    // diglot's own temporary files and locks (sync, the file-set journal) are not edits
    if (name.startsWith('.diglot-') || name.endsWith('.lock')) return false;
    if (outDir && inside(p, outDir)) return false;
    if (p === abs(configFile)) return true;
    if (memories.some((m) => inside(p, m))) return true;
    if (!config) return !rel(p).split('/').some((part) => NEVER.has(part) || part.startsWith('.'));
    const r = rel(p);
    if (r.startsWith('../')) return false;
    if (config.sources.some((g) => globMatches(relativePattern(root, g), r))) return true;
    if (config.glossaries.some((g) => globMatches(relativePattern(root, g), r))) return true;
    if (config.segment.rules && p === abs(config.segment.rules)) return true;
    // resources (and old-layout archives and sidecars): <locales>/<lang>/<slug>[.orphans|.diglot].json;
    // archives and sidecars: .diglot/locales/<lang>/<slug>.(orphans|diglot).json
    return (inside(p, abs(config.localesDir)) || inside(p, companions)) && name.endsWith('.json');
  };
  const outside = memories.filter((m) => !inside(m, root));
  return { root, paths: [root, ...new Set(outside)], skipsDir, isInput };
}

/** A pattern as the glob matcher wants it: relative to the root, `/`-separated. */
function relativePattern(root: string, pattern: string): string {
  const slashed = pattern.replace(/\\/g, '/');
  return path.isAbsolute(slashed) ? path.relative(root, slashed).split(path.sep).join('/') : path.posix.normalize(slashed);
}
