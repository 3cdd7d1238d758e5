import { SingleBar } from 'cli-progress';
import type { CliIo } from '../io';
import { formatCount } from './numbers';

/** Reports how far a long task has come. */
export interface Progress<T> {
  update(state: T): void;
  stop(): void;
}

/** What a progress line shows: how much is done of what total, and how many items so far. */
interface Reading {
  done: number;
  /** Null when the total is not known (a stream): the line then has no bar and no ETA. */
  total: number | null;
  items: number;
}

/**
 * A progress line on the terminal with percentage, items per second and ETA, or nothing at
 * all when output is not a terminal or in CI (logs and scripts want the summary, not redraws).
 * `read` turns a task's own progress report into a reading; `unit` names its items.
 */
export function progressLine<T>(io: CliIo, unit: string, read: (state: T) => Reading): Progress<T> {
  const stream = io.progressStream;
  if (!stream) return { update: () => undefined, stop: () => undefined };
  const started = performance.now();
  let bar: SingleBar | null = null;
  return {
    update(state) {
      const { done, total, items } = read(state);
      const seconds = (performance.now() - started) / 1000;
      const payload = {
        items: formatCount(items),
        rate: seconds > 0 ? formatCount(Math.round(items / seconds)) : '–',
      };
      if (!bar) {
        const known = total !== null;
        bar = new SingleBar({
          stream,
          format: known
            ? `{bar} {percentage}% | {items} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`
            : `{items} ${unit} | {rate} ${unit}/s`,
          barsize: 30,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
        });
        bar.start(total ?? 1, total === null ? 0 : done, payload);
      }
      if (total !== null) bar.setTotal(total);
      bar.update(total === null ? 0 : done, payload);
    },
    stop: () => bar?.stop(),
  };
}
