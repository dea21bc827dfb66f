// Logistic regression for the aligner's confidence models (fitted by Newton–Raphson / IRLS with a small
// ridge) and the calibration measures the evaluation prints: log loss, Brier score and expected
// calibration error over ten equal-width score bins.

export interface Sample {
  x: number[];
  /** 1 when the bead is right (identical to a gold bead). */
  y: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A w = b for a small dense symmetric positive-definite A (Gaussian elimination with pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/** Weights [bias, ...one per feature] maximising the ridge-penalised log likelihood. */
export function fitLogistic(samples: readonly Sample[], ridge = 1e-3, iterations = 50): number[] {
  const d = (samples[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    for (const s of samples) {
      const x = [1, ...s.x];
      const p = sigmoid(x.reduce((a, v, k) => a + v * w[k], 0));
      const r = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a] += (s.y - p) * x[a];
        for (let b = 0; b < d; b++) H[a][b] += r * x[a] * x[b];
      }
    }
    for (let a = 1; a < d; a++) {
      g[a] -= ridge * w[a];
      H[a][a] += ridge;
    }
    const step = solve(H, g);
    w = w.map((v, k) => v + step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return w;
}

/** The model's probability for one feature vector. */
export function predict(w: readonly number[], x: readonly number[]): number {
  return sigmoid(w[0] + x.reduce((a, v, k) => a + v * w[k + 1], 0));
}

export interface Calibration {
  n: number;
  logLoss: number;
  brier: number;
  /** Expected calibration error: |mean score − share right|, weighted over ten score bins. */
  ece: number;
}

/** Calibration of scores (estimated probabilities of being right) against the outcomes. */
export function calibration(scored: ReadonlyArray<{ p: number; y: number }>): Calibration {
  let ll = 0;
  let brier = 0;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
  for (const { p, y } of scored) {
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
    ll -= y ? Math.log(q) : Math.log(1 - q);
    brier += (p - y) ** 2;
    const bin = bins[Math.min(9, Math.floor(p * 10))];
    bin.n++;
    bin.p += p;
    bin.y += y;
  }
  const n = scored.length;
  const ece = bins.reduce((a, b) => a + (b.n ? Math.abs(b.p - b.y) : 0), 0) / Math.max(1, n);
  return { n, logLoss: ll / Math.max(1, n), brier: brier / Math.max(1, n), ece };
}
