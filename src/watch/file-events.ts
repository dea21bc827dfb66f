// Paths to watch and a folder filter → add / change / unlink events of files below them (chokidar:
// recursive, new folders included, editors' rename-on-save seen as a change). The one place that
// listens to the file system; everything else gets events as plain data and can be fed fake ones.
import { watch } from 'chokidar';

/** `unlinkDir`: a folder was deleted (with whatever inputs it held). */
export type FileEventKind = 'add' | 'change' | 'unlink' | 'unlinkDir';

export interface FileEvent {
  kind: FileEventKind;
  /** Absolute path. */
  path: string;
}

export interface FileEventSource {
  /** Resolves once the initial scan is done: saves after this are reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Subscribes to file events; what `watchProject` calls (replaceable in tests). */
export type SubscribeFiles = (paths: readonly string[], skipsDir: (abs: string) => boolean, onEvent: (e: FileEvent) => void, onError: (e: Error) => void) => FileEventSource;

export const subscribeFiles: SubscribeFiles = (paths, skipsDir, onEvent, onError) => {
  const watcher = watch([...paths], {
    ignoreInitial: true,
    // follow the editor's save, not the inode: vim and others write a new file and rename it over
    atomic: true,
    ignored: (p, stats) => (stats ? stats.isDirectory() && skipsDir(p) : skipsDir(p)),
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  for (const kind of ['add', 'change', 'unlink'] as const) watcher.on(kind, (p: string) => onEvent({ kind, path: p }));
  watcher.on('unlinkDir', (p: string) => onEvent({ kind: 'unlinkDir', path: p }));
  watcher.on('error', (e: unknown) => onError(e instanceof Error ? e : new Error(String(e))));
  return { ready, close: () => watcher.close() };
};
