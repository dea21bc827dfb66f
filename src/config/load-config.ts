// The current directory (and an optional --config path) → the project root and its validated run
// definition (EditionConfig), or a DiglotError with file:line:col. Without --config the project is
// found by walking up to the nearest pipeline/edition.yaml, as git, eslint and tsc find theirs.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError, type Place } from '../model/diagnostic.js';
import { readText } from '../util/read-text.js';
import { nodeRange, parseYamlWithSchema } from '../util/yaml-validate.js';
import { clipMiddle } from '../util/clip.js';
import { findOutputOverlaps } from './check-overlaps.js';
import { DEFAULT_CONFIG_PATH, editionSchema, withDefaults, type EditionConfig, type EditionConfigInput } from './edition-config.js';

/** Where a project is: its root directory and its run definition. */
export interface ProjectLocation {
  /** Absolute project root; every relative path in the run definition resolves against it. */
  root: string;
  /** The run definition, relative to the root with `/` separators (how messages name it). */
  file: string;
}

/**
 * The nearest directory at or above `from` that holds pipeline/edition.yaml. The search stops at a
 * repository root (a directory with `.git`), so a project never picks up a stray file above its repository.
 */
export function findProjectRoot(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    if (isFile(path.join(dir, DEFAULT_CONFIG_PATH))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/**
 * The project a command works on. With `configPath` (relative to `cwd`, as typed) the root is the
 * directory above the file's `pipeline/` folder when it lies in one (pipeline/ci.yaml), and otherwise
 * the directory that holds the file; without it, the nearest pipeline/edition.yaml at or above `cwd`.
 */
export function locateProject(cwd: string, configPath?: string): ProjectLocation {
  if (configPath !== undefined) {
    const abs = path.resolve(cwd, configPath);
    if (!isFile(abs)) {
      throw new DiglotError({
        ruleId: 'config-missing',
        severity: 'error',
        message: `cannot read the run definition ${configPath}: ${fs.existsSync(abs) ? 'not a file' : 'no such file'}`,
        hint: `--config takes a path relative to the current directory (${cwd})`,
        file: configPath,
        source: 'config',
      });
    }
    const dir = path.dirname(abs);
    const root = path.basename(dir) === 'pipeline' ? path.dirname(dir) : dir;
    return { root, file: path.relative(root, abs).split(path.sep).join('/') };
  }
  const root = findProjectRoot(cwd);
  if (root === undefined) {
    throw new DiglotError({
      ruleId: 'config-missing',
      severity: 'error',
      message: `no ${DEFAULT_CONFIG_PATH} in ${path.resolve(cwd)} or any directory above it: this is not a diglot project`,
      hint: 'run `diglot init` to start a project here, or pass --config FILE',
      source: 'config',
    });
  }
  return { root, file: DEFAULT_CONFIG_PATH };
}

/** Reads and validates the run definition of the project at or above `cwd` (or the one `configPath` names). */
export function loadConfig(cwd: string, configPath?: string): EditionConfig {
  const { root, file } = locateProject(cwd, configPath);
  const text = readText(path.join(root, file), {
    file,
    label: `the run definition ${file}`,
    unreadableRuleId: 'config-missing',
    source: 'config',
    hint: 'check the file and its permissions',
  });
  const res = parseYamlWithSchema<EditionConfigInput>(text, file, editionSchema, {
    syntax: 'config-invalid-yaml',
    unknownKey: 'config-unknown-key',
    invalid: 'config-invalid',
    missing: { sources: 'config-missing-sources' },
  }, 'config', 'edition');
  if (!res.value) throw new DiglotError(res.diagnostics);
  const config = withDefaults(res.value, root, file);
  const overlaps = findOutputOverlaps(path.resolve(root, config.outDir), config);
  if (overlaps.length) {
    // point at outDir when it is written, else at the key it collides with
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const placeOf = (key: string): Place | undefined => {
      const range = res.doc.has(key.split('.')[0]) ? nodeRange(res.doc, key.split('.')) : undefined;
      return range ? { start: res.lines.pointAt(range[0] + bom), end: res.lines.pointAt(range[1] + bom) } : undefined;
    };
    throw new DiglotError(overlaps.slice(0, 3).map((o) => {
      const place = placeOf('outDir') ?? placeOf(o.key === 'config' ? 'outDir' : o.key);
      return {
        ruleId: 'config-outdir-overlaps',
        severity: 'error' as const,
        message: `outDir "${clipMiddle(config.outDir, 120)}" ${o.description}; building would overwrite what diglot reads`,
        hint: 'give outDir a folder of its own, e.g. `outDir: dist`, that holds no sources, locales, glossaries or configuration',
        file,
        ...(place ? { place } : {}),
        source: 'config',
      };
    }));
  }
  return config;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
