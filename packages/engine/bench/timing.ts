/** Median and p99 of repeated runs, in milliseconds. */
export interface Timing {
  runs: number;
  median: number;
  p99: number;
}

/**
 * Runs `question` once to warm up, then `runs` times, calling `beforeEach` (e.g. clearing
 * caches) outside the timed part. Returns the timing and the last answer.
 */
export async function timeRuns<T>(
  runs: number,
  question: () => Promise<T> | T,
  beforeEach: () => void = () => undefined,
): Promise<{ timing: Timing; answer: T }> {
  let answer = await question();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    beforeEach();
    const start = performance.now();
    answer = await question();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    timing: {
      runs,
      median: times[Math.floor(times.length / 2)]!,
      p99: times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!,
    },
    answer,
  };
}

export const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(2)} ms`;

export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
