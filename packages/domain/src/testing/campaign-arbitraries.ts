import fc from 'fast-check';
import { Campaign } from '../campaign';
import { SENT_EVENT_TYPE } from '../campaign-audience';
import { Catalog } from '../catalog';
import { CHANNELS } from '../channel';
import { WINDOW_DAYS } from './values';

/** The catalog with an event type `key` added, unless it has one already. */
export function withEventType(catalog: Catalog, key: string = SENT_EVENT_TYPE): Catalog {
  if (catalog.eventTypes.some((entry) => entry.key === key)) return catalog;
  return Catalog.parse({ ...catalog, eventTypes: [...catalog.eventTypes, { key, label: key }] });
}

/** Money amounts: round prices, free, and random cents. */
export function moneyArbitrary(maxCents = 500): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, 0.01, 0.1, 0.25, 1, 2.5),
    fc.integer({ min: 0, max: maxCents }).map((cents) => cents / 100),
  );
}

/**
 * Campaigns over the given saved segments (at least one): 1–3 included and up to 2 other
 * ones excluded, 1–5 channels with costs (free ones too) and priorities that often tie,
 * holdout shares from 0 to 0.5, frequency caps whose windows are `WINDOW_DAYS` (where
 * profile events cluster), and sometimes a budget.
 */
export function campaignArbitrary(segmentIds: readonly string[]): fc.Arbitrary<Campaign> {
  const channel = (name: (typeof CHANNELS)[number]) =>
    fc.record({
      channel: fc.constant(name),
      costPerContact: moneyArbitrary(),
      priority: fc.integer({ min: 0, max: 2 }),
    });
  return fc
    .record({
      id: fc.oneof(fc.constantFrom('spring', 'Kampagne ü', 'c:1'), fc.uuid()),
      segments: fc.shuffledSubarray([...segmentIds], { minLength: 1 }),
      included: fc.integer({ min: 1, max: 3 }),
      excluded: fc.integer({ min: 0, max: 2 }),
      channels: fc
        .shuffledSubarray([...CHANNELS], { minLength: 1 })
        .chain((names) => fc.tuple(...names.map(channel))),
      holdoutShare: fc.oneof(
        fc.constantFrom(0, 0.1, 0.5),
        fc.integer({ min: 0, max: 500 }).map((n) => n / 1000),
      ),
      frequencyCap: fc.option(
        fc.record({
          maxMessages: fc.integer({ min: 1, max: 2 }),
          perDays: fc.constantFrom(...WINDOW_DAYS),
        }),
        { nil: null },
      ),
      budget: fc.option(
        moneyArbitrary(5000).map((amount) => ({ amount, currency: 'EUR' })),
        { nil: null },
      ),
    })
    .map(({ segments, included, excluded, ...rest }) =>
      Campaign.parse({
        ...rest,
        name: 'Property campaign',
        purpose: 'civic',
        includeSegmentIds: segments.slice(0, included),
        excludeSegmentIds: segments.slice(included, included + excluded),
      }),
    );
}
