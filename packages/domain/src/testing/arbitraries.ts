import fc from 'fast-check';
import { operatorsFor } from '../attribute-value';
import { Catalog, SensitiveCategory, type AttributeDefinition } from '../catalog';
import { CHANNELS } from '../channel';
import type { AttributeCondition, AttributeOperator, SegmentRule } from '../segment-rule';
import {
  attributeValueArbitrary,
  dateArbitrary,
  fragmentArbitrary,
  numberArbitrary,
  textArbitrary,
  unitIntervalArbitrary,
  WINDOW_DAYS,
} from './values';

const keyArbitrary = () => fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const labelArbitrary = () => textArbitrary(20).filter((label) => label.length > 0);

/** Random catalogs that pass `Catalog`: distinct keys, every attribute type, enums with distinct values. */
export function catalogArbitrary(): fc.Arbitrary<Catalog> {
  const base = {
    key: keyArbitrary(),
    label: labelArbitrary(),
    sensitive: fc.constantFrom(...SensitiveCategory.options),
  };
  const attribute = fc.oneof(
    fc.record({ ...base, type: fc.constantFrom('string', 'number', 'boolean', 'date') }),
    fc.record({
      ...base,
      type: fc.constant('enum'),
      values: fc.uniqueArray(labelArbitrary(), { minLength: 1, maxLength: 5 }),
    }),
  );
  const entries = fc.uniqueArray(fc.record({ key: keyArbitrary(), label: labelArbitrary() }), {
    selector: (entry) => entry.key,
    maxLength: 4,
  });
  return fc
    .record({
      attributes: fc.uniqueArray(attribute, { selector: (entry) => entry.key, maxLength: 6 }),
      interests: entries,
      eventTypes: entries,
      scoreModels: entries,
    })
    .map((catalog) => Catalog.parse(catalog));
}

const sortedPair = <T extends number | string>([a, b]: [T, T]): [T, T] =>
  a <= b ? [a, b] : [b, a];

function orderedPairArbitrary(
  definition: AttributeDefinition,
): fc.Arbitrary<[number | string, number | string]> {
  const pair = <T extends number | string>(values: fc.Arbitrary<T>) =>
    fc.oneof(
      fc.tuple(values, values).map(sortedPair),
      values.map((v): [T, T] => [v, v]),
    );
  return definition.type === 'number' ? pair(numberArbitrary()) : pair(dateArbitrary());
}

/**
 * Conditions on one attribute that are valid for the catalog, using `operators` (default:
 * every operator of the attribute's type; others are ignored).
 */
export function attributeConditionArbitrary(
  definition: AttributeDefinition,
  operators: readonly AttributeOperator[] = operatorsFor(definition.type),
): fc.Arbitrary<AttributeCondition> {
  const key = definition.key;
  const value = attributeValueArbitrary(definition);
  const ordered = value.filter((v): v is number | string => typeof v !== 'boolean');
  const usable = operators.filter((op) => operatorsFor(definition.type).includes(op));
  return fc.constantFrom(...usable).chain((op): fc.Arbitrary<AttributeCondition> => {
    switch (op) {
      case 'eq':
      case 'neq':
        return value.map((v) => ({ key, op, value: v }));
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte':
        return ordered.map((v) => ({ key, op, value: v }));
      case 'in':
      case 'notIn':
        return fc
          .array(ordered, { minLength: 1, maxLength: 3 })
          .map((values) => ({ key, op, values }));
      case 'between':
        return orderedPairArbitrary(definition).map(([min, max]) => ({ key, op, min, max }));
      case 'contains':
      case 'startsWith':
        return fragmentArbitrary().map((v) => ({ key, op, value: v }));
      case 'exists':
      case 'missing':
        return fc.constant({ key, op });
    }
  });
}

/** Options of `ruleArbitrary`. */
export interface RuleArbitraryOptions {
  /** Deepest nesting of generated trees (a lone condition has depth 1); default 4. */
  maxDepth?: number;
  /** Most children of an `and` / `or`; default 3. */
  maxChildren?: number;
  /** The `withinDays` event conditions use; default `WINDOW_DAYS`. */
  windowDays?: readonly number[];
}

/** Single conditions valid for the catalog: attribute, interest, event, score and reachable. */
export function conditionArbitrary(
  catalog: Catalog,
  windowDays: readonly number[] = WINDOW_DAYS,
): fc.Arbitrary<SegmentRule> {
  const count = fc.integer({ min: 0, max: 3 });
  const bounds = fc.oneof(
    count.map((atLeast) => ({ atLeast })),
    count.map((atMost) => ({ atMost })),
    fc.tuple(count, count).map(([a, b]) => ({ atLeast: Math.min(a, b), atMost: Math.max(a, b) })),
  );
  const keys = (entries: { key: string }[]) => entries.map((entry) => entry.key);
  // Attribute conditions carry most of the semantics (types, operators, missing values).
  const kinds: { weight: number; arbitrary: fc.Arbitrary<SegmentRule> }[] = [
    {
      weight: 1,
      arbitrary: fc.constantFrom(...CHANNELS).map((channel) => ({ reachable: { channel } })),
    },
  ];
  if (catalog.attributes.length > 0) {
    const conditions = catalog.attributes.map((definition) =>
      attributeConditionArbitrary(definition),
    );
    kinds.push({
      weight: 4,
      arbitrary: fc.oneof(...conditions).map((attribute) => ({ attribute })),
    });
  }
  if (catalog.interests.length > 0) {
    const interest = fc.record({
      topic: fc.constantFrom(...keys(catalog.interests)),
      minAffinity: unitIntervalArbitrary(),
    });
    kinds.push({ weight: 1, arbitrary: interest.map((c) => ({ interest: c })) });
  }
  if (catalog.eventTypes.length > 0) {
    const event = fc.record({
      type: fc.constantFrom(...keys(catalog.eventTypes)),
      withinDays: fc.constantFrom(...windowDays),
      bounds,
    });
    kinds.push({
      weight: 1,
      arbitrary: event.map(({ bounds: b, ...rest }) => ({ event: { ...rest, ...b } })),
    });
  }
  if (catalog.scoreModels.length > 0) {
    const ops = fc.constantFrom('lt' as const, 'lte' as const, 'gt' as const, 'gte' as const);
    const score = fc.record({
      model: fc.constantFrom(...keys(catalog.scoreModels)),
      op: ops,
      value: unitIntervalArbitrary(),
    });
    kinds.push({ weight: 1, arbitrary: score.map((c) => ({ score: c })) });
  }
  return fc.oneof(...kinds);
}

/**
 * Rule trees valid for the catalog (they pass `validateRule`): `and`, `or`, `not` and every
 * condition kind, but no segment references. Depth-bounded by `maxDepth`.
 */
export function ruleArbitrary(
  catalog: Catalog,
  options: RuleArbitraryOptions = {},
): fc.Arbitrary<SegmentRule> {
  const { maxDepth = 4, maxChildren = 3, windowDays = WINDOW_DAYS } = options;
  const leaf = conditionArbitrary(catalog, windowDays);
  let tree = leaf;
  for (let depth = 2; depth <= maxDepth; depth += 1) {
    const children = fc.array(tree, { minLength: 1, maxLength: maxChildren });
    tree = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: children.map((and): SegmentRule => ({ and })) },
      { weight: 1, arbitrary: children.map((or): SegmentRule => ({ or })) },
      { weight: 1, arbitrary: tree.map((not): SegmentRule => ({ not })) },
    );
  }
  return tree;
}
