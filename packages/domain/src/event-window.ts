/** Milliseconds in one day: windows count whole 24-hour days, independent of time zones. */
export const DAY_MS = 86_400_000;

/** A half-open time window `(from, to]`. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

/**
 * The window of an event condition: the `withinDays` × 24 hours that end at `asOf`, with
 * `asOf` included and the instant exactly `withinDays` days before excluded, so that two
 * adjacent windows never count the same event twice.
 */
export function eventWindow(asOf: Date, withinDays: number): TimeWindow {
  return { from: new Date(asOf.getTime() - withinDays * DAY_MS), to: asOf };
}

/** Whether `time` lies in the window `(from, to]`. */
export function inWindow(time: Date, window: TimeWindow): boolean {
  const t = time.getTime();
  return t > window.from.getTime() && t <= window.to.getTime();
}
