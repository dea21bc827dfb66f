// pipeline/edition.yaml on disk → validated EditionConfig (or a DiglotError with file:line:col).
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';
import { readText } from '../util/read-text.js';
import { parseYamlWithSchema } from '../util/yaml-validate.js';
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
  return withDefaults(res.value, cwd, configPath);
}
