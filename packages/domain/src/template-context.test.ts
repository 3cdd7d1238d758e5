import { describe, expect, it } from 'vitest';
import { isTemplateProfileField, templateContext } from './template-context';
import { testProfile } from './testing';

describe('templateContext', () => {
  it('exposes attributes, built-in fields and interest affinities under profile', () => {
    const profile = testProfile({
      externalId: 'crm-7',
      attributes: { city: 'Berlin', age: 41, member: false },
      interests: [{ topic: 'cycling', affinity: 0.25 }],
      scores: [{ model: 'churn', value: 0.9 }],
      preferredChannel: 'email',
    });
    expect(templateContext(profile)).toEqual({
      profile: {
        city: 'Berlin',
        age: 41,
        member: false,
        external_id: 'crm-7',
        preferred_channel: 'email',
        interests: { cycling: 0.25 },
      },
    });
  });

  it('lets built-in fields win over attributes of the same key', () => {
    const profile = testProfile({ externalId: 'real', attributes: { external_id: 'spoofed' } });
    expect(templateContext(profile).profile.external_id).toBe('real');
    expect(isTemplateProfileField('external_id')).toBe(true);
    expect(isTemplateProfileField('first_name')).toBe(false);
  });
});
