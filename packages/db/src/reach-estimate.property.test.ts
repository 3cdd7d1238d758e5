import {
  Campaign,
  DEFAULT_WORKSPACE_ID as WS,
  indexCatalog,
  reachOf,
  type Catalog,
  type SegmentDefinition,
  type SegmentRule,
} from '@pinpoint/domain';
import {
  campaignArbitrary,
  catalogArbitrary,
  moneyArbitrary,
  profilesArbitrary,
  ruleArbitrary,
  TEST_CATALOG,
  withEventType,
} from '@pinpoint/domain/testing';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudienceContext } from './audience-queries';
import type { Database } from './client';
import { copyProfiles } from './profile-writer';
import { estimateReach } from './reach-estimate';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const asOf = new Date('2026-03-01T10:00:00.000Z');
const SEGMENT_IDS = ['s0', 's1', 's2', 's3'];

/** Rules, half of them negated: a negated narrow rule selects most people. */
function broadRuleArbitrary(catalog: Catalog): fc.Arbitrary<SegmentRule> {
  const rule = ruleArbitrary(catalog, { maxDepth: 2 });
  return fc.oneof(
    rule,
    rule.map((not): SegmentRule => ({ not })),
  );
}

/**
 * Catalogs that have `sent` events three times in four (so frequency caps bite), a population
 * with many reachable channels (and another workspace's, which must not count), four saved
 * segments with broad rules, a campaign over them and maybe a budget to ask about.
 */
const scenario = fc
  .tuple(catalogArbitrary(), fc.integer({ min: 0, max: 3 }))
  .map(([catalog, sent]) => (sent > 0 ? withEventType(catalog) : catalog))
  .chain((catalog) =>
    fc.record({
      catalog: fc.constant(catalog),
      profiles: profilesArbitrary(catalog, { asOf, maxLength: 30, reachableWeight: 1 }),
      elsewhere: profilesArbitrary(catalog, {
        asOf,
        maxLength: 3,
        reachableWeight: 1,
        workspaceId: 'elsewhere',
      }),
      saved: fc.array(broadRuleArbitrary(catalog), {
        minLength: SEGMENT_IDS.length,
        maxLength: SEGMENT_IDS.length,
      }),
      campaign: campaignArbitrary(SEGMENT_IDS),
      budget: fc.option(moneyArbitrary(300), { nil: undefined }),
    }),
  );

describe.each(testTargets())(
  'reach estimate in SQL agrees with the reference on $name',
  (target) => {
    let db: Database;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ db, dispose } = await target.open());
      await ensureWorkspace(db, WS);
      await ensureWorkspace(db, 'elsewhere');
    }, 60_000);
    afterAll(async () => dispose());

    it('counts the same audience, losses and channels, and so the same costs and curve', async () => {
      await fc.assert(
        fc.asyncProperty(
          scenario,
          async ({ catalog, profiles, elsewhere, saved, campaign, budget }) => {
            await db.rows(sql`delete from profiles`);
            await copyProfiles(db, WS, profiles);
            await copyProfiles(db, 'elsewhere', elsewhere);
            const stored = new Map<string, SegmentDefinition>(
              saved.map((rule, i) => [`s${i}`, { id: `s${i}`, name: `saved ${i}`, rule }]),
            );
            const context: AudienceContext = {
              workspaceId: WS,
              catalog: indexCatalog(catalog),
              segments: (id) => stored.get(id),
              asOf,
            };
            const options = budget === undefined ? {} : { budget };
            const expected = reachOf(profiles, campaign, context, options);
            expect(await estimateReach(db, campaign, context, options)).toEqual(expected);
          },
        ),
        { numRuns: RUNS, endOnFailure: true },
      );
    }, 600_000);

    it('reports unknown segments by their place in the campaign instead of throwing', async () => {
      const context: AudienceContext = {
        workspaceId: WS,
        catalog: indexCatalog(TEST_CATALOG),
        segments: (id) =>
          id === 's0'
            ? { id, name: 'All', rule: { not: { reachable: { channel: 'sms' } } } }
            : undefined,
        asOf,
      };
      const campaign = Campaign.parse({
        id: 'spring',
        name: 'Spring',
        purpose: 'civic',
        includeSegmentIds: ['s0', 'ghosts'],
        channels: [{ channel: 'sms', costPerContact: 0.05, priority: 0 }],
      });
      expect(await estimateReach(db, campaign, context)).toEqual({
        ok: false,
        issues: [
          {
            path: 'campaign.includeSegmentIds[1]',
            code: 'unknown_segment',
            message: 'unknown segment "ghosts"',
          },
        ],
      });
    });
  },
);
