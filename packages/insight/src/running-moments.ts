/**
 * Mean and standard deviation of a stream in one pass (Welford's update), which stays accurate
 * where the textbook `Σx² − (Σx)²/n` cancels catastrophically for values far from zero (dates
 * as days since 1970, say).
 */
export class RunningMoments {
  count = 0;
  mean = 0;
  private sumOfSquaredDeviations = 0;

  /** Adds one observation. */
  add(value: number): void {
    this.count += 1;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.sumOfSquaredDeviations += delta * (value - this.mean);
  }

  /** The population standard deviation (divides by n): the scale the column is standardised by. */
  get standardDeviation(): number {
    return this.count === 0 ? 0 : Math.sqrt(this.sumOfSquaredDeviations / this.count);
  }
}
