// pipeline/edition.yaml on disk → validated EditionConfig (or a DiglotError with file:line:col).
import path from 'node:path';
import { DiglotError, type Place } from '../model/diagnostic.js';
import { readText } from '../util/read-text.js';
import { nodeRange, parseYamlWithSchema } from '../util/yaml-validate.js';
import { clipMiddle } from '../util/clip.js';
import { findOutputOverlaps } from './check-overlaps.js';
import { DEFAULT_CONFIG_PATH, editionSchema, withDefaults, type EditionConfig, type EditionConfigInput } from './edition-config.js';

/**
 * Reads and validates the run definition. The project root is the directory the command runs in
 * (`cwd`); paths in the config are relative to it, the way `npm run edition` is used.
 */
export function loadConfig(cwd: string, configPath: string = DEFAULT_CONFIG_PATH): EditionConfig {
  const text = readText(path.resolve(cwd, configPath), {
    file: configPath,
    label: `the run definition ${configPath}`,
    unreadableRuleId: 'config-missing',
    source: 'config',
    hint: `run diglot in the project root, or pass --config PATH (default ${DEFAULT_CONFIG_PATH})`,
  });
  const res = parseYamlWithSchema<EditionConfigInput>(text, configPath, editionSchema, {
    syntax: 'config-invalid-yaml',
    unknownKey: 'config-unknown-key',
    invalid: 'config-invalid',
    missing: { sources: 'config-missing-sources' },
  }, 'config');
  if (!res.value) throw new DiglotError(res.diagnostics);
  const config = withDefaults(res.value, cwd, configPath);
  const overlaps = findOutputOverlaps(path.resolve(cwd, config.outDir), config);
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
        file: configPath,
        ...(place ? { place } : {}),
        source: 'config',
      };
    }));
  }
  return config;
}
