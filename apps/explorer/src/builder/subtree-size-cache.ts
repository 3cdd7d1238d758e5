/** What the builder knows about the size of one part of the rule. */
export type SubtreeSize =
  | { status: 'counted'; size: number; share: number }
  /** The API did not accept this part on its own (an unfinished condition, an empty group). */
  | { status: 'invalid' }
  | { status: 'error' }
  /** Not answered yet. */
  | { status: 'pending' };

/** The API's answer for one rule of a `segmentSizes` request. */
export type SizeAnswer =
  { __typename: 'SegmentSize'; size: number; share: number } | { __typename: 'InputErrors' };

interface Entry {
  size: Exclude<SubtreeSize, { status: 'pending' }>;
  /** Which request answered: a later request's answer is never replaced by an earlier one's. */
  request: number;
  answeredAt: number;
}

/**
 * Sizes of rule parts by rule key, so that a part that did not change since it was counted
 * (a sibling of the edited condition, a node dragged elsewhere, a state undone to) costs the
 * server nothing again. Answers are filed under the rule they counted, so one arriving late
 * can only ever be shown beside that very rule, never beside the rule that replaced it.
 */
export class SubtreeSizeCache {
  private readonly entries = new Map<string, Entry>();
  private readonly asked = new Set<string>();
  private requests = 0;

  constructor(
    /** Counts older than this are asked again (people change); until then they are shown. */
    private readonly maxAgeMs: number,
    /** The oldest entries are forgotten beyond this many. */
    private readonly maxEntries = 500,
  ) {}

  /** The size to show for a rule key. */
  get(key: string): SubtreeSize {
    return this.entries.get(key)?.size ?? { status: 'pending' };
  }

  /** Keys that need asking at `now`: never answered, failed, or too old, and not on their way. */
  missing(keys: Iterable<string>, now: number): string[] {
    return [...new Set(keys)].filter((key) => {
      if (this.asked.has(key)) return false;
      const entry = this.entries.get(key);
      return !entry || entry.size.status === 'error' || now - entry.answeredAt > this.maxAgeMs;
    });
  }

  /** Notes that `keys` are being asked; returns the request's number for `settle`. */
  ask(keys: readonly string[]): number {
    keys.forEach((key) => this.asked.add(key));
    return ++this.requests;
  }

  /** Files a request's answers (in the order of `keys`; null when the request failed). */
  settle(
    keys: readonly string[],
    answers: readonly SizeAnswer[] | null,
    request: number,
    now: number,
  ): void {
    keys.forEach((key, i) => {
      this.asked.delete(key);
      const answer = answers?.[i];
      const known = this.entries.get(key);
      if (known && known.request > request) return;
      const size: Entry['size'] = !answer
        ? { status: 'error' }
        : answer.__typename === 'SegmentSize'
          ? { status: 'counted', size: answer.size, share: answer.share }
          : { status: 'invalid' };
      // A failed retry keeps the count shown before; the failure only makes it asked again.
      if (size.status === 'error' && known?.size.status === 'counted') {
        this.entries.set(key, { ...known, answeredAt: -Infinity });
        return;
      }
      this.entries.delete(key);
      this.entries.set(key, { size, request, answeredAt: now });
    });
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
