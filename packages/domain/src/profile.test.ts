import { describe, expect, it } from 'vitest';
import { Profile, validateProfileFacts } from './profile';
import { profileIdFor } from './profile-id';
import { TEST_CATALOG_INDEX, testProfile, type TestProfileInput } from './testing';

const id = profileIdFor('anna');
const parse = (input: Record<string, unknown>) =>
  Profile.safeParse({ id, externalId: 'anna', ...input });
const pathsOf = (result: ReturnType<typeof parse>) => {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => [path.join('.'), message]);
};

describe('Profile', () => {
  it('fills in empty facts and trims the external id', () => {
    expect(Profile.parse({ id, externalId: '  anna ' })).toEqual({
      id,
      externalId: 'anna',
      attributes: {},
      interests: [],
      events: [],
      scores: [],
      channels: [],
      preferredChannel: null,
    });
  });

  it.each([
    ['a non-UUID id', { id: 'anna' }, 'id'],
    ['a blank external id', { externalId: '   ' }, 'externalId'],
    ['an attribute key that is not snake_case', { attributes: { Age: 30 } }, 'attributes.Age'],
    ['an attribute that is null', { attributes: { age: null } }, 'attributes.age'],
    [
      'an affinity above 1',
      { interests: [{ topic: 'golf', affinity: 1.5 }] },
      'interests.0.affinity',
    ],
    ['a negative score', { scores: [{ model: 'churn', value: -0.1 }] }, 'scores.0.value'],
    [
      'an event at an invalid time',
      { events: [{ type: 'visit', occurredAt: 'yesterday' }] },
      'events.0.occurredAt',
    ],
    ['an unknown preferred channel', { preferredChannel: 'fax' }, 'preferredChannel'],
  ])('rejects %s', (_, input, path) => {
    expect(pathsOf(parse(input)).map(([at]) => at)).toEqual([path]);
  });

  it.each([
    [
      'interests',
      [
        { topic: 'golf', affinity: 0.1 },
        { topic: 'golf', affinity: 0.9 },
      ],
      'each interest topic may appear once',
    ],
    [
      'scores',
      [
        { model: 'churn', value: 0.1 },
        { model: 'churn', value: 0.2 },
      ],
      'each score model may appear once',
    ],
    [
      'channels',
      [
        { channel: 'sms', address: '+49 1', consent: 'granted', consentAt: null },
        { channel: 'sms', address: '+49 2', consent: 'denied', consentAt: null },
      ],
      'each channel may appear once',
    ],
  ])('refuses the same %s twice', (part, list, message) => {
    expect(pathsOf(parse({ [part]: list }))).toEqual([[part, message]]);
  });

  it('stores blank channel addresses as no address', () => {
    const channels = [
      { channel: 'email', address: '   ', consent: 'granted', consentAt: null },
      { channel: 'sms', address: '', consent: 'granted', consentAt: null },
      {
        channel: 'post',
        address: ' Hauptstraße 1 ',
        consent: 'granted',
        consentAt: '2024-01-01T00:00:00Z',
      },
    ];
    const profile = Profile.parse({ id, externalId: 'anna', channels });
    expect(profile.channels.map((c) => c.address)).toEqual([null, null, 'Hauptstraße 1']);
    expect(profile.channels[2]?.consentAt).toEqual(new Date(Date.UTC(2024, 0, 1)));
  });

  it('reads event times from ISO strings and keeps their properties', () => {
    const events = [
      { type: 'purchase', occurredAt: '2024-06-01T10:00:00.250Z', properties: { amount: 12.5 } },
    ];
    const [event] = Profile.parse({ id, externalId: 'anna', events }).events;
    expect(event?.occurredAt.getTime()).toBe(Date.UTC(2024, 5, 1, 10, 0, 0, 250));
    expect(event?.properties).toEqual({ amount: 12.5 });
  });
});

describe('validateProfileFacts', () => {
  const factsOf = (facts: TestProfileInput, path?: string) =>
    validateProfileFacts(testProfile(facts), TEST_CATALOG_INDEX, path);

  it('accepts facts that fit the catalog', () => {
    const facts: TestProfileInput = {
      attributes: { age: 41.5, region: 'HH', city: '', member: false, joined_on: '2000-02-29' },
      interests: [{ topic: 'climate', affinity: 0 }],
      events: [{ type: 'email_open', occurredAt: new Date() }],
      scores: [{ model: 'turnout', value: 1 }],
    };
    expect(factsOf(facts)).toEqual([]);
  });

  it.each([
    [
      { age: '41' },
      'profile.attributes.age',
      'type_mismatch',
      'expected a number for attribute "age"',
    ],
    [
      { member: 'yes' },
      'profile.attributes.member',
      'type_mismatch',
      'expected true or false for attribute "member"',
    ],
    [
      { city: 10115 },
      'profile.attributes.city',
      'type_mismatch',
      'expected a text for attribute "city"',
    ],
    [
      { joined_on: '2023-02-29' },
      'profile.attributes.joined_on',
      'type_mismatch',
      'expected a date written YYYY-MM-DD for attribute "joined_on"',
    ],
    [
      { region: 'SH' },
      'profile.attributes.region',
      'value_not_allowed',
      'value "SH" is not allowed for attribute "region"; allowed: BY, BE, HH, NW',
    ],
    [
      { income: 50000 },
      'profile.attributes.income',
      'unknown_attribute',
      'unknown attribute "income"',
    ],
  ])('rejects attributes %j', (attributes, path, code, message) => {
    expect(factsOf({ attributes })).toEqual([{ path, code, message }]);
  });

  it('names unknown interests, event types and score models by index', () => {
    const facts: TestProfileInput = {
      interests: [
        { topic: 'climate', affinity: 0.5 },
        { topic: 'golf', affinity: 0.5 },
      ],
      events: [{ type: 'donation', occurredAt: new Date() }],
      scores: [
        { model: 'churn', value: 0.5 },
        { model: 'ltv', value: 0.5 },
      ],
    };
    expect(factsOf(facts)).toEqual([
      {
        path: 'profile.interests[1].topic',
        code: 'unknown_interest',
        message: 'unknown interest "golf"',
      },
      {
        path: 'profile.events[0].type',
        code: 'unknown_event_type',
        message: 'unknown event type "donation"',
      },
      {
        path: 'profile.scores[1].model',
        code: 'unknown_score_model',
        message: 'unknown score model "ltv"',
      },
    ]);
  });

  it('reports every problem, under the given base path', () => {
    const issues = factsOf({ attributes: { age: true, region: 'XX' } }, 'rows[3]');
    expect(issues.map((issue) => issue.path)).toEqual([
      'rows[3].attributes.age',
      'rows[3].attributes.region',
    ]);
  });
});
