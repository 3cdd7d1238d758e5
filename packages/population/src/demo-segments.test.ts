import { indexCatalog, matches, Segment, validateRule } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { demoCatalog } from './demo-catalog';
import { DEMO_SEGMENT_IDS, demoSegmentLookup, demoSegments } from './demo-segments';
import { DEMO_AS_OF, generatePopulation } from './population';

const catalog = indexCatalog(demoCatalog);

describe('demoSegments', () => {
  it.each(demoSegments.map((segment) => [segment.name, segment] as const))(
    '"%s" is a valid segment',
    (_, segment) => {
      expect(Segment.parse(segment)).toEqual(segment);
      const result = validateRule(segment.rule, {
        catalog,
        segments: demoSegmentLookup,
        selfId: segment.id,
      });
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );

  it('has distinct, fixed ids, and one segment that references another', () => {
    expect(new Set(demoSegments.map((s) => s.id)).size).toBe(demoSegments.length);
    expect(demoSegments.map((s) => s.id)).toEqual(Object.values(DEMO_SEGMENT_IDS));
    expect(JSON.stringify(demoSegmentLookup(DEMO_SEGMENT_IDS.lapsedDonorsByEmail)?.rule)).toContain(
      DEMO_SEGMENT_IDS.lapsedDonors,
    );
  });

  it('each selects a visible but partial share of the demo population', () => {
    const sample = [...generatePopulation({ seed: 5, size: 5000, asOf: DEMO_AS_OF })];
    for (const segment of demoSegments) {
      const size = sample.filter((p) =>
        matches(p, segment.rule, { asOf: DEMO_AS_OF, segments: demoSegmentLookup }),
      ).length;
      expect(size, segment.name).toBeGreaterThanOrEqual(25);
      expect(size, segment.name).toBeLessThan(2500);
    }
  });

  it('narrows a referenced segment: win-back list ⊆ lapsed donors', () => {
    const context = { asOf: DEMO_AS_OF, segments: demoSegmentLookup };
    const lapsed = demoSegmentLookup(DEMO_SEGMENT_IDS.lapsedDonors);
    const winBack = demoSegmentLookup(DEMO_SEGMENT_IDS.lapsedDonorsByEmail);
    for (const profile of generatePopulation({ seed: 6, size: 2000, asOf: DEMO_AS_OF })) {
      if (winBack && lapsed && matches(profile, winBack.rule, context))
        expect(matches(profile, lapsed.rule, context)).toBe(true);
    }
  });
});
