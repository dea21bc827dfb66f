// Hand-built segments and aligned units for the interchange tests (the pipeline that makes real
// ones is tested elsewhere), plus small I/O helpers.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BlockKind, InlineMarkup, Segment } from '../../src/model/document.js';
import type { AlignedUnit, UnitStatus, Suggestion } from '../../src/model/unit.js';
import type { TermHit } from '../../src/model/glossary.js';
import type { ExportDocument } from '../../src/interchange/index.js';
import type { CommandIO } from '../../src/cli/command.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(projectRoot, '../shared');
export const hasShared = fs.existsSync(sharedDir);
export const fixtures = path.join(projectRoot, 'tests/fixtures/interchange');

/** Markup shorthands used by the tests. */
export const md = {
  strong: (id: number): InlineMarkup => ({ id, type: 'strong', paired: true, open: '**', close: '**' }),
  emphasis: (id: number): InlineMarkup => ({ id, type: 'emphasis', paired: true, open: '_', close: '_' }),
  link: (id: number, url: string): InlineMarkup => ({ id, type: 'link', paired: true, open: '[', close: `](${url})`, attrs: { url } }),
  image: (id: number, alt: string, url: string): InlineMarkup => ({ id, type: 'image', paired: false, open: `![${alt}](${url})`, attrs: { alt, url } }),
  code: (id: number, code: string): InlineMarkup => ({ id, type: 'inlineCode', paired: false, open: `\`${code}\`` }),
  br: (id: number): InlineMarkup => ({ id, type: 'break', paired: false, open: '\\\n' }),
};

let counter = 0;

export interface UnitSpec {
  key: string;
  en?: string | null;
  status?: UnitStatus;
  markup?: InlineMarkup[];
  blockIndex?: number;
  block?: BlockKind;
  section?: string;
  id?: string;
  terms?: TermHit[];
  suggestion?: Suggestion;
  line?: number;
}

/** An aligned unit with a consistent segment (positions are plausible, not real). */
export function makeUnit(spec: UnitSpec): AlignedUnit {
  counter++;
  const blockIndex = spec.blockIndex ?? 0;
  const block = spec.block ?? 'paragraph';
  const section = spec.section ?? 'body';
  const id = spec.id ?? `s${counter.toString(16).padStart(8, '0')}`;
  const segment: Segment = {
    id,
    text: spec.key,
    key: spec.key,
    start: counter * 100,
    end: counter * 100 + spec.key.length,
    line: spec.line ?? counter,
    column: 1,
    block,
    blockIndex,
    section,
    markup: spec.markup ?? [],
  };
  const en = spec.en === undefined ? null : spec.en;
  const status = spec.status ?? (en === null ? 'missing' : 'translated');
  return {
    id,
    section,
    block,
    blockIndex,
    segment,
    en,
    status,
    provenance: en === null ? undefined : { kind: 'curated', file: 'locales/en/article.json', key: spec.key },
    suggestion: spec.suggestion,
    terms: spec.terms ?? [],
    diagnostics: [],
  };
}

/** One document from unit specs. */
export function makeDoc(units: UnitSpec[], over: Partial<ExportDocument> = {}): ExportDocument {
  return { path: 'locales/de/article.md', slug: 'article', sourceLang: 'de', targetLang: 'en', units: units.map(makeUnit), ...over };
}

/** A realistic little article: heading, lede with markup, a stale and a missing sentence, a caption. */
export function sampleDoc(): ExportDocument {
  return makeDoc([
    { key: 'Der Bundesrat will «mehr» Tempo', en: 'The Federal Council wants «more» speed', block: 'heading', blockIndex: 0, section: 'lede' },
    {
      key: 'Die Schweiz hat <1>heute</1> entschieden.',
      en: 'Switzerland decided <1>today</1>.',
      markup: [md.strong(1)],
      blockIndex: 1,
      section: 'lede',
      status: 'reviewed',
      terms: [{ term: 'Schweiz', surface: 'Schweiz', start: 4, end: 11, en: ['Switzerland'] }],
    },
    {
      key: 'Mehr dazu <1>hier</1> und ein Bild: <2/>',
      en: 'More <1>here</1> and a picture: <2/>',
      markup: [md.link(1, 'https://example.org/a?b=1&c=2'), md.image(2, 'Karte', 'map.png')],
      blockIndex: 1,
      section: 'lede',
    },
    {
      key: 'Der Entscheid fiel knapp aus.',
      en: null,
      status: 'stale',
      blockIndex: 2,
      suggestion: {
        de: 'Der Entscheid fiel sehr knapp aus.',
        en: 'The decision was very close.',
        score: 88,
        diff: [],
        provenance: { kind: 'orphan', file: 'locales/en/article.json', key: 'Der Entscheid fiel sehr knapp aus.' },
      },
    },
    { key: 'Kosten: 5 < 7 & «A» ]]> Ende', en: null, status: 'missing', blockIndex: 2 },
    { key: 'Foto: Keystone', en: 'Photo: Keystone', block: 'caption', blockIndex: 3 },
  ]);
}

/** True when a command exists on PATH (or as an absolute path). */
export function hasCommand(cmd: string): boolean {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0;
}

/** Fake CLI streams collecting output. */
export function fakeIO(cwd: string): { io: CommandIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdout = { write: (s: string): boolean => ((out += s), true) };
  const stderr = { write: (s: string): boolean => ((err += s), true) };
  return { io: { stdin: Readable.from([]), stdout, stderr, cwd }, out: () => out, err: () => err };
}
