import type { SegmentOverlap } from '@pinpoint/domain';
import type { ReleasedCount as Released } from '@pinpoint/privacy';
import type { ApiContext } from '../context';
import type { ReleasedCount } from '../generated/resolvers-types';
import type { AskedQuestion } from './audience-questions';
import { releaseQuestions } from './released-numbers';
import type { Result } from './result';

/** The GraphQL shape of a released number; `epsilon` is what a withheld number cost. */
function releasedCount(number: Released, epsilon: number): ReleasedCount {
  switch (number.kind) {
    case 'exact':
      return { value: number.value, precision: 'exact', fewerThan: null, epsilon: 0 };
    case 'approximate':
      return {
        value: number.value,
        precision: 'approximate',
        fewerThan: null,
        epsilon: number.epsilon,
      };
    case 'belowThreshold':
      return { value: null, precision: 'belowThreshold', fewerThan: number.threshold, epsilon };
  }
}

const shaped = (numbers: Released[], epsilonPerNumber: number) =>
  numbers.map((number) => releasedCount(number, epsilonPerNumber));

type SizeWithQuestion = { size: number; question: AskedQuestion };

/**
 * Sizes with their numbers as the caller may see them, released together (one read of the
 * data's state, one audit entry), each size keyed by its own rule.
 */
export async function releasedSizes<T extends SizeWithQuestion>(
  context: ApiContext,
  answers: readonly Result<T>[],
): Promise<Result<T & { released: ReleasedCount }>[]> {
  const valid = answers.flatMap((answer) => (answer.ok ? [answer.value] : []));
  const { numbers, epsilonPerNumber } = await releaseQuestions(
    context,
    'count',
    valid.map(({ size, question }) => ({ ...question, trueCounts: [size] })),
  );
  let next = 0;
  return answers.map((answer) => {
    if (!answer.ok) return answer;
    const [released] = shaped(numbers[next++] ?? [], epsilonPerNumber);
    if (!released) throw new Error('a count released no number');
    return { ok: true, value: { ...answer.value, released } };
  });
}

/**
 * An overlap with its numbers as the caller may see them: the sizes, each intersection once
 * (the matrix is symmetric, and releasing both halves would spend twice for one number) and
 * the union, released as one question.
 */
export async function releasedOverlap<T extends SegmentOverlap & { question: AskedQuestion }>(
  context: ApiContext,
  answer: Result<T>,
): Promise<
  Result<
    T & {
      released: {
        sizes: ReleasedCount[];
        intersections: ReleasedCount[][];
        union: ReleasedCount;
      };
    }
  >
> {
  if (!answer.ok) return answer;
  const { sizes, intersections, union, question } = answer.value;
  const n = sizes.length;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) pairs.push([i, j]);
  const trueCounts = [...sizes, ...pairs.map(([i, j]) => intersections[i]?.[j] ?? 0), union];
  const release = await releaseQuestions(context, 'overlap', [{ ...question, trueCounts }]);
  const numbers = shaped(release.numbers[0] ?? [], release.epsilonPerNumber);
  const at = (k: number) => {
    const number = numbers[k];
    if (!number) throw new Error('an overlap released too few numbers');
    return number;
  };
  const matrix = sizes.map((_, i) => sizes.map(() => at(i)));
  pairs.forEach(([i, j], k) => {
    const number = at(n + k);
    (matrix[i] ?? [])[j] = number;
    (matrix[j] ?? [])[i] = number;
  });
  return {
    ok: true,
    value: {
      ...answer.value,
      released: {
        sizes: sizes.map((_, i) => at(i)),
        intersections: matrix,
        union: at(n + pairs.length),
      },
    },
  };
}
