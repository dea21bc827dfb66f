// `diglot serve`: build, watch and rebuild like `build --watch`, and serve outDir on 127.0.0.1 with
// live reload (the open pages reload after each rebuild, or show a failed build's messages).
import path from 'node:path';
import { flagOpt, listOpt, numberOpt, stringOpt, type Command } from '../command.js';
import { CONFIG_OPTION, MEMORY_OPTION } from '../project-options.js';
import { loadConfig, locateProject } from '../../config/index.js';
import { displayPaths } from '../print-diagnostics.js';

export const DEFAULT_PORT = 4180;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'preview the edition: build, rebuild on save and serve outDir on 127.0.0.1 with live reload',
  usage: ['serve [--port N] [--host ADDRESS] [--config FILE] [--memory PATH]… [--quiet]'],
  options: [
    { name: 'port', type: 'string', short: 'p', value: 'N', description: `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)` },
    { name: 'host', type: 'string', value: 'ADDRESS', description: 'address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 shares the preview with the network)' },
    CONFIG_OPTION,
    MEMORY_OPTION,
    { name: 'quiet', type: 'boolean', short: 'q', description: 'print errors and the address only' },
  ],
  positionals: { min: 0, max: 0 },
  details:
    'Builds like `diglot build --watch` (one line per rebuild; an invalid save keeps the last good output) and\n' +
    'serves the files of outDir. Open pages reload after each rebuild and show a failed build\'s messages\n' +
    '(file:line:col) in an overlay until the next good one. The files on disk stay as `diglot build` writes\n' +
    'them: the live-reload script is added to HTML responses only, with its hash in the page\'s CSP.\n' +
    'Exit 0 on Ctrl-C · 2: no project, or the port is in use (serve-port-in-use) or cannot be used.',
  async run(args, io) {
    const quiet = flagOpt(args, 'quiet');
    const port = numberOpt(args, 'port', { min: 0, max: 65535, integer: true, what: 'a port number from 0 to 65535' }) ?? DEFAULT_PORT;
    const host = stringOpt(args, 'host') ?? '127.0.0.1';
    const config = stringOpt(args, 'config');
    const memory = listOpt(args, 'memory');
    const { root } = locateProject(io.cwd, config);
    let outDir = path.resolve(root, tryOutDir(io.cwd, config) ?? 'dist');
    const { startPreviewServer, failureReport, isLoopback } = await import('../../serve/index.js');
    const { runWatchSession } = await import('../watch-session.js');
    // listen before the first build: a busy port is said at once, not after a long build
    const server = await startPreviewServer({ outDir: () => outDir, host, port });
    try {
      io.stdout.write(`serving ${path.relative(io.cwd, outDir) || '.'} at ${server.url} (live reload on)\n`);
      if (!isLoopback(host)) io.stderr.write(`diglot serve: listening on ${host}: other machines on the network can read the preview\n`);
      let failedBefore = false;
      return await runWatchSession(io, {
        quiet,
        ...(config ? { config } : {}),
        ...(memory.length ? { memory } : {}),
        onRebuild: (r, base) => {
          if (r.ok) {
            outDir = path.resolve(r.config.root, r.config.outDir);
            server.events.publish(r.changed.length || failedBefore ? { kind: 'reload' } : { kind: 'built' });
          } else {
            server.events.publish({ kind: 'failed', report: failureReport(displayPaths(r.diagnostics, base), r.kept, r.internal) });
          }
          failedBefore = !r.ok;
        },
      });
    } finally {
      await server.close();
    }
  },
};

function tryOutDir(cwd: string, config?: string): string | undefined {
  try {
    return loadConfig(cwd, config).outDir;
  } catch {
    return undefined;
  }
}
