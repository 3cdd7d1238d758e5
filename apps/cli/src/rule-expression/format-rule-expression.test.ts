import type { AttributeCondition, SegmentRule } from '@pinpoint/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRuleExpression } from './format-rule-expression';
import { parseRuleExpression } from './parse-rule-expression';

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/);
const text = fc.string({ maxLength: 12, unit: 'grapheme' });
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const ordered = fc.oneof(text, number);
const anyValue = fc.oneof(text, number, fc.boolean());
const unit = fc.double({ min: 0, max: 1, noNaN: true }).filter((n) => !Object.is(n, -0));
const count = fc.integer({ min: 0, max: 1000 });

const attribute: fc.Arbitrary<AttributeCondition> = fc.oneof(
  fc.record({ key, op: fc.constantFrom('eq' as const, 'neq' as const), value: anyValue }),
  fc.record({
    key,
    op: fc.constantFrom('lt' as const, 'lte' as const, 'gt' as const, 'gte' as const),
    value: ordered,
  }),
  fc.record({
    key,
    op: fc.constantFrom('in' as const, 'notIn' as const),
    values: fc.array(ordered, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ key, op: fc.constant('between' as const), min: ordered, max: ordered }),
  fc.record({ key, op: fc.constantFrom('exists' as const, 'missing' as const) }),
  fc.record({
    key,
    op: fc.constantFrom('contains' as const, 'startsWith' as const),
    value: text.filter((t) => t !== ''),
  }),
);

const condition: fc.Arbitrary<SegmentRule> = fc.oneof(
  attribute.map((a) => ({ attribute: a })),
  fc.record({ topic: key, minAffinity: unit }).map((interest) => ({ interest })),
  fc
    .record(
      { type: key, withinDays: fc.integer({ min: 1, max: 3660 }), atLeast: count, atMost: count },
      { requiredKeys: ['type', 'withinDays'] },
    )
    .filter((e) => e.atLeast !== undefined || e.atMost !== undefined)
    .map((event) => ({ event })),
  fc
    .record({
      model: key,
      op: fc.constantFrom('lt' as const, 'lte' as const, 'gt' as const, 'gte' as const),
      value: unit,
    })
    .map((score) => ({ score })),
  fc.constantFrom('email', 'sms', 'push', 'post', 'phone' as const).map((channel) => ({
    reachable: { channel: channel as 'email' },
  })),
  fc
    .oneof(
      fc.uuid(),
      text.filter((t) => t !== ''),
    )
    .map((id) => ({ segment: { id } })),
);

const rule: fc.Arbitrary<SegmentRule> = fc.letrec<{ rule: SegmentRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    condition,
    fc.array(tie('rule'), { minLength: 2, maxLength: 3 }).map((and) => ({ and })),
    fc.array(tie('rule'), { minLength: 2, maxLength: 3 }).map((or) => ({ or })),
    tie('rule').map((not) => ({ not })),
  ),
})).rule;

describe('formatRuleExpression', () => {
  it('writes the compact form people type', () => {
    expect(
      formatRuleExpression({
        and: [
          { attribute: { key: 'age', op: 'between', min: 25, max: 40 } },
          { attribute: { key: 'region', op: 'in', values: ['BY', 'BW'] } },
          {
            or: [
              { interest: { topic: 'climate', minAffinity: 0.6 } },
              { reachable: { channel: 'email' } },
            ],
          },
          { not: { event: { type: 'purchase', withinDays: 30, atLeast: 1 } } },
          { attribute: { key: 'city', op: 'eq', value: 'Bad Tölz' } },
          { attribute: { key: 'postcode', op: 'eq', value: '80331' } },
        ],
      }),
    ).toBe(
      'age between 25 and 40 and region in (BY, BW) and (interest(climate) >= 0.6 or reachable(email))' +
        ' and not event(purchase, 30d) >= 1 and city = "Bad Tölz" and postcode = "80331"',
    );
  });

  it('reads back as the same rule', () => {
    fc.assert(
      fc.property(rule, (r) => {
        expect(parseRuleExpression(formatRuleExpression(r))).toEqual(r);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
