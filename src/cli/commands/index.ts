// The command registry, in the order `diglot --help` lists them.
import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { coverageCommand } from './coverage.js';
import { checkCommand } from './check.js';
import { segmentCommand } from './segment.js';
import { termsCommand } from './terms.js';
import { lookupCommand } from './lookup.js';
import { glossaryCommand } from './glossary.js';
import { syncCommand } from './sync.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { alignCommand } from './align.js';

export const commands: readonly Command[] = [
  buildCommand,
  coverageCommand,
  checkCommand,
  syncCommand,
  segmentCommand,
  termsCommand,
  lookupCommand,
  glossaryCommand,
  exportCommand,
  importCommand,
  alignCommand,
];
