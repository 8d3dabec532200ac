// A small timing harness for a shared, noisy machine: cases run in interleaved rounds (so a
// slow moment hits them all alike) after a warm-up, and each reports its median round.

export interface Measurement {
  readonly name: string;
  /** Median milliseconds per call. */
  readonly ms: number;
}

export const compare = (cases: Record<string, () => unknown>, { rounds = 9, budgetMs = 120 } = {}): Measurement[] => {
  const entries = Object.entries(cases);
  const perCall = entries.map(() => [] as number[]);
  for (const [, fn] of entries) for (let i = 0; i < 5; i++) fn();
  for (let r = 0; r < rounds; r++) {
    entries.forEach(([, fn], i) => {
      let calls = 0;
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < budgetMs) {
        fn();
        calls++;
        elapsed = performance.now() - start;
      }
      perCall[i]!.push(elapsed / calls);
    });
  }
  return entries.map(([name], i) => {
    const sorted = perCall[i]!.sort((a, b) => a - b);
    return { name, ms: sorted[Math.floor(sorted.length / 2)]! };
  });
};

export const row = (m: Measurement, bytes: number, baseline?: Measurement): string => {
  const mbps = bytes / 1e6 / (m.ms / 1000);
  const ratio = baseline ? `${(m.ms / baseline.ms).toFixed(1)}× baseline` : "baseline";
  return `${m.name.padEnd(38)} ${m.ms.toFixed(3).padStart(9)} ms/op ${mbps.toFixed(1).padStart(8)} MB/s   ${ratio}`;
};
