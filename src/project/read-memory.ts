// Memory paths of the run definition (`match.memory`, `--memory`) → one MemoryIndex over their
// entries, read once per run at the edge (the match stage gets the index as data). A directory
// contributes its `*.json` resources and `*.orphans.json` archives (sidecars are skipped); a file
// may also be TMX or XLIFF. A broken memory file is a warning: it must not stop the build.
import type { RuleId } from '../model/rules.js';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { readInterchange } from '../interchange/read-interchange.js';
import { DiglotError } from '../model/diagnostic.js';
import { parseOrphans, parseResource } from '../locale/index.js';
import { MemoryIndex } from '../match/index.js';
import { readBytes, readText } from '../util/read-text.js';

export interface LoadedMemory {
  index: MemoryIndex;
  /** Files read, relative to the root. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Reads the memory files of the given paths (relative to `root`) into one index. */
export function readMemory(root: string, paths: readonly string[]): LoadedMemory {
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(root, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      diagnostics.push({ ruleId: 'memory-not-found', severity: 'warning', message: `translation memory "${p}" does not exist`, hint: 'check match.memory in the run definition (or --memory)', source: 'match' });
      continue;
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) {
        if (name.endsWith('.json') && !name.endsWith('.diglot.json') && !name.startsWith('.')) files.push(path.join(p, name));
      }
    } else files.push(p);
  }
  const memory = buildMemory(root, files);
  return { ...memory, diagnostics: [...diagnostics, ...memory.diagnostics] };
}

/** A resource's findings, reported as what they are here: a memory file that is skipped, not a broken resource. */
const MEMORY_RULE: Partial<Record<RuleId, RuleId>> = {
  'resource-invalid-json': 'memory-invalid-json',
  'resource-not-an-object': 'memory-not-an-object',
  'resource-non-string-value': 'memory-non-string-value',
  'resource-duplicate-key': 'memory-duplicate-key',
};

function buildMemory(root: string, files: string[]): LoadedMemory {
  const index = new MemoryIndex();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const abs = path.resolve(root, file);
    const opts = { file, unreadableRuleId: 'memory-not-found' as const, source: 'match' };
    let text: string;
    try {
      if (/\.(tmx|xlf|xliff)$/i.test(file)) {
        // XML declares its own encoding (ISO-8859-1, UTF-16 …): decoded by the interchange reader
        const read = readInterchange(readBytes(abs, opts), file);
        diagnostics.push(...read.diagnostics);
        for (const u of read.units) if (u.target) index.add({ de: u.source, en: u.target, provenance: { kind: 'memory', file, key: u.source } });
        continue;
      }
      text = readText(abs, opts);
    } catch (e) {
      // a broken memory file must not stop the build of another document: warn and skip it
      if (!(e instanceof DiglotError)) throw e;
      diagnostics.push(...e.diagnostics.map((d) => ({ ...d, severity: 'warning' as const })));
      continue;
    }
    if (file.endsWith('.orphans.json')) {
      const parsed = parseOrphans(text, file);
      diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, severity: 'warning' as const })));
      for (const r of parsed.records) index.add({ de: r.de, en: r.en, provenance: { kind: 'memory', file, key: r.de } });
    } else {
      const parsed = parseResource(text, file);
      // a broken memory file must not stop the build of another document: warn and skip it
      diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, ruleId: MEMORY_RULE[d.ruleId] ?? d.ruleId, severity: 'warning' as const })));
      for (const [de, en] of parsed.entries) if (en.trim()) index.add({ de, en, provenance: { kind: 'memory', file, key: de } });
    }
  }
  return { index, files, diagnostics };
}
