// Shared helpers for benchmark scripts: timing loops and the one-line BENCH output format.
export interface Stats {
  median_ms: number;
  p95_ms: number;
  min_ms: number;
  runs: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    median_ms: round(at(0.5)),
    p95_ms: round(at(0.95)),
    min_ms: round(sorted[0] ?? NaN),
    runs: samples.length,
  };
}

/** Times fn `runs` times after `warmup` untimed calls. */
export async function measure(fn: () => unknown, runs = 50, warmup = 5): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

export function report(name: string, figures: object): void {
  console.log(`BENCH ${JSON.stringify({ name, ...figures })}`);
}
