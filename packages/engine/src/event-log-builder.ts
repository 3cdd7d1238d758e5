import { EventLog } from './event-log';
import { radixSortPairs } from './radix-sort';

const CHUNK = 1 << 16;

/**
 * Collects the events of one type as profiles stream in, in fixed-size chunks so that
 * growing never copies (or doubles) tens of millions of entries. Times are kept as whole
 * seconds while every time allows it and switch to milliseconds for good at the first that
 * does not.
 */
export class EventLogBuilder {
  private timeChunks: (Uint32Array | Float64Array)[] = [];
  private readonly rowChunks: Uint32Array[] = [];
  private used = CHUNK;
  private count = 0;
  private seconds = true;

  /** Events collected. */
  get length(): number {
    return this.count;
  }

  /** Bytes the events so far take. */
  get bytes(): number {
    return this.count * (this.seconds ? 8 : 12);
  }

  /** Appends one event at `ms` (epoch milliseconds) of `row`. */
  push(ms: number, row: number): void {
    const asSeconds = ms / 1000;
    if (this.seconds && !(Number.isInteger(asSeconds) && asSeconds >= 0 && asSeconds < 2 ** 32)) {
      this.timeChunks = this.timeChunks.map((chunk) => Float64Array.from(chunk, (s) => s * 1000));
      this.seconds = false;
    }
    if (this.used === CHUNK) {
      this.timeChunks.push(this.seconds ? new Uint32Array(CHUNK) : new Float64Array(CHUNK));
      this.rowChunks.push(new Uint32Array(CHUNK));
      this.used = 0;
    }
    this.timeChunks.at(-1)![this.used] = this.seconds ? asSeconds : ms;
    this.rowChunks.at(-1)![this.used] = row;
    this.used += 1;
    this.count += 1;
  }

  /** The sorted log; the chunks are released. */
  finish(): EventLog {
    const n = this.count;
    const rows = new Uint32Array(n);
    const times = this.seconds ? new Uint32Array(n) : new Float64Array(n);
    this.rowChunks.forEach((chunk, i) => {
      const length = Math.min(CHUNK, n - i * CHUNK);
      rows.set(chunk.subarray(0, length), i * CHUNK);
      times.set(this.timeChunks[i]!.subarray(0, length), i * CHUNK);
    });
    this.rowChunks.length = 0;
    this.timeChunks = [];
    if (times instanceof Uint32Array) {
      radixSortPairs(times, rows);
      return new EventLog(times, 1000, rows);
    }
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => times[a]! - times[b]! || a - b,
    );
    return new EventLog(
      Float64Array.from(order, (i) => times[i]!),
      1,
      Uint32Array.from(order, (i) => rows[i]!),
    );
  }
}
