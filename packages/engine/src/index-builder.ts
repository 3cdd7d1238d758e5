import type { Catalog, Profile } from '@pinpoint/domain';
import { AudienceIndex } from './audience-index';
import { DEFAULT_MEMORY_BUDGET_BYTES, MemoryBudgetExceededError } from './memory-budget';
import type { LayoutTuning } from './layouts';
import { ShardBuilder } from './shard-builder';

/** How often (in profiles) `add` re-estimates the memory the index will need. */
const CHECK_EVERY = 4096;

/** Options of `AudienceIndexBuilder`. */
export interface AudienceIndexBuilderOptions {
  /** Most bytes the finished index may take; default 2 GiB. */
  memoryBudgetBytes?: number;
  /** Profiles expected: arrays are sized once, and the budget is checked against this many from the start. */
  expectedProfiles?: number;
  /** Caps on the column layouts; tests use tiny ones to reach every code path. */
  tuning?: LayoutTuning;
}

/**
 * Builds an `AudienceIndex` from profiles streamed in ascending id order (as
 * `streamProfiles` reads them), batch after batch, without holding the profiles. Refuses with
 * a `MemoryBudgetExceededError` as soon as the projected size exceeds the budget.
 */
export class AudienceIndexBuilder {
  private readonly shard: ShardBuilder;
  private readonly budget: number;
  private readonly expected: number;
  private readonly tuning: LayoutTuning | undefined;
  private finished = false;

  constructor(
    private readonly catalog: Catalog,
    options: AudienceIndexBuilderOptions = {},
  ) {
    this.budget = options.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES;
    this.expected = options.expectedProfiles ?? 0;
    this.tuning = options.tuning;
    this.shard = new ShardBuilder(catalog, Math.max(1024, this.expected), options.tuning);
  }

  /** Appends a profile; its id must be greater than the previous one's. */
  add(profile: Profile): void {
    if (this.finished) throw new Error('the index was already built');
    this.shard.add(profile);
    if (this.shard.size % CHECK_EVERY === 0) this.checkBudget();
  }

  /** The index; the builder cannot be used afterwards. */
  build(): AudienceIndex {
    this.checkBudget();
    this.finished = true;
    return new AudienceIndex(this.catalog, this.shard.finish(), this.tuning);
  }

  /** Projects the bytes per profile so far onto the expected count (or the count so far). */
  private checkBudget(): void {
    const size = this.shard.size;
    const { perRows, fixed } = this.shard.estimateBytes();
    const projected = fixed + (size === 0 ? 0 : (perRows / size) * Math.max(size, this.expected));
    if (projected > this.budget) throw new MemoryBudgetExceededError(this.budget, projected, size);
  }
}
