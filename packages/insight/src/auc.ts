/**
 * Area under the ROC curve: the chance that a randomly chosen responder is scored above a
 * randomly chosen non-responder, ties counting half. Computed from ranks (the Mann–Whitney U
 * statistic) with tied scores given their mean rank, in O(n log n). Throws a RangeError when
 * the lengths differ or either class is empty, where the AUC is undefined.
 */
export function auc(scores: ArrayLike<number>, responded: ArrayLike<number>): number {
  const n = scores.length;
  if (responded.length !== n) {
    throw new RangeError(
      `expected one outcome per score: ${n} scores, ${responded.length} outcomes`,
    );
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && scores[order[end]!]! === scores[order[start]!]!) end += 1;
    // Ranks start + 1 … end share their mean.
    const meanRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) {
      if (responded[order[k]!]) {
        positives += 1;
        positiveRankSum += meanRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) {
    throw new RangeError('the AUC needs at least one responder and one non-responder');
  }
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
