import { describe, expect, it } from 'vitest';
import { parseRuleExpression } from './parse-rule-expression';
import { RuleExpressionError } from './tokens';

const failure = (source: string) => {
  try {
    parseRuleExpression(source);
  } catch (error) {
    if (error instanceof RuleExpressionError)
      return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error(`"${source}" parsed`);
};

describe('parseRuleExpression', () => {
  it('reads attribute comparisons with every operator', () => {
    expect(parseRuleExpression('age >= 18')).toEqual({
      attribute: { key: 'age', op: 'gte', value: 18 },
    });
    expect(parseRuleExpression('region = BY')).toEqual({
      attribute: { key: 'region', op: 'eq', value: 'BY' },
    });
    expect(parseRuleExpression('member == true')).toEqual({
      attribute: { key: 'member', op: 'eq', value: true },
    });
    expect(parseRuleExpression("city != 'Bad Tölz'")).toEqual({
      attribute: { key: 'city', op: 'neq', value: 'Bad Tölz' },
    });
    expect(parseRuleExpression('age<30')).toEqual({
      attribute: { key: 'age', op: 'lt', value: 30 },
    });
    expect(parseRuleExpression('age <= -1.5e2')).toEqual({
      attribute: { key: 'age', op: 'lte', value: -150 },
    });
    expect(parseRuleExpression('birth_date > 1990-01-01')).toEqual({
      attribute: { key: 'birth_date', op: 'gt', value: '1990-01-01' },
    });
    expect(parseRuleExpression('region in (BY, BW,HE)')).toEqual({
      attribute: { key: 'region', op: 'in', values: ['BY', 'BW', 'HE'] },
    });
    expect(parseRuleExpression('age NOT IN (18, "19")')).toEqual({
      attribute: { key: 'age', op: 'notIn', values: [18, '19'] },
    });
    expect(parseRuleExpression('age between 25 and 40')).toEqual({
      attribute: { key: 'age', op: 'between', min: 25, max: 40 },
    });
    expect(parseRuleExpression('first_name exists')).toEqual({
      attribute: { key: 'first_name', op: 'exists' },
    });
    expect(parseRuleExpression('first_name missing')).toEqual({
      attribute: { key: 'first_name', op: 'missing' },
    });
    expect(parseRuleExpression('postcode startsWith 80')).toEqual({
      attribute: { key: 'postcode', op: 'startsWith', value: '80' },
    });
    expect(parseRuleExpression('city contains "burg"')).toEqual({
      attribute: { key: 'city', op: 'contains', value: 'burg' },
    });
  });

  it('reads interests, events, scores, reachability and segment references', () => {
    expect(parseRuleExpression('interest(climate) >= 0.6')).toEqual({
      interest: { topic: 'climate', minAffinity: 0.6 },
    });
    expect(parseRuleExpression('event(purchase, 30d)')).toEqual({
      event: { type: 'purchase', withinDays: 30, atLeast: 1 },
    });
    expect(parseRuleExpression('event(purchase, 30) > 2')).toEqual({
      event: { type: 'purchase', withinDays: 30, atLeast: 3 },
    });
    expect(parseRuleExpression('event(donation, 365d) <= 1')).toEqual({
      event: { type: 'donation', withinDays: 365, atMost: 1 },
    });
    expect(parseRuleExpression('event(donation, 365d) = 0')).toEqual({
      event: { type: 'donation', withinDays: 365, atLeast: 0, atMost: 0 },
    });
    expect(parseRuleExpression('event(donation, 7d) between 1 and 3')).toEqual({
      event: { type: 'donation', withinDays: 7, atLeast: 1, atMost: 3 },
    });
    expect(parseRuleExpression('score(churn) > 0.7')).toEqual({
      score: { model: 'churn', op: 'gt', value: 0.7 },
    });
    expect(parseRuleExpression('reachable(email)')).toEqual({ reachable: { channel: 'email' } });
    expect(parseRuleExpression('segment(5e600000-0000-4000-8000-000000000003)')).toEqual({
      segment: { id: '5e600000-0000-4000-8000-000000000003' },
    });
  });

  it('binds not tighter than and, and tighter than or; parentheses group', () => {
    expect(parseRuleExpression('age > 1 or not age > 2 and reachable(sms)')).toEqual({
      or: [
        { attribute: { key: 'age', op: 'gt', value: 1 } },
        {
          and: [
            { not: { attribute: { key: 'age', op: 'gt', value: 2 } } },
            { reachable: { channel: 'sms' } },
          ],
        },
      ],
    });
    expect(parseRuleExpression('(age > 1 or age < 0) and (reachable(sms))')).toEqual({
      and: [
        {
          or: [
            { attribute: { key: 'age', op: 'gt', value: 1 } },
            { attribute: { key: 'age', op: 'lt', value: 0 } },
          ],
        },
        { reachable: { channel: 'sms' } },
      ],
    });
  });

  it('keeps a parenthesised group as a child instead of flattening it', () => {
    expect(parseRuleExpression('(age > 1 and age < 9) and reachable(sms)')).toEqual({
      and: [
        {
          and: [
            { attribute: { key: 'age', op: 'gt', value: 1 } },
            { attribute: { key: 'age', op: 'lt', value: 9 } },
          ],
        },
        { reachable: { channel: 'sms' } },
      ],
    });
  });

  it('says what it expected, and where', () => {
    expect(failure('age >=')).toEqual({
      message: 'expected a value, found the end of the expression',
      offset: 6,
    });
    expect(failure('age is 5')).toMatchObject({
      message: expect.stringContaining('expected an operator after "age"') as string,
      offset: 4,
    });
    expect(failure('age > 1 age < 2')).toEqual({
      message: 'expected "and", "or" or the end, found "age"',
      offset: 8,
    });
    expect(failure('(age > 1')).toMatchObject({
      message: 'expected ")" to close the group, found the end of the expression',
    });
    expect(failure('city = "Berlin')).toEqual({
      message: 'unterminated string: add the closing "',
      offset: 7,
    });
    expect(failure('region = and')).toMatchObject({
      message: 'expected a value, found the keyword "and"; quote it to use it as text',
    });
    expect(failure('member < true')).toMatchObject({
      message: '"<" compares numbers, texts and dates, not true or false',
    });
    expect(failure('interest(climate) > 0.5')).toMatchObject({ offset: 18 });
    expect(failure('event(purchase, month)')).toMatchObject({
      message: 'expected a window in days such as 30d, found "month"',
    });
    expect(failure('likes(cats)')).toMatchObject({
      message: expect.stringContaining('unknown condition "likes(…)"') as string,
    });
    expect(failure('age ! 3')).toEqual({ message: 'expected "!=" after "!"', offset: 4 });
  });
});
