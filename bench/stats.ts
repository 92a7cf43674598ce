/** Order statistics for the benchmark. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** The median of the ratios of paired values: a[i] / b[i] for each i. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('ratios of unpaired runs');
  return median(a.map((x, i) => x / b[i]!));
}
