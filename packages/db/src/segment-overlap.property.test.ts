import {
  DEFAULT_WORKSPACE_ID as WS,
  indexCatalog,
  overlapOf,
  type SegmentRule,
} from '@pinpoint/domain';
import {
  catalogArbitrary,
  profilesArbitrary,
  ruleArbitrary,
  TEST_CATALOG,
} from '@pinpoint/domain/testing';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudienceContext } from './audience-queries';
import type { Database } from './client';
import { copyProfiles } from './profile-writer';
import { segmentOverlap } from './segment-overlap';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const asOf = new Date('2026-03-01T10:00:00.000Z');

/** A population (and another workspace's, which must not count) and 1–20 rules, mostly a few. */
const scenario = catalogArbitrary().chain((catalog) =>
  fc.record({
    catalog: fc.constant(catalog),
    profiles: profilesArbitrary(catalog, { asOf, maxLength: 25 }),
    elsewhere: profilesArbitrary(catalog, { asOf, maxLength: 3, workspaceId: 'elsewhere' }),
    rules: fc.oneof(
      { weight: 4, arbitrary: fc.array(ruleArbitrary(catalog), { minLength: 1, maxLength: 4 }) },
      fc.array(ruleArbitrary(catalog, { maxDepth: 2 }), { minLength: 20, maxLength: 20 }),
    ),
  }),
);

describe.each(testTargets())(
  'segment overlap in SQL agrees with the reference on $name',
  (target) => {
    let db: Database;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ db, dispose } = await target.open());
      await ensureWorkspace(db, WS);
      await ensureWorkspace(db, 'elsewhere');
    }, 60_000);
    afterAll(async () => dispose());

    it('gives the same sizes, intersections, union and population', async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ catalog, profiles, elsewhere, rules }) => {
          await db.rows(sql`delete from profiles`);
          await copyProfiles(db, WS, profiles);
          await copyProfiles(db, 'elsewhere', elsewhere);
          const context: AudienceContext = {
            workspaceId: WS,
            catalog: indexCatalog(catalog),
            segments: () => undefined,
            asOf,
          };
          const expected = overlapOf(profiles, rules, context);
          expect(await segmentOverlap(db, rules, context)).toEqual(expected);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }, 600_000);

    it('takes 1 to 20 rules and says so otherwise', async () => {
      const context: AudienceContext = {
        workspaceId: WS,
        catalog: indexCatalog(TEST_CATALOG),
        segments: () => undefined,
        asOf,
      };
      const rule: SegmentRule = { reachable: { channel: 'email' } };
      const tooMany = Array.from({ length: 21 }, () => rule);
      expect(await segmentOverlap(db, tooMany, context)).toMatchObject({
        ok: false,
        issues: [{ path: 'segments' }],
      });
      expect(await segmentOverlap(db, [], context)).toMatchObject({ ok: false });
    });
  },
);
