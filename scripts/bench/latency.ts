export interface LatencySummary {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
}

/** Percentiles (nearest rank) of latencies in ms, and the rate over `seconds`. */
export function summarise(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    requests: sorted.length,
    rps: Math.round(sorted.length / seconds),
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}
