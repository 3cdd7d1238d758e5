import type { AttributeDefinition } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { attributeStatsFromParts } from './composition';

const city: AttributeDefinition = {
  key: 'city',
  label: 'City',
  type: 'string',
  description: '',
  sensitive: 'none',
};

describe('attributeStatsFromParts', () => {
  it('adds text counts over shards and breaks ties in code-point order, not UTF-16 order', () => {
    const stats = attributeStatsFromParts(
      city,
      [
        {
          range: null,
          texts: new Map([
            ['😀', 2],
            ['\uFFFD', 1],
          ]),
        },
        {
          range: null,
          texts: new Map([
            ['\uFFFD', 1],
            ['Berlin', 1],
          ]),
        },
      ],
      2,
    );
    // Both have 2; U+FFFD precedes U+1F600 by code point although '😀' < '\uFFFD' in JS.
    expect(stats.top).toEqual(['\uFFFD', '😀']);
  });

  it('merges number ranges by min and max', () => {
    const age = { ...city, key: 'age', type: 'number' } as AttributeDefinition;
    const stats = attributeStatsFromParts(age, [
      { range: { min: 20, max: 40 }, texts: new Map() },
      { range: null, texts: new Map() },
      { range: { min: 18, max: 30 }, texts: new Map() },
    ]);
    expect(stats).toEqual({ range: { min: 18, max: 40 }, top: [] });
  });
});
