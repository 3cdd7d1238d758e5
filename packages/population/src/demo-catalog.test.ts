import { Catalog } from '@pinpoint/domain';
import { describe, expect, it } from 'vitest';
import { demoCatalog } from './demo-catalog';

describe('demoCatalog', () => {
  it('is a valid catalog, unchanged by parsing', () => {
    expect(Catalog.parse(demoCatalog)).toEqual(demoCatalog);
  });

  it('lists the attributes, topics, event types and models the generator produces', () => {
    const keys = demoCatalog.attributes.map((a) => a.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'age',
        'birth_date',
        'region',
        'urbanity',
        'income_band',
        'party_affinity',
      ]),
    );
    expect(demoCatalog.interests.length).toBeGreaterThanOrEqual(20);
    expect(demoCatalog.eventTypes.map((e) => e.key)).toEqual([
      'web_visit',
      'purchase',
      'donation',
      'email_open',
      'email_click',
      'event_attended',
    ]);
    expect(demoCatalog.scoreModels.map((m) => m.key)).toContain('churn_risk');
  });

  it('flags special-category attributes', () => {
    const sensitive = Object.fromEntries(demoCatalog.attributes.map((a) => [a.key, a.sensitive]));
    expect(sensitive.party_affinity).toBe('political_opinion');
    expect(sensitive.religion).toBe('religious_belief');
    expect(sensitive.age).toBe('none');
  });

  it('uses the sixteen Land codes for region', () => {
    const region = demoCatalog.attributes.find((a) => a.key === 'region');
    expect(region?.type === 'enum' ? region.values : []).toHaveLength(16);
  });
});
