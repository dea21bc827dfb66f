// Progress of long work as data: a stage name and how far it got. The core calls an optional
// `onProgress` callback with these; only the CLI decides whether (and how) to draw them.

export interface Progress {
  /** What is being done: `read`, `match`, `render`, `write`, `export`, `import`, … */
  stage: string;
  /** Items of this stage finished so far (0 ≤ done ≤ total). */
  done: number;
  total: number;
}

export type ProgressCallback = (progress: Progress) => void;
