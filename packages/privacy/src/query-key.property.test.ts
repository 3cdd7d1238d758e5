import { matches, type AttributeCondition, type Profile, type SegmentRule } from '@pinpoint/domain';
import {
  attributeConditionArbitrary,
  conditionArbitrary,
  profileArbitrary,
  ruleArbitrary,
  TEST_CATALOG,
  unitIntervalArbitrary,
} from '@pinpoint/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRule } from './canonical-rule';
import { canonicalText } from './canonical-text';
import { queryKey } from './query-key';

const asOf = new Date('2024-06-15T12:00:00.000Z');
const rules = ruleArbitrary(TEST_CATALOG);
const profiles = fc.array(profileArbitrary(TEST_CATALOG, { asOf }), { maxLength: 12 });
const keyOf = (rule: SegmentRule) => queryKey(rule, { asOf });
const runs = { numRuns: 300 };

/** The same object with its keys in reverse order; JSON would print it differently. */
const reversedKeys = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).reverse()) as T;

function rewrittenCondition(condition: AttributeCondition): fc.Arbitrary<AttributeCondition> {
  if (condition.op !== 'in' && condition.op !== 'notIn') {
    return fc.constantFrom(condition, reversedKeys(condition));
  }
  const { values } = condition;
  return fc
    .tuple(fc.shuffledSubarray(values, { minLength: values.length }), fc.subarray(values))
    .map(([shuffled, repeated]) => ({ ...condition, values: [...shuffled, ...repeated] }));
}

/**
 * Rules that mean the same as `rule` written differently: children of every group shuffled,
 * some repeated, some regrouped into a nested group of the same kind; conditions wrapped in
 * groups of one or in double negation; `in` lists shuffled with repeats; keys reordered.
 */
function rewritten(rule: SegmentRule): fc.Arbitrary<SegmentRule> {
  let body: fc.Arbitrary<SegmentRule>;
  if ('and' in rule || 'or' in rule) {
    const kind = 'and' in rule ? 'and' : 'or';
    const children = 'and' in rule ? rule.and : rule.or;
    const make = (members: SegmentRule[]): SegmentRule =>
      kind === 'and' ? { and: members } : { or: members };
    body = fc
      .tuple(...children.map(rewritten))
      .chain((copies) => fc.tuple(fc.constant(copies), fc.subarray(copies)))
      .chain(([copies, repeated]) => {
        const all = [...copies, ...repeated];
        return fc.tuple(
          fc.shuffledSubarray(all, { minLength: all.length }),
          fc.integer({ min: 0, max: all.length - 1 }),
        );
      })
      .map(([members, split]) =>
        split === 0
          ? make(members)
          : make([...members.slice(0, split), make(members.slice(split))]),
      );
  } else if ('not' in rule) {
    body = rewritten(rule.not).map((inner) => ({ not: inner }));
  } else if ('attribute' in rule) {
    body = rewrittenCondition(rule.attribute).map((attribute) => ({ attribute }));
  } else {
    body = fc.constant(rule);
  }
  return fc.oneof(
    { weight: 4, arbitrary: body },
    body.map((r): SegmentRule => ({ and: [r] })),
    body.map((r): SegmentRule => ({ or: [r] })),
    body.map((r): SegmentRule => ({ not: { not: r } })),
  );
}

/** Every condition (leaf) of a rule, in order. */
function leaves(rule: SegmentRule): SegmentRule[] {
  if ('and' in rule) return rule.and.flatMap(leaves);
  if ('or' in rule) return rule.or.flatMap(leaves);
  if ('not' in rule) return leaves(rule.not);
  return [rule];
}

/** The rule with its `index`-th leaf replaced. */
function replaceLeaf(rule: SegmentRule, index: number, replacement: SegmentRule): SegmentRule {
  let seen = -1;
  const walk = (node: SegmentRule): SegmentRule => {
    if ('and' in node) return { and: node.and.map(walk) };
    if ('or' in node) return { or: node.or.map(walk) };
    if ('not' in node) return { not: walk(node.not) };
    seen += 1;
    return seen === index ? replacement : node;
  };
  return walk(rule);
}

/**
 * Conditions to put in place of `leaf`: any condition, or (more often) the same attribute,
 * interest or score with the same operator and another value, the smallest change there is.
 */
function changedCondition(leaf: SegmentRule): fc.Arbitrary<SegmentRule> {
  const any = conditionArbitrary(TEST_CATALOG);
  let near: fc.Arbitrary<SegmentRule> | undefined;
  if ('attribute' in leaf) {
    const definition = TEST_CATALOG.attributes.find((d) => d.key === leaf.attribute.key)!;
    near = attributeConditionArbitrary(definition, [leaf.attribute.op]).map((attribute) => ({
      attribute,
    }));
  } else if ('interest' in leaf) {
    const { topic } = leaf.interest;
    near = unitIntervalArbitrary().map((minAffinity) => ({ interest: { topic, minAffinity } }));
  } else if ('score' in leaf) {
    near = unitIntervalArbitrary().map((value) => ({ score: { ...leaf.score, value } }));
  }
  return near ? fc.oneof(any, { weight: 2, arbitrary: near }) : any;
}

describe('queryKey (properties)', () => {
  it('gives rewritten copies of a rule the same key', () => {
    const pairs = rules.chain((rule) => fc.tuple(fc.constant(rule), rewritten(rule)));
    fc.assert(
      fc.property(pairs, ([rule, copy]) => {
        expect(keyOf(copy)).toBe(keyOf(rule));
      }),
      runs,
    );
  });

  it('keeps the meaning: the canonical rule selects the same profiles', () => {
    fc.assert(
      fc.property(rules, profiles, (rule, people: Profile[]) => {
        const canonical = canonicalRule(rule);
        for (const profile of people) {
          expect(matches(profile, canonical, { asOf })).toBe(matches(profile, rule, { asOf }));
        }
      }),
      runs,
    );
  });

  it('gives a different key when one condition is changed', () => {
    const changes = rules.chain((rule) =>
      fc
        .nat({ max: leaves(rule).length - 1 })
        .chain((index) =>
          fc.tuple(fc.constant(rule), fc.constant(index), changedCondition(leaves(rule)[index]!)),
        ),
    );
    fc.assert(
      fc.property(changes, ([rule, index, replacement]) => {
        // A changed condition is one the rule does not already have, in any spelling.
        const canonicalLeaves = new Set(leaves(rule).map((l) => canonicalText(canonicalRule(l))));
        fc.pre(!canonicalLeaves.has(canonicalText(canonicalRule(replacement))));
        expect(keyOf(replaceLeaf(rule, index, replacement))).not.toBe(keyOf(rule));
      }),
      runs,
    );
  });
});
