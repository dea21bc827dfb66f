// A document whose English resource is missing → the resource files in its locale directories that
// look like they belong to it (after a slug change, a typo in the file name): its sidecar names
// the article, its keys are the article's sentences, or its name is close to the slug.
import fs from 'node:fs';
import path from 'node:path';
import type { SourceDocument } from '../model/document.js';
import { editDistance } from '../util/edit-distance.js';
import { isCompanionName, localeDirs, localePaths } from './paths.js';

export interface ResourceCandidate {
  /** Path relative to the project root. */
  file: string;
  /** Why it looks like this document's resource, for the message. */
  reason: string;
  score: number;
}

/** The likely resources of `doc` among the locale files, best first (at most three). */
export function findResourceCandidates(root: string, localesDir: string, lang: string, doc: SourceDocument): ResourceCandidate[] {
  const keys = new Set(doc.segments.map((s) => s.key));
  const out: ResourceCandidate[] = [];
  for (const dir of localeDirs(localesDir, lang)) {
    for (const name of listResources(path.resolve(root, dir))) {
      const file = path.join(dir, name).split(path.sep).join('/');
      const slug = name.slice(0, -'.json'.length);
      const reasons: string[] = [];
      let score = 0;
      const companions = localePaths(path.join(dir, name), localesDir);
      // the sidecar in the companion store, or an old-layout one still beside the resource
      const sidecar = [companions.sidecar, companions.legacy.sidecar].find((f) => sidecarSource(path.resolve(root, f)) === doc.path);
      if (sidecar !== undefined) {
        reasons.push(`its sidecar ${sidecar.split(path.sep).join('/')} records ${doc.path} as its source`);
        score += 3;
      }
      const shared = sharedKeys(path.resolve(root, file), keys);
      if (shared.count > 0 && shared.count * 2 >= Math.min(shared.total, keys.size)) {
        reasons.push(`${shared.count} of its ${shared.total} keys are sentences of this article`);
        score += 2 + shared.count / Math.max(1, keys.size);
      }
      const distance = editDistance(slug, doc.slug, 3);
      if (distance <= Math.max(1, Math.floor(doc.slug.length / 5))) {
        reasons.push(`its name is close to the slug "${doc.slug}"`);
        score += 1;
      }
      if (reasons.length) out.push({ file, reason: reasons.join('; '), score });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.file.localeCompare(b.file)).slice(0, 3);
}

/** Resource file names in a directory (not old-layout archives or sidecars). */
function listResources(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json') && !isCompanionName(n) && !n.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function sidecarSource(file: string): string | undefined {
  const v = readJson(file) as { source?: unknown } | undefined;
  return typeof v?.source === 'string' ? v.source : undefined;
}

function sharedKeys(file: string, keys: ReadonlySet<string>): { count: number; total: number } {
  const v = readJson(file);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { count: 0, total: 0 };
  const own = Object.keys(v);
  return { count: own.filter((k) => keys.has(k)).length, total: own.length };
}
