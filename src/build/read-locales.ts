// A build's first look at every article's locale files: the digest its cached result is checked
// against, the stat record the next build trusts (read-inputs.ts), whether it has a resource, and,
// when read, the memory rows it lends the project. Files the last build's record vouches for are not
// read; many to read, with worker threads, are shared between the threads (which give the rows too,
// and keep the files: the article's builder reads them again). An article without a resource names
// look-alike files, so the whole locales folder is part of its digest.
import type { EditionConfig } from '../config/index.js';
import { digestParts } from './digest.js';
import { filesOf, type Article } from './build-article.js';
import { describeLocaleFolders } from './locale-digest.js';
import { readLocale, readLocaleAgain, vouchedLocale, type LocaleRead, type LocaleRecord, type StampRecord } from './read-inputs.js';
import { PARALLEL_FROM, type BatchRunner } from './batch-runner.js';
import { unpackMemoryRows } from './article-result.js';

/** Sets each article's digests and re-read; returns the stat records and how many were read. */
export async function readArticleLocales(articles: readonly Article[], config: EditionConfig, last: StampRecord | undefined, workers: Pick<BatchRunner, 'readLocales'> | undefined): Promise<{ records: Record<string, LocaleRecord>; read: number }> {
  const at = { root: config.root, localesDir: config.localesDir, targetLanguage: config.targetLanguage };
  const records: Record<string, LocaleRecord> = {};
  const withoutResource: Article[] = [];
  const took = (a: Article, read: Pick<LocaleRead, 'digest' | 'record'>) => {
    a.filesDigest = a.localeDigest = read.digest;
    if (!read.record[3]) withoutResource.push(a);
    records[a.path] = read.record;
    // read again only when needed; they must still be what the digest says
    a.reread = () => readLocaleAgain(at, a.path, a.slug, a.filesDigest);
  };
  const toRead: Article[] = [];
  for (const a of articles) {
    const vouched = vouchedLocale(at, a.path, a.slug, last);
    if (vouched) took(a, vouched);
    else toRead.push(a);
  }
  if (workers && toRead.length >= PARALLEL_FROM) {
    const read = await workers.readLocales(toRead.map((a) => a.slug));
    toRead.forEach((a, k) => {
      took(a, read[k]);
      a.rows = unpackMemoryRows(a.slug, read[k].rows);
    });
  } else
    for (const a of toRead) {
      const read = readLocale(at, a.slug);
      took(a, read);
      // kept only where they may be needed: a reused article's are not (a 10,000-article project
      // whose every file is read again would hold all of them, ~250 MB, to the end of this step)
      if (!(a.cached && read.record[3] && a.cached.localeDigest === read.digest)) a.files = read.files;
    }
  if (withoutResource.length) {
    const folder = describeLocaleFolders(config, articles.map(filesOf));
    for (const a of withoutResource) a.localeDigest = digestParts([a.localeDigest, folder]);
  }
  return { records, read: toRead.length };
}
