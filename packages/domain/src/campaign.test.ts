import { describe, expect, it } from 'vitest';
import { Campaign, MessageVariant } from './campaign';

const campaign = (overrides: Record<string, unknown> = {}) => ({
  id: 'spring-drive',
  name: 'Spring membership drive',
  purpose: 'commercial',
  includeSegmentIds: ['young'],
  channels: [{ channel: 'email', costPerContact: 0.002, priority: 0 }],
  ...overrides,
});

/** The issues of a failed parse as `[path, message]` pairs. */
function issuesOf(input: unknown): [string, string][] {
  const result = Campaign.safeParse(input);
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map(({ path, message }) => [path.join('.'), message]);
}

describe('Campaign', () => {
  it('fills in defaults and trims the name', () => {
    expect(Campaign.parse(campaign({ name: '  Spring drive ' }))).toEqual({
      ...campaign(),
      name: 'Spring drive',
      excludeSegmentIds: [],
      variants: [],
      holdoutShare: 0,
      frequencyCap: null,
      budget: null,
    });
  });

  it('refuses a segment that is both included and excluded', () => {
    const input = campaign({
      includeSegmentIds: ['young', 'urban'],
      excludeSegmentIds: ['donors', 'urban'],
    });
    expect(issuesOf(input)).toEqual([
      ['excludeSegmentIds', 'a segment cannot be both included and excluded'],
    ]);
  });

  it('accepts disjoint include and exclude lists', () => {
    const input = campaign({
      includeSegmentIds: ['young', 'urban'],
      excludeSegmentIds: ['donors'],
    });
    expect(Campaign.safeParse(input).success).toBe(true);
  });

  it('refuses the same channel twice', () => {
    const channels = [
      { channel: 'sms', costPerContact: 0.07, priority: 1 },
      { channel: 'email', costPerContact: 0.002, priority: 0 },
      { channel: 'sms', costPerContact: 0.05, priority: 2 },
    ];
    expect(issuesOf(campaign({ channels }))).toEqual([
      ['channels', 'each channel may appear once'],
    ]);
  });

  it('reports both refinements together', () => {
    const channels = [
      { channel: 'sms', costPerContact: 0.07, priority: 1 },
      { channel: 'sms', costPerContact: 0.05, priority: 2 },
    ];
    const paths = issuesOf(campaign({ channels, excludeSegmentIds: ['young'] })).map(
      ([path]) => path,
    );
    expect(paths).toEqual(['channels', 'excludeSegmentIds']);
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name', 'a campaign needs a name'],
    [
      'no included segment',
      { includeSegmentIds: [] },
      'includeSegmentIds',
      'include at least one segment',
    ],
    ['no channel', { channels: [] }, 'channels', 'choose at least one channel'],
    [
      'a lowercase currency',
      { budget: { amount: 5000, currency: 'eur' } },
      'budget.currency',
      'expected an ISO 4217 code such as EUR',
    ],
  ])('rejects %s with a message a user can act on', (_, overrides, path, message) => {
    expect(issuesOf(campaign(overrides))).toEqual([[path, message]]);
  });

  it.each([
    ['an unknown purpose', { purpose: 'propaganda' }, 'purpose'],
    ['a holdout above half', { holdoutShare: 0.51 }, 'holdoutShare'],
    ['a negative holdout', { holdoutShare: -0.1 }, 'holdoutShare'],
    [
      'a fractional frequency cap',
      { frequencyCap: { maxMessages: 1.5, perDays: 7 } },
      'frequencyCap.maxMessages',
    ],
    [
      'a frequency cap over a year',
      { frequencyCap: { maxMessages: 3, perDays: 366 } },
      'frequencyCap.perDays',
    ],
    ['a negative budget', { budget: { amount: -1, currency: 'EUR' } }, 'budget.amount'],
    [
      'a negative cost',
      { channels: [{ channel: 'post', costPerContact: -1, priority: 0 }] },
      'channels.0.costPerContact',
    ],
    [
      'a fractional priority',
      { channels: [{ channel: 'post', costPerContact: 1, priority: 0.5 }] },
      'channels.0.priority',
    ],
    ['an empty segment id', { includeSegmentIds: [''] }, 'includeSegmentIds.0'],
  ])('rejects %s', (_, overrides, path) => {
    expect(issuesOf(campaign(overrides)).map(([at]) => at)).toEqual([path]);
  });

  it('accepts the bounds of holdout share and frequency cap', () => {
    const input = campaign({ holdoutShare: 0.5, frequencyCap: { maxMessages: 1, perDays: 365 } });
    expect(Campaign.safeParse(input).success).toBe(true);
  });
});

describe('MessageVariant', () => {
  const variant = {
    id: 'v1',
    name: ' Young, by email ',
    segmentId: 'young',
    template: 'Hallo {{ first_name }}!',
  };

  it('defaults to every channel and no subject', () => {
    expect(MessageVariant.parse(variant)).toEqual({
      ...variant,
      name: 'Young, by email',
      channel: null,
      subject: null,
    });
  });

  it.each([
    ['an empty template', { template: '' }, 'template'],
    ['a blank name', { name: ' ' }, 'name'],
    ['an unknown channel', { channel: 'fax' }, 'channel'],
  ])('rejects %s', (_, overrides, path) => {
    const result = MessageVariant.safeParse({ ...variant, ...overrides });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });
});
