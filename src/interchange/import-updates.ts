// An import plan's actions → what sync's never-lose writer applies, per document: the translations to
// merge (LocaleUpdate) and the incoming ones that lost before reaching it (duplicates in the file),
// which go straight to the orphans archive. Every incoming translation is in one of the two, except
// an unresolved conflict and an aligner's suggestion not accepted (not applied; the file still holds
// them) and one equal to what is there.
import type { OrphanRecord } from '../locale/index.js';
import type { LocaleUpdate } from '../sync/types.js';
import type { ImportAction } from './plan-import.js';

export interface DocumentImport {
  updates: LocaleUpdate[];
  archive: OrphanRecord[];
}

/** Groups the actions of an import of `file` by document path. */
export function importUpdates(actions: readonly ImportAction[], file: string): Map<string, DocumentImport> {
  const out = new Map<string, DocumentImport>();
  const slot = (doc: string): DocumentImport => {
    let s = out.get(doc);
    if (!s) out.set(doc, (s = { updates: [], archive: [] }));
    return s;
  };
  for (const a of actions) {
    const provenance = { kind: 'import' as const, file, key: a.key };
    const status = (reviewed: boolean) => (reviewed ? 'reviewed' : 'translated') as LocaleUpdate['status'];
    switch (a.kind) {
      case 'add':
        slot(a.document).updates.push({ key: a.key, en: a.after, provenance, status: status(a.reviewed) });
        break;
      // planImport compared the local English with the export's fingerprint: an update replaces the
      // local text (sync archives it as superseded)
      case 'update':
        slot(a.document).updates.push({ key: a.key, en: a.after, provenance, baseEn: a.before, status: status(a.reviewed) });
        break;
      // German that has changed since the export: sync archives it as unmatched-update (a stale suggestion)
      case 'stale':
        slot(a.document).updates.push({ key: a.key, en: a.after, provenance });
        break;
      case 'conflict':
        // --prefer file: the local text is the base, so the file's wins; --prefer local: no base,
        // so sync sees the conflict and, with prefer 'local', archives the file's text as rejected
        if (a.resolution === 'file') slot(a.document).updates.push({ key: a.key, en: a.file, provenance, baseEn: a.local });
        else if (a.resolution === 'local') slot(a.document).updates.push({ key: a.key, en: a.file, provenance });
        break;
      case 'duplicate':
        slot(a.document).archive.push({ de: a.key, en: a.after, reason: 'duplicate-import', provenance });
        break;
      // a piece of a paragraph the aligner split: only when accepted, as aligned English (never reviewed)
      case 'suggest':
        if (a.accepted) slot(a.document).updates.push({ key: a.key, en: a.after, provenance: { kind: 'align', file, key: a.paragraph }, status: 'translated' });
        break;
      case 'unchanged':
        break;
    }
  }
  return out;
}
