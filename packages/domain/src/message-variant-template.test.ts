import { describe, expect, it } from 'vitest';
import { formatIssue } from './issue';
import {
  checkMessageVariant,
  renderMessageVariant,
  type VariantTemplates,
} from './message-variant-template';
import { smsLength } from './sms-length';
import { TEMPLATE_TEST_CATALOG_INDEX as catalog, testProfile } from './testing';

const variant = (fields: Partial<VariantTemplates>): VariantTemplates => ({
  channel: 'email',
  subject: null,
  template: 'Hi',
  ...fields,
});

describe('checkMessageVariant', () => {
  it('names issues by their path in the campaign, keeping line and column', () => {
    const result = checkMessageVariant(
      variant({ subject: 'News for {{ profile.citty }}', template: 'Hi\n{% if x %}' }),
      catalog,
      'variants[2]',
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        path: 'variants[2].template',
        code: 'syntax_error',
        line: 2,
        column: 1,
      }),
      expect.objectContaining({
        path: 'variants[2].subject',
        code: 'unknown_variable',
        line: 1,
        column: 13,
      }),
    ]);
    expect(result.issues.map(formatIssue)[1]).toBe(
      'variants[2].subject (line 1, column 13): unknown attribute "citty" in "profile.citty"; did you mean profile.city?',
    );
  });

  it('merges the variables of subject and body; a fallback must hold in both', () => {
    const result = checkMessageVariant(
      variant({
        subject: '{{ profile.first_name }}, news from {{ profile.city | default: "us" }}',
        template: '{{ profile.first_name | default: "Hi" }} {{ profile.city | default: "" }}',
      }),
      catalog,
    );
    expect(result.ok).toBe(true);
    expect(result.variables.map((v) => [v.attribute, v.hasFallback, v.uses.length])).toEqual([
      ['first_name', false, 2],
      ['city', true, 2],
    ]);
  });

  it('limits a subject to 1,000 characters', () => {
    const result = checkMessageVariant(variant({ subject: 'x'.repeat(1001) }), catalog);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'variant.subject', code: 'too_long' }),
    ]);
  });
});

describe('renderMessageVariant', () => {
  const person = testProfile({ attributes: { first_name: '<b>Ada</b>\r\nBcc: x@example.org' } });

  it('renders the subject as one line of plain text and the body as escaped HTML', () => {
    const result = renderMessageVariant(
      variant({ subject: 'Hello {{ profile.first_name }}', template: '<p>{{ profile.city }}</p>' }),
      person,
    );
    expect(result).toEqual({
      ok: true,
      subject: 'Hello <b>Ada</b> Bcc: x@example.org',
      text: '<p></p>',
      html: true,
      missing: ['city'],
      sms: null,
    });
  });

  it('renders for another channel than the variant own, with the SMS length', () => {
    const result = renderMessageVariant(
      variant({ channel: null, template: 'Hi {{ profile.first_name }} 👋' }),
      testProfile({ attributes: { first_name: 'Ada' } }),
      { channel: 'sms' },
    );
    expect(result).toMatchObject({ ok: true, html: false, text: 'Hi Ada 👋' });
    expect(result.ok && result.sms).toEqual(smsLength('Hi Ada 👋'));
  });

  it('returns the issues of body and subject with their paths', () => {
    const result = renderMessageVariant(
      variant({ subject: '{{ x | nope }}', template: '{% render "x" %}' }),
      person,
      { path: 'variants[0]' },
    );
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['variants[0].template', 'syntax_error'],
      ['variants[0].subject', 'syntax_error'],
    ]);
  });
});
