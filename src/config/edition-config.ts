// The run definition (pipeline/edition.yaml): its type, JSON Schema and defaults.
import type { QuotePolicy } from '../segment/types.js';

/**
 * `html`: the reader edition (publishable); `review`: the proof page for editors and translators;
 * `index`: index.html and index.json listing every article.
 */
export type OutputFormat = 'html' | 'review' | 'md' | 'json' | 'coverage' | 'tmx' | 'xliff' | 'xliff12' | 'po' | 'tbx' | 'index';

/**
 * Identical German already translated in another article of the project: `suggest` (default) offers
 * it as a 100 % match, `fill` uses it as the English (provenance memory; never under --require human),
 * `off` ignores the other articles.
 */
export type LeveragePolicy = 'suggest' | 'fill' | 'off';

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
  match: { threshold: number; memory: string[]; leverage: LeveragePolicy };
  segment: { abbreviations: string[]; rules?: string; quotes: QuotePolicy };
  /** `interface`: language of the pages' own strings (mode switch, notices, badges); see render/messages/. */
  /** `terms`: which glossary occurrences the reader page marks (entries with audience reader/both). */
  publish: { incomplete: IncompletePolicy; interface: string; terms: 'first' | 'all' | 'none' };
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
    outputs: { type: 'array', items: { enum: ['html', 'review', 'md', 'json', 'coverage', 'tmx', 'xliff', 'xliff12', 'po', 'tbx', 'index'] } },
    match: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 100 },
        memory: { type: 'array', items: { type: 'string' } },
        leverage: { enum: ['suggest', 'fill', 'off'] },
      },
    },
    segment: {
      type: 'object',
      additionalProperties: false,
      properties: {
        abbreviations: { type: 'array', items: { type: 'string', minLength: 1 } },
        rules: { type: 'string', minLength: 1 },
        quotes: { enum: ['keep', 'split'] },
      },
    },
    publish: {
      type: 'object',
      additionalProperties: false,
      properties: {
        incomplete: { enum: ['german-only', 'hide', 'mixed'] },
        // the pages' own strings exist in German and English (src/render/messages/)
        interface: { type: 'string', pattern: '^(de|en)(-[A-Za-z0-9]+)*$' },
        terms: { enum: ['first', 'all', 'none'] },
      },
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
  match?: { threshold?: number; memory?: string[]; leverage?: LeveragePolicy };
  segment?: { abbreviations?: string[]; rules?: string; quotes?: QuotePolicy };
  publish?: { incomplete?: IncompletePolicy; interface?: string; terms?: 'first' | 'all' | 'none' };
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
    match: { threshold: input.match?.threshold ?? 75, memory: input.match?.memory ?? [], leverage: input.match?.leverage ?? 'suggest' },
    segment: { abbreviations: input.segment?.abbreviations ?? [], ...(input.segment?.rules ? { rules: input.segment.rules } : {}), quotes: input.segment?.quotes ?? 'keep' },
    publish: { incomplete: input.publish?.incomplete ?? 'german-only', interface: input.publish?.interface ?? defaultInterface(input.sourceLanguage ?? 'de'), terms: input.publish?.terms ?? 'first' },
  };
}

/** The publisher's language (the source's) when the pages have strings in it, else English. */
function defaultInterface(sourceLanguage: string): string {
  return /^(de|en)\b/.test(sourceLanguage) ? sourceLanguage.split('-')[0] : 'en';
}
