/** Default memory budget of an index: 2 GiB. */
export const DEFAULT_MEMORY_BUDGET_BYTES = 2 * 2 ** 30;

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/**
 * Thrown by `AudienceIndexBuilder` when the index would outgrow its memory budget: better to
 * refuse early, with numbers, than to be killed by the operating system half-way through.
 */
export class MemoryBudgetExceededError extends Error {
  constructor(
    readonly budgetBytes: number,
    readonly estimatedBytes: number,
    readonly profiles: number,
  ) {
    super(
      `the audience index would need about ${mib(estimatedBytes)}, over its memory budget of ` +
        `${mib(budgetBytes)} (${profiles.toLocaleString('en')} profiles added so far); raise ` +
        'memoryBudgetBytes, or shard the profiles across processes',
    );
    this.name = 'MemoryBudgetExceededError';
  }
}

/** Memory held by an index, measured from its typed arrays. */
export interface IndexMemory {
  totalBytes: number;
  bytesPerProfile: number;
  /** Bytes per part: ids, attributes, interests, scores, events, channels, caches, … */
  parts: Record<string, number>;
}
