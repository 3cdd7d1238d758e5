import { describe, expect, it } from 'vitest';
import { MAX_OVERLAP_RULES, overlapFromMaskCounts, overlapOf } from './segment-overlap';
import type { SegmentRule } from './segment-rule';
import { TEST_CATALOG_INDEX, testProfile } from './testing';

describe('overlapFromMaskCounts', () => {
  it('derives sizes, intersections, union and population from counts per mask', () => {
    // 5 in none, 3 only in A, 2 only in B, 4 in A and B, 1 in A and C.
    const counts = [
      { mask: 0b000, count: 5 },
      { mask: 0b001, count: 3 },
      { mask: 0b010, count: 2 },
      { mask: 0b011, count: 4 },
      { mask: 0b101, count: 1 },
    ];
    expect(overlapFromMaskCounts(3, counts)).toEqual({
      sizes: [8, 6, 1],
      intersections: [
        [8, 4, 1],
        [4, 6, 0],
        [1, 0, 1],
      ],
      union: 10,
      population: 15,
    });
  });

  it('gives zeros when no one is counted', () => {
    expect(overlapFromMaskCounts(2, [])).toEqual({
      sizes: [0, 0],
      intersections: [
        [0, 0],
        [0, 0],
      ],
      union: 0,
      population: 0,
    });
  });

  it('handles the twentieth bit', () => {
    const overlap = overlapFromMaskCounts(20, [{ mask: 2 ** 19 + 1, count: 7 }]);
    expect(overlap.sizes[19]).toBe(7);
    expect(overlap.intersections[0]![19]).toBe(7);
    expect(overlap.union).toBe(7);
  });
});

describe('overlapOf', () => {
  const context = { asOf: new Date('2026-03-01T00:00:00Z'), catalog: TEST_CATALOG_INDEX };
  const people = [
    testProfile({ externalId: 'a', attributes: { age: 20, member: true } }),
    testProfile({ externalId: 'b', attributes: { age: 40, member: true } }),
    testProfile({ externalId: 'c', attributes: { age: 60 } }),
  ];
  const young: SegmentRule = { attribute: { key: 'age', op: 'lt', value: 50 } };
  const members: SegmentRule = { attribute: { key: 'member', op: 'eq', value: true } };
  const old: SegmentRule = { attribute: { key: 'age', op: 'gte', value: 50 } };

  it('counts each pair of segments directly', () => {
    expect(overlapOf(people, [young, members, old], context)).toEqual({
      ok: true,
      value: {
        sizes: [2, 2, 1],
        intersections: [
          [2, 2, 0],
          [2, 2, 0],
          [0, 0, 1],
        ],
        union: 3,
        population: 3,
      },
    });
  });

  it('takes 1 to 20 segments', () => {
    const many = Array.from({ length: MAX_OVERLAP_RULES + 1 }, () => young);
    expect(overlapOf(people, many, context)).toEqual({
      ok: false,
      issues: [
        { path: 'segments', code: 'invalid_shape', message: 'expected 1 to 20 segments, got 21' },
      ],
    });
    expect(overlapOf(people, [], context).ok).toBe(false);
    expect(overlapOf(people, many.slice(1), context).ok).toBe(true);
  });
});
