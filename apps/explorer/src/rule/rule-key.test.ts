import { describe, expect, it } from 'vitest';
import { ruleKey, subtreeKeys } from './rule-key';
import { counterIds, rootFromJson } from './rule-tree';

describe('ruleKey', () => {
  it('is the same for the same rule whatever the order of object keys', () => {
    expect(ruleKey({ attribute: { key: 'age', op: 'between', min: 18, max: 30 } })).toBe(
      ruleKey({ attribute: { max: 30, min: 18, op: 'between', key: 'age' } }),
    );
    expect(
      ruleKey({ or: [{ reachable: { channel: 'sms' } }, { segment: { id: 's1' } }] }),
    ).not.toBe(ruleKey({ or: [{ segment: { id: 's1' } }, { reachable: { channel: 'sms' } }] }));
  });
});

describe('subtreeKeys', () => {
  it('keys every node below the root by id, in document order', () => {
    const email = { reachable: { channel: 'email' } } as const;
    const root = rootFromJson({ and: [email, { not: { or: [email] } }] }, counterIds(1));
    const keys = subtreeKeys(root);
    expect([...keys.keys()]).toEqual(['n2', 'n3', 'n4', 'n5']);
    expect(keys.get('n2')).toBe(ruleKey(email));
    expect(keys.get('n3')).toBe(ruleKey({ not: { or: [email] } }));
    expect(keys.get('n5')).toBe(keys.get('n2'));
  });
});
