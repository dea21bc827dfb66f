// Run definition → segmenter options: the newsroom's extra abbreviations, the quote policy and an optional SRX file.
import fs from 'node:fs';
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import { loadSrx, type SegmentOptions } from '../segment/index.js';

/** Reads `segment.rules` (SRX 2.0) if configured; an unreadable or invalid file stops the run. */
export function segmentOptionsFor(config: EditionConfig): SegmentOptions {
  const opts: SegmentOptions = { lang: config.sourceLanguage.split('-')[0], abbreviations: config.segment.abbreviations, quotes: config.segment.quotes };
  const rulesFile = config.segment.rules;
  if (!rulesFile) return opts;
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(config.root, rulesFile), 'utf8');
  } catch {
    throw new DiglotError({ ruleId: 'config-missing-rules', severity: 'error', message: `cannot read the segmentation rules ${rulesFile}`, hint: 'fix segment.rules in the run definition (a path relative to the project root)', file: config.file, source: 'config' });
  }
  const { rules, diagnostics } = loadSrx(text, rulesFile);
  if (diagnostics.some((d) => d.severity === 'error')) throw new DiglotError(diagnostics);
  return { ...opts, rules };
}
