// Shared by the benchmark files: statistics and sizes. Figures are medians over several
// runs; comparisons are ratios measured side by side in one run (the machines are noisy).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}
