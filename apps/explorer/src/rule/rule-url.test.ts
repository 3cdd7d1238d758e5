import { describe, expect, it } from 'vitest';
import { decodeRule, encodeRule } from './rule-url';

describe('rule in the URL', () => {
  it('round-trips a rule through a search parameter', () => {
    const rule = {
      and: [
        { attribute: { key: 'region', op: 'in' as const, values: ['BY', 'BE'] } },
        { not: { reachable: { channel: 'sms' as const } } },
      ],
    };
    const params = new URLSearchParams({ rule: encodeRule(rule) });
    expect(decodeRule(new URLSearchParams(params.toString()).get('rule'))).toEqual(rule);
  });

  it('reads a missing or broken parameter as no rule', () => {
    expect(decodeRule(null)).toBeNull();
    expect(decodeRule('{not json')).toBeNull();
    expect(decodeRule('{"bogus": 1}')).toBeNull();
  });
});
