import {
  DEFAULT_WORKSPACE_ID as WS,
  indexCatalog,
  matches,
  type SegmentDefinition,
  type SegmentRule,
} from '@pinpoint/domain';
import { catalogArbitrary, profilesArbitrary, ruleArbitrary } from '@pinpoint/domain/testing';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentMembers, type AudienceContext } from './audience-queries';
import type { Database } from './client';
import { copyProfiles } from './profile-writer';
import { testTargets } from './testing';
import { ensureWorkspace } from './workspaces';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const asOf = new Date('2026-03-01T10:00:00.000Z');

/** A population, two saved segments and rules that may reference them. */
const scenario = catalogArbitrary().chain((catalog) =>
  fc.record({
    catalog: fc.constant(catalog),
    profiles: profilesArbitrary(catalog, { asOf, maxLength: 25 }),
    saved: fc.array(ruleArbitrary(catalog, { maxDepth: 3 }), { minLength: 2, maxLength: 2 }),
    rules: fc.array(
      fc.tuple(ruleArbitrary(catalog), fc.constantFrom('plain', 'and-ref', 'or-ref', 'not-ref')),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

function withReference(rule: SegmentRule, how: string, id: string): SegmentRule {
  const ref: SegmentRule = { segment: { id } };
  if (how === 'and-ref') return { and: [rule, ref] };
  if (how === 'or-ref') return { or: [rule, ref] };
  if (how === 'not-ref') return { and: [rule, { not: ref }] };
  return rule;
}

describe.each(testTargets())(
  'SQL compiler agrees with the in-memory evaluator on $name',
  (target) => {
    let db: Database;
    let dispose: () => Promise<void>;
    let cases = 0;

    beforeAll(async () => {
      ({ db, dispose } = await target.open());
      await ensureWorkspace(db, WS);
    }, 60_000);
    afterAll(async () => {
      console.info(
        `${target.name}: ${cases} property cases, each comparing member ids of 1–4 rules`,
      );
      await dispose();
    });

    it('selects exactly the same profile ids for random catalogs, profiles and rules', async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ catalog, profiles, saved, rules }) => {
          cases += 1;
          await db.rows(sql`delete from profiles`);
          await copyProfiles(db, WS, profiles);
          const stored = new Map<string, SegmentDefinition>(
            saved.map((rule, i) => [`s${i}`, { id: `s${i}`, name: `saved ${i}`, rule }]),
          );
          const context: AudienceContext = {
            workspaceId: WS,
            catalog: indexCatalog(catalog),
            segments: (id) => stored.get(id),
            asOf,
          };
          for (const [index, [base, how]] of rules.entries()) {
            const rule = withReference(base, how, `s${index % 2}`);
            const expected = profiles
              .filter((p) => matches(p, rule, context))
              .map((p) => p.id)
              .sort();
            const page = await segmentMembers(db, rule, context, { limit: 1000 });
            expect(page.ids, JSON.stringify(rule)).toEqual(expected);
          }
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }, 600_000);
  },
);
