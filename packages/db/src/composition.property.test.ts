import {
  compositionOf,
  DEFAULT_WORKSPACE_ID as WS,
  indexCatalog,
  type Catalog,
  type CompositionOptions,
  type SegmentRule,
} from '@pinpoint/domain';
import {
  catalogArbitrary,
  numberArbitrary,
  profilesArbitrary,
  ruleArbitrary,
  TEST_CATALOG,
} from '@pinpoint/domain/testing';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AudienceContext } from './audience-queries';
import type { Database } from './client';
import { attributeDistribution, segmentComposition } from './composition-queries';
import { copyProfiles } from './profile-writer';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const asOf = new Date('2026-03-01T10:00:00.000Z');

/** Explicit edges drawn from the same values as profiles, so values land on edges often. */
const edgesArbitrary = fc
  .uniqueArray(numberArbitrary(), { minLength: 2, maxLength: 6 })
  .map((edges) => edges.sort((a, b) => a - b));

/** An attribute of the catalog (or one it lacks) and options that fit its type. */
function requestArbitrary(catalog: Catalog): fc.Arbitrary<[string, CompositionOptions]> {
  const keys = catalog.attributes.map((a) => a.key);
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('unknown_key');
  return key.chain((k) => {
    const type = catalog.attributes.find((a) => a.key === k)?.type;
    if (type === 'number')
      return fc.tuple(
        fc.constant(k),
        fc.option(edgesArbitrary, { nil: undefined }).map((edges) => (edges ? { edges } : {})),
      );
    if (type === 'string')
      return fc.tuple(
        fc.constant(k),
        fc.integer({ min: 1, max: 4 }).map((topValues) => ({ topValues })),
      );
    return fc.tuple(fc.constant(k), fc.constant({}));
  });
}

/** A population (with a second workspace that must not count), a rule and a request. */
const scenario = catalogArbitrary().chain((catalog) =>
  fc.record({
    catalog: fc.constant(catalog),
    profiles: profilesArbitrary(catalog, { asOf, maxLength: 25 }),
    elsewhere: profilesArbitrary(catalog, { asOf, maxLength: 3, workspaceId: 'elsewhere' }),
    rule: ruleArbitrary(catalog),
    request: requestArbitrary(catalog),
  }),
);

describe.each(testTargets())('composition in SQL agrees with the reference on $name', (target) => {
  let db: Database;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ db, dispose } = await target.open());
    await ensureWorkspace(db, WS);
    await ensureWorkspace(db, 'elsewhere');
  }, 60_000);
  afterAll(async () => dispose());

  it('gives the same rows, counts, shares and lifts, and the same distribution', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ catalog, profiles, elsewhere, rule, request }) => {
        await db.rows(sql`delete from profiles`);
        await copyProfiles(db, WS, profiles);
        await copyProfiles(db, 'elsewhere', elsewhere);
        const [key, options] = request;
        const context: AudienceContext = {
          workspaceId: WS,
          catalog: indexCatalog(catalog),
          segments: () => undefined,
          asOf,
        };
        const expected = compositionOf(profiles, rule, key, context, options);
        expect(await segmentComposition(db, rule, key, context, options)).toEqual(expected);
        const everyone = compositionOf(profiles, null, key, context, options);
        expect(await attributeDistribution(db, key, context, options)).toEqual(everyone);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 600_000);

  it('reports an unknown attribute and edges on a non-number attribute by path', async () => {
    const context: AudienceContext = {
      workspaceId: WS,
      catalog: indexCatalog(TEST_CATALOG),
      segments: () => undefined,
      asOf,
    };
    expect(await attributeDistribution(db, 'income', context)).toMatchObject({
      ok: false,
      issues: [{ path: 'attribute', code: 'unknown_attribute' }],
    });
    const rule: SegmentRule = { reachable: { channel: 'email' } };
    expect(await segmentComposition(db, rule, 'region', context, { edges: [0, 1] })).toMatchObject({
      ok: false,
      issues: [{ path: 'edges', code: 'invalid_shape' }],
    });
  });
});
