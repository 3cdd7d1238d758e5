import { describe, expect, it } from 'vitest';
import { SubtreeSizeCache } from './subtree-size-cache';

const counted = (size: number) => ({ __typename: 'SegmentSize', size, share: size / 100 }) as const;

describe('SubtreeSizeCache', () => {
  it('asks each rule once: not again while on its way, nor once answered', () => {
    const cache = new SubtreeSizeCache(60_000);
    expect(cache.missing(['a', 'b', 'a'], 0)).toEqual(['a', 'b']);
    const request = cache.ask(['a', 'b']);
    expect(cache.missing(['a', 'b', 'c'], 0)).toEqual(['c']);
    expect(cache.get('a')).toEqual({ status: 'pending' });
    cache.settle(['a', 'b'], [counted(40), { __typename: 'InputErrors' }], request, 10);
    expect(cache.get('a')).toEqual({ status: 'counted', size: 40, share: 0.4 });
    expect(cache.get('b')).toEqual({ status: 'invalid' });
    expect(cache.missing(['a', 'b'], 20)).toEqual([]);
  });

  it('asks again once a count is older than its maximum age, showing the old count meanwhile', () => {
    const cache = new SubtreeSizeCache(1000);
    cache.settle(['a'], [counted(5)], cache.ask(['a']), 0);
    expect(cache.missing(['a'], 999)).toEqual([]);
    expect(cache.missing(['a'], 1001)).toEqual(['a']);
    expect(cache.get('a')).toEqual({ status: 'counted', size: 5, share: 0.05 });
  });

  it('never lets an earlier request’s answer replace a later one’s', () => {
    const cache = new SubtreeSizeCache(0);
    const first = cache.ask(['a']);
    cache.settle(['a'], [counted(7)], cache.ask(['a']), 5);
    cache.settle(['a'], [counted(3)], first, 6);
    expect(cache.get('a')).toEqual({ status: 'counted', size: 7, share: 0.07 });
  });

  it('marks a failed request’s rules to be asked again, keeping a count shown before', () => {
    const cache = new SubtreeSizeCache(60_000);
    cache.settle(['a', 'b'], null, cache.ask(['a', 'b']), 0);
    expect(cache.get('a')).toEqual({ status: 'error' });
    expect(cache.missing(['a', 'b'], 1)).toEqual(['a', 'b']);
    cache.settle(['b'], [counted(9)], cache.ask(['b']), 2);
    cache.settle(['b'], null, cache.ask(['b']), 3);
    expect(cache.get('b')).toEqual({ status: 'counted', size: 9, share: 0.09 });
    expect(cache.missing(['b'], 4)).toEqual(['b']);
  });

  it('forgets the oldest answers beyond its size', () => {
    const cache = new SubtreeSizeCache(60_000, 2);
    for (const key of ['a', 'b', 'c']) cache.settle([key], [counted(1)], cache.ask([key]), 0);
    expect(cache.get('a')).toEqual({ status: 'pending' });
    expect(cache.get('c').status).toBe('counted');
  });
});
