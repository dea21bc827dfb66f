// Run definition → segmenter options: the newsroom's extra abbreviations, the quote policy and an optional SRX file.
import path from 'node:path';
import { DiglotError } from '../model/diagnostic.js';
import type { EditionConfig } from '../config/index.js';
import { loadSrx, type SegmentOptions } from '../segment/index.js';
import { decodeXml } from '../interchange/xml-encoding.js';
import { readBytes } from '../util/read-text.js';

/** Reads `segment.rules` (SRX 2.0) if configured; an unreadable or invalid file stops the run. */
export function segmentOptionsFor(config: EditionConfig): SegmentOptions {
  const opts: SegmentOptions = { lang: config.sourceLanguage.split('-')[0], abbreviations: config.segment.abbreviations, quotes: config.segment.quotes };
  const rulesFile = config.segment.rules;
  if (!rulesFile) return opts;
  // SRX is XML: decoded by its BOM / encoding declaration
  const bytes = readBytes(path.resolve(config.root, rulesFile), {
    file: rulesFile,
    label: `the segmentation rules ${rulesFile}`,
    unreadableRuleId: 'config-missing-rules',
    source: 'config',
    hint: 'fix segment.rules in the run definition (a path relative to the project root)',
  });
  const { rules, diagnostics } = loadSrx(decodeXml(bytes, rulesFile), rulesFile);
  if (diagnostics.some((d) => d.severity === 'error')) throw new DiglotError(diagnostics);
  return { ...opts, rules };
}
