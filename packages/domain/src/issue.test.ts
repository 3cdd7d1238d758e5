import { describe, expect, it } from 'vitest';
import { formatIssue, joinPath } from './issue';

describe('joinPath', () => {
  it.each([
    [['rule', 'and', 2, 'attribute', 'value'], 'rule.and[2].attribute.value'],
    [['rule'], 'rule'],
    [['', 'interests', 0, 'topic'], 'interests[0].topic'],
    [['profile', 'attributes', 'joined_on'], 'profile.attributes.joined_on'],
    [['rule', 'or', 0, 1], 'rule.or[0][1]'],
  ] as [[string, ...(string | number)[]], string][])(
    'joins %j as %s',
    ([base, ...parts], expected) => {
      expect(joinPath(base, ...parts)).toBe(expected);
    },
  );
});

describe('formatIssue', () => {
  it('prints path and message the way logs show them', () => {
    const issue = {
      path: 'rule.and[2].attribute.value',
      code: 'type_mismatch',
      message: 'expected a number',
    } as const;
    expect(formatIssue(issue)).toBe('rule.and[2].attribute.value: expected a number');
  });

  it('adds the line and column of a template problem', () => {
    const issue = {
      path: 'variants[0].template',
      code: 'syntax_error',
      message: 'tag {% if %} not closed',
      line: 3,
      column: 7,
    } as const;
    expect(formatIssue(issue)).toBe(
      'variants[0].template (line 3, column 7): tag {% if %} not closed',
    );
  });
});
