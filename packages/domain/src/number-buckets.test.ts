import { describe, expect, it } from 'vitest';
import { MAX_NICE_BUCKETS, niceBucketEdges, numberBucketIndex } from './number-buckets';

const range = (from: number, width: number, count: number) =>
  Array.from({ length: count + 1 }, (_, i) => from + i * width);

describe('niceBucketEdges', () => {
  it('buckets ages 18–95 by decades starting at 10', () => {
    expect(niceBucketEdges(18, 95)).toEqual(range(10, 10, 9));
  });

  it.each([
    [0, 100, range(0, 10, 11)],
    [0, 99, range(0, 10, 10)],
    [0, 130, range(0, 20, 7)],
    [-2.5, 99.99, range(-10, 10, 11)],
    [1, 3, [1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2]],
    [0, 26, range(0, 2.5, 11)],
    [0, 1_000_000, range(0, 100_000, 11)],
  ])('chooses round widths for %s..%s', (min, max, edges) => {
    expect(niceBucketEdges(min, max)).toEqual(edges);
  });

  it('writes decimal edges exactly, without binary noise', () => {
    expect(niceBucketEdges(0.1, 0.95)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(niceBucketEdges(0.07, 0.13)).toEqual([0.07, 0.08, 0.09, 0.1, 0.11, 0.12, 0.13, 0.14]);
  });

  it('gives a single value one bucket of width 1', () => {
    expect(niceBucketEdges(18, 18)).toEqual([18, 19]);
    expect(niceBucketEdges(0.5, 0.5)).toEqual([0, 1]);
    expect(niceBucketEdges(-0.5, -0.5)).toEqual([-1, 0]);
  });

  it.each([
    [0, 1],
    [18, 95],
    [-1_000_000, 1_000_000],
    [0.01, 0.02],
    [1_000_000, 1_000_000.01],
    [-3.7, 12345.67],
  ])(
    'covers %s..%s with at most the maximum number of buckets, the max below the last edge',
    (min, max) => {
      const edges = niceBucketEdges(min, max);
      expect(edges.length - 1).toBeLessThanOrEqual(MAX_NICE_BUCKETS);
      expect(edges[0]).toBeLessThanOrEqual(min);
      expect(edges.at(-2)).toBeLessThanOrEqual(max);
      expect(edges.at(-1)).toBeGreaterThan(max);
    },
  );

  it('refuses a range whose min is above its max', () => {
    expect(() => niceBucketEdges(2, 1)).toThrow(RangeError);
  });
});

describe('numberBucketIndex', () => {
  const edges = [10, 20, 30, 40];

  it('puts a value on an edge into the bucket that starts there', () => {
    expect(numberBucketIndex(edges, 10)).toBe(0);
    expect(numberBucketIndex(edges, 19.99)).toBe(0);
    expect(numberBucketIndex(edges, 20)).toBe(1);
    expect(numberBucketIndex(edges, 30)).toBe(2);
  });

  it('lets the last bucket hold its upper edge', () => {
    expect(numberBucketIndex(edges, 40)).toBe(2);
  });

  it('returns -1 outside the edges', () => {
    expect(numberBucketIndex(edges, 9.99)).toBe(-1);
    expect(numberBucketIndex(edges, 40.01)).toBe(-1);
    expect(numberBucketIndex([], 1)).toBe(-1);
  });

  it('puts the maximum of the data into the last nice bucket', () => {
    const nice = niceBucketEdges(18, 95);
    expect(numberBucketIndex(nice, 95)).toBe(nice.length - 2);
    expect(numberBucketIndex(nice, 18)).toBe(0);
  });
});
