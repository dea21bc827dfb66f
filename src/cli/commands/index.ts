// The command registry, in the order `diglot --help` lists them. Each command module is loaded
// only when it runs, so `diglot segment` does not pay for the glossary lexicon or the XML layer.
import type { Command } from '../command.js';

export interface CommandEntry {
  name: string;
  load: () => Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  { name: 'build', load: async () => (await import('./build.js')).buildCommand },
  { name: 'coverage', load: async () => (await import('./coverage.js')).coverageCommand },
  { name: 'check', load: async () => (await import('./check.js')).checkCommand },
  { name: 'sync', load: async () => (await import('./sync.js')).syncCommand },
  { name: 'segment', load: async () => (await import('./segment.js')).segmentCommand },
  { name: 'terms', load: async () => (await import('./terms.js')).termsCommand },
  { name: 'lookup', load: async () => (await import('./lookup.js')).lookupCommand },
  { name: 'glossary', load: async () => (await import('./glossary.js')).glossaryCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
  { name: 'import', load: async () => (await import('./import.js')).importCommand },
  { name: 'align', load: async () => (await import('./align.js')).alignCommand },
  { name: 'waive', load: async () => (await import('./waive.js')).waiveCommand },
];

/** Loads every command (for the overview help). */
export async function loadAllCommands(): Promise<Command[]> {
  return Promise.all(commands.map((c) => c.load()));
}
