import { describe, expect, it } from 'vitest';
import {
  referencedSegmentIds,
  segmentReferenceCycle,
  type SegmentDefinition,
} from './rule-references';
import type { SegmentRule } from './segment-rule';

const ref = (id: string): SegmentRule => ({ segment: { id } });
const adults: SegmentRule = { attribute: { key: 'age', op: 'gte', value: 18 } };
const lookupOf =
  (...segments: [id: string, rule: SegmentRule][]) =>
  (id: string): SegmentDefinition | undefined => {
    const found = segments.find(([candidate]) => candidate === id);
    return found && { id, name: id.toUpperCase(), rule: found[1] };
  };

describe('referencedSegmentIds', () => {
  it('lists direct references in order, through every group, with repeats', () => {
    const rule: SegmentRule = {
      and: [ref('a'), { or: [adults, { not: ref('b') }] }, ref('a'), { not: { not: ref('c') } }],
    };
    expect(referencedSegmentIds(rule)).toEqual(['a', 'b', 'a', 'c']);
    expect(referencedSegmentIds(adults)).toEqual([]);
  });
});

describe('segmentReferenceCycle', () => {
  it('is null for chains and diamonds without a cycle', () => {
    const lookup = lookupOf(
      ['a', { and: [ref('b'), ref('c')] }],
      ['b', ref('d')],
      ['c', ref('d')],
      ['d', adults],
    );
    expect(segmentReferenceCycle('a', lookup)).toBeNull();
    expect(segmentReferenceCycle('a', lookup, 'new')).toBeNull();
  });

  it('names the cycle from its start back to it', () => {
    const lookup = lookupOf(['a', ref('b')], ['b', { or: [adults, ref('a')] }]);
    expect(segmentReferenceCycle('a', lookup)).toEqual(['A', 'B', 'A']);
    expect(segmentReferenceCycle('b', lookup)).toEqual(['B', 'A', 'B']);
  });

  it('finds a cycle further down the chain and names only its members', () => {
    const lookup = lookupOf(['a', ref('b')], ['b', ref('c')], ['c', { not: ref('b') }]);
    expect(segmentReferenceCycle('a', lookup)).toEqual(['B', 'C', 'B']);
  });

  it('treats a chain back to the segment being saved as a cycle', () => {
    const lookup = lookupOf(['self', adults], ['a', ref('b')], ['b', ref('self')]);
    expect(segmentReferenceCycle('a', lookup)).toBeNull();
    expect(segmentReferenceCycle('a', lookup, 'self')).toEqual(['SELF', 'A', 'B', 'SELF']);
    expect(segmentReferenceCycle('self', lookup, 'self')).toEqual(['SELF', 'SELF']);
  });

  it('names a segment that is not stored yet by its id', () => {
    const lookup = lookupOf(['a', ref('draft')]);
    expect(segmentReferenceCycle('a', lookup, 'draft')).toEqual(['draft', 'A', 'draft']);
  });

  it('ignores references to segments that do not exist', () => {
    expect(segmentReferenceCycle('a', lookupOf(['a', ref('gone')]))).toBeNull();
    expect(segmentReferenceCycle('gone', lookupOf())).toBeNull();
  });
});
