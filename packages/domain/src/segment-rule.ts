import { z } from 'zod';
import { CatalogKey } from './catalog';
import { Channel } from './channel';

/** A value an attribute condition compares with: text, enum value or `YYYY-MM-DD` date, number, or boolean. */
export const ConditionValue = z.union([z.string().max(1000), z.number(), z.boolean()]);
/** A value an attribute condition compares with. */
export type ConditionValue = z.infer<typeof ConditionValue>;

const OrderedValue = z.union([z.number(), z.string().max(1000)]);

/**
 * A condition on one catalog attribute. Which operators apply depends on the attribute's type
 * (see `operatorsFor`); every comparison with a missing value is false.
 */
export const AttributeCondition = z.discriminatedUnion('op', [
  z.strictObject({ key: CatalogKey, op: z.enum(['eq', 'neq']), value: ConditionValue }),
  z.strictObject({
    key: CatalogKey,
    op: z.enum(['in', 'notIn']),
    values: z.array(OrderedValue).min(1, 'expected at least one value').max(1000),
  }),
  z.strictObject({ key: CatalogKey, op: z.enum(['lt', 'lte', 'gt', 'gte']), value: OrderedValue }),
  z.strictObject({
    key: CatalogKey,
    op: z.literal('between'),
    min: OrderedValue,
    max: OrderedValue,
  }),
  z.strictObject({ key: CatalogKey, op: z.enum(['exists', 'missing']) }),
  z.strictObject({
    key: CatalogKey,
    op: z.enum(['contains', 'startsWith']),
    value: z.string().min(1, 'expected a non-empty text').max(1000),
  }),
]);
/** A condition on one catalog attribute. */
export type AttributeCondition = z.infer<typeof AttributeCondition>;
/** Every attribute operator. */
export type AttributeOperator = AttributeCondition['op'];

/** Has the interest `topic` with an affinity of at least `minAffinity` (0..1). */
export const InterestCondition = z.strictObject({
  topic: CatalogKey,
  minAffinity: z.number().min(0).max(1),
});
/** Has an interest with at least a given affinity. */
export type InterestCondition = z.infer<typeof InterestCondition>;

/**
 * Did events of `type` between `atLeast` and `atMost` times (either bound may be left out,
 * not both) in the `withinDays` days up to the evaluation's `asOf`.
 */
export const EventCondition = z
  .strictObject({
    type: CatalogKey,
    withinDays: z.number().int().min(1).max(3660),
    atLeast: z.number().int().min(0).max(1_000_000).optional(),
    atMost: z.number().int().min(0).max(1_000_000).optional(),
  })
  .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
    message: 'expected atLeast, atMost or both',
    path: ['atLeast'],
  });
/** Event count of a type within a time window. */
export type EventCondition = z.infer<typeof EventCondition>;

/** A predicted score (0..1) of `model` compared with `value`; a missing score never matches. */
export const ScoreCondition = z.strictObject({
  model: CatalogKey,
  op: z.enum(['lt', 'lte', 'gt', 'gte']),
  value: z.number().min(0).max(1),
});
/** A predicted-score threshold. */
export type ScoreCondition = z.infer<typeof ScoreCondition>;

/** Can be contacted on `channel`: an address is present and consent is granted. */
export const ReachableCondition = z.strictObject({ channel: Channel });
/** Reachability on a channel. */
export type ReachableCondition = z.infer<typeof ReachableCondition>;

/** Id of a saved segment. */
export const SegmentId = z.string().min(1).max(128);
/** Membership of another saved segment, whose rule is evaluated in its place. */
export const SegmentReference = z.strictObject({ id: SegmentId });
/** Membership of another segment. */
export type SegmentReference = z.infer<typeof SegmentReference>;

/**
 * A segment rule: a tree of `and` / `or` / `not` groups over conditions. Each node is an
 * object with exactly one key naming its kind, e.g.
 * `{ and: [{ attribute: { key: 'age', op: 'between', min: 25, max: 40 } }, { reachable: { channel: 'email' } }] }`.
 * The semantics are written down in SEMANTICS.md beside this package.
 */
export type SegmentRule =
  | { and: SegmentRule[] }
  | { or: SegmentRule[] }
  | { not: SegmentRule }
  | { attribute: AttributeCondition }
  | { interest: InterestCondition }
  | { event: EventCondition }
  | { score: ScoreCondition }
  | { reachable: ReachableCondition }
  | { segment: SegmentReference };

/** The kinds of rule node, i.e. the one key each node has. */
export const RULE_KINDS = [
  'and',
  'or',
  'not',
  'attribute',
  'interest',
  'event',
  'score',
  'reachable',
  'segment',
] as const;
/** The kind of a rule node. */
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * Structural schema of a rule tree (shapes only, no catalog checks). Use `validateRule` for
 * user input: it also checks the catalog and names each problem by its path.
 */
export const SegmentRule: z.ZodType<SegmentRule> = z.lazy(() =>
  z.union([
    z.strictObject({ and: z.array(SegmentRule).min(1) }),
    z.strictObject({ or: z.array(SegmentRule).min(1) }),
    z.strictObject({ not: SegmentRule }),
    z.strictObject({ attribute: AttributeCondition }),
    z.strictObject({ interest: InterestCondition }),
    z.strictObject({ event: EventCondition }),
    z.strictObject({ score: ScoreCondition }),
    z.strictObject({ reachable: ReachableCondition }),
    z.strictObject({ segment: SegmentReference }),
  ]),
);

/** The kind of a (structurally valid) rule node. */
export function ruleKind(rule: SegmentRule): RuleKind {
  return Object.keys(rule)[0] as RuleKind;
}
