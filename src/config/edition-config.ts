// The run definition (pipeline/edition.yaml): its type, JSON Schema and defaults.

export type OutputFormat = 'html' | 'md' | 'json' | 'coverage' | 'tmx' | 'xliff' | 'xliff12' | 'tbx';

/** What the edition shows for a section that is not completely translated. */
export type IncompletePolicy = 'german-only' | 'hide' | 'mixed';

export interface EditionConfig {
  /** Absolute project root (see locateProject); every relative path below resolves against it. */
  root: string;
  /** The run definition, relative to the root (how messages name it). */
  file: string;
  /** Glob patterns of German sources (Markdown), relative to the root. */
  sources: string[];
  sourceLanguage: string;
  targetLanguage: string;
  /** Directory holding `<lang>/<slug>.json` resources. */
  localesDir: string;
  glossaries: string[];
  outDir: string;
  outputs: OutputFormat[];
  match: { threshold: number; memory: string[] };
  segment: { abbreviations: string[]; rules?: string };
  publish: { incomplete: IncompletePolicy };
}

export const DEFAULT_CONFIG_PATH = 'pipeline/edition.yaml';

export const editionSchema = {
  $id: 'https://diglot.invalid/schemas/edition.json',
  type: 'object',
  additionalProperties: false,
  required: ['sources'],
  properties: {
    sources: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    sourceLanguage: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
    targetLanguage: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
    locales: { type: 'string', minLength: 1 },
    glossaries: { type: 'array', items: { type: 'string', minLength: 1 } },
    outDir: { type: 'string', minLength: 1 },
    outputs: { type: 'array', items: { enum: ['html', 'md', 'json', 'coverage', 'tmx', 'xliff', 'xliff12', 'tbx'] } },
    match: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 100 },
        memory: { type: 'array', items: { type: 'string' } },
      },
    },
    segment: {
      type: 'object',
      additionalProperties: false,
      properties: {
        abbreviations: { type: 'array', items: { type: 'string', minLength: 1 } },
        rules: { type: 'string', minLength: 1 },
      },
    },
    publish: {
      type: 'object',
      additionalProperties: false,
      properties: { incomplete: { enum: ['german-only', 'hide', 'mixed'] } },
    },
  },
} as const;

/** The config as written in YAML (before defaults). */
export interface EditionConfigInput {
  sources: string[];
  sourceLanguage?: string;
  targetLanguage?: string;
  locales?: string;
  glossaries?: string[];
  outDir?: string;
  outputs?: OutputFormat[];
  match?: { threshold?: number; memory?: string[] };
  segment?: { abbreviations?: string[]; rules?: string };
  publish?: { incomplete?: IncompletePolicy };
}

/** Applies defaults to a validated config. */
export function withDefaults(input: EditionConfigInput, root: string, file: string): EditionConfig {
  return {
    root,
    file,
    sources: input.sources,
    sourceLanguage: input.sourceLanguage ?? 'de',
    targetLanguage: input.targetLanguage ?? 'en',
    localesDir: input.locales ?? 'locales',
    glossaries: input.glossaries ?? ['glossary/*.yaml'],
    outDir: input.outDir ?? 'dist',
    outputs: input.outputs ?? ['html', 'md', 'json', 'coverage'],
    match: { threshold: input.match?.threshold ?? 75, memory: input.match?.memory ?? [] },
    segment: { abbreviations: input.segment?.abbreviations ?? [], ...(input.segment?.rules ? { rules: input.segment.rules } : {}) },
    publish: { incomplete: input.publish?.incomplete ?? 'german-only' },
  };
}
