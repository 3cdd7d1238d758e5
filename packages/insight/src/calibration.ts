/** One group of rows with similar predictions: what was predicted and what happened. */
export interface CalibrationBin {
  /** Smallest and largest prediction in the bin. */
  readonly lowest: number;
  readonly highest: number;
  readonly count: number;
  readonly meanPredicted: number;
  readonly observedRate: number;
}

/** A reliability table and its summary. */
export interface Calibration {
  readonly bins: readonly CalibrationBin[];
  /**
   * Expected calibration error: Σ (bin count / n) · |observed rate − mean prediction|. Zero for
   * a model whose predictions come true on average in every bin.
   */
  readonly expectedCalibrationError: number;
}

/**
 * Reliability table in `binCount` bins of equal size (deciles by default) of the sorted
 * predictions. Equal-count bins rather than fixed-width ones, because response rates crowd into
 * the low end, where fixed-width bins would leave most rows in one bin and the rest nearly
 * empty. When `n` is not a multiple of `binCount`, bins differ in size by at most one.
 */
export function calibration(
  predicted: ArrayLike<number>,
  responded: ArrayLike<number>,
  binCount = 10,
): Calibration {
  const n = predicted.length;
  if (responded.length !== n) {
    throw new RangeError(
      `expected one outcome per prediction: ${n} predictions, ${responded.length} outcomes`,
    );
  }
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError(`binCount must be a positive integer; got ${binCount}`);
  }
  if (n === 0) return { bins: [], expectedCalibrationError: 0 };
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => predicted[a]! - predicted[b]!,
  );
  const bins: CalibrationBin[] = [];
  let error = 0;
  for (let b = 0; b < binCount; b += 1) {
    const start = Math.floor((b * n) / binCount);
    const end = Math.floor(((b + 1) * n) / binCount);
    if (end === start) continue;
    let predictedSum = 0;
    let respondedSum = 0;
    for (let k = start; k < end; k += 1) {
      predictedSum += predicted[order[k]!]!;
      respondedSum += responded[order[k]!]!;
    }
    const count = end - start;
    const bin: CalibrationBin = {
      lowest: predicted[order[start]!]!,
      highest: predicted[order[end - 1]!]!,
      count,
      meanPredicted: predictedSum / count,
      observedRate: respondedSum / count,
    };
    bins.push(bin);
    error += (count / n) * Math.abs(bin.observedRate - bin.meanPredicted);
  }
  return { bins, expectedCalibrationError: error };
}
