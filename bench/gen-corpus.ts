// Writes the build benchmark's generated project into DIR (for profiling a build by hand):
// node src/cli/run-ts.js bench/gen-corpus.ts DIR ARTICLES
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPairs, writeCorpus } from './lib/corpus.js';

const [dir, n] = process.argv.slice(2);
if (!dir || !n) {
  process.stderr.write('usage: node src/cli/run-ts.js bench/gen-corpus.ts DIR ARTICLES\n');
  process.exit(2);
}
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');
const { sentences } = writeCorpus(dir, loadPairs(shared), { articles: Number(n) });
process.stdout.write(`${dir}: ${n} articles, ${sentences} segments\n`);
