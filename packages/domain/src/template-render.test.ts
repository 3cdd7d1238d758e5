import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from './channel';
import type { TemplateIssue } from './template-issue';
import { renderTemplate, templateOutputFor } from './template-render';
import { testProfile } from './testing';

const markup = '<script>alert("hi")</script>';
const person = testProfile({
  externalId: 'crm-42',
  attributes: { first_name: markup, city: '100%', joined_on: '2024-01-05', age: 67 },
  interests: [{ topic: 'climate', affinity: 0.8 }],
  preferredChannel: 'sms',
});
const nobody = testProfile({ externalId: 'crm-0' });

function rendered(template: string, profile = person, channel: Channel | null = 'email') {
  const result = renderTemplate(template, profile, { channel });
  if (!result.ok) throw new Error(`expected a render, got ${JSON.stringify(result.issues)}`);
  return result;
}

function failure(template: string, options: Parameters<typeof renderTemplate>[2]): TemplateIssue {
  const result = renderTemplate(template, person, options);
  if (result.ok) throw new Error(`expected issues, got ${result.text}`);
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  if (!issue) throw new Error('no issue');
  return issue;
}

describe('renderTemplate: values', () => {
  it('renders attributes, and a default or nothing when a value is missing', () => {
    const template = 'Hello {{ profile.first_name | default: "there" }} from {{ profile.city }}!';
    expect(rendered(template, testProfile({ attributes: { first_name: 'Ada' } }))).toEqual({
      ok: true,
      text: 'Hello Ada from !',
      html: true,
      missing: ['city'],
    });
    expect(rendered(template, nobody)).toMatchObject({
      text: 'Hello there from !',
      missing: ['first_name', 'city'],
    });
  });

  it('exposes external_id, preferred_channel and interest affinities', () => {
    const template =
      '{{ profile.external_id }}/{{ profile.preferred_channel }}/{% if profile.interests.climate > 0.5 %}green{% else %}grey{% endif %}';
    expect(rendered(template).text).toBe('crm-42/sms/green');
    expect(rendered(template, nobody).text).toBe('crm-0//grey');
  });

  it('formats dates in UTC whatever the server time zone', () => {
    expect(rendered('{{ profile.joined_on | date: "%d.%m.%Y" }}').text).toBe('05.01.2024');
  });

  it('renders unknown variables as empty, leaving them to checkTemplate', () => {
    expect(rendered('[{{ profile.nope }}{{ other }}]').text).toBe('[]');
  });
});

describe('renderTemplate: escaping', () => {
  it('escapes HTML in profile data for email, keeping the template own markup', () => {
    const result = rendered('<p>Hi {{ profile.first_name }}</p>');
    expect(result.html).toBe(true);
    expect(result.text).toBe('<p>Hi &lt;script&gt;alert(&#34;hi&#34;)&lt;/script&gt;</p>');
  });

  it('escapes for a variant without a channel too', () => {
    expect(rendered('{{ profile.first_name }}', person, null)).toMatchObject({
      html: true,
      text: expect.not.stringContaining('<script>') as unknown,
    });
  });

  it.each(['sms', 'push', 'phone', 'post'] as const)('writes %s as plain text, unescaped', (c) => {
    expect(rendered('Hi {{ profile.first_name }}', person, c)).toMatchObject({
      html: false,
      text: `Hi ${markup}`,
    });
  });

  it('escapes values that reach the output through assign, echo and default arguments', () => {
    const template =
      '{% assign n = profile.first_name %}{{ n }}|{% echo profile.first_name %}|{{ nil | default: profile.first_name }}';
    expect(rendered(template).text).not.toContain('<script>');
  });

  it('does not escape twice when the template escapes itself', () => {
    expect(rendered('{{ profile.first_name | escape }}').text).toBe(
      rendered('{{ profile.first_name }}').text,
    );
  });

  it('has no raw filter to turn profile data into markup', () => {
    const issue = failure('{{ profile.first_name | raw }}', { channel: 'email' });
    expect(issue).toMatchObject({ code: 'syntax_error', line: 1, column: 1 });
  });

  it('treats email and channel-less variants as HTML and everything else as text', () => {
    const outputs = CHANNELS.map((channel) => [channel, templateOutputFor(channel)]);
    expect(Object.fromEntries(outputs)).toEqual({
      email: 'html',
      sms: 'text',
      push: 'text',
      post: 'text',
      phone: 'text',
    });
    expect(templateOutputFor(null)).toBe('html');
  });
});

describe('renderTemplate: errors and limits', () => {
  it('returns syntax errors as issues instead of throwing', () => {
    const issue = failure('Hi\n{% for x in (1..3) %}', { channel: 'sms' });
    expect(issue).toMatchObject({ code: 'syntax_error', line: 2, column: 1 });
  });

  it('returns render errors with the line and column of the failing output', () => {
    // url_decode fails on a lone % (the city is "100%").
    const issue = failure('Hello,\n  you in {{ profile.city | url_decode }}', { channel: 'sms' });
    expect(issue).toEqual({ code: 'render_error', message: 'URI malformed', line: 2, column: 10 });
  });

  it('stops a huge loop at the time limit with a clear issue instead of hanging', () => {
    const template =
      '{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}';
    const started = performance.now();
    const issue = failure(template, { channel: 'sms', limits: { renderMs: 50 } });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(issue).toMatchObject({
      code: 'render_error',
      message: 'rendering took longer than 50 ms; is a loop too large?',
      line: 1,
    });
  });

  it('stops a huge range at the memory limit', () => {
    const issue = failure('{% for i in (1..1000000000) %}x{% endfor %}', { channel: 'email' });
    expect(issue).toMatchObject({ code: 'render_error', line: 1, column: 1 });
    expect(issue.message).toContain('too much memory');
  });

  it('refuses a rendered text over the output limit', () => {
    const template = '{% for i in (1..20) %}{{ profile.external_id }}{% endfor %}';
    expect(rendered(template).text).toHaveLength(120);
    const issue = failure(template, { channel: 'sms', limits: { maxOutputLength: 119 } });
    expect(issue).toEqual({
      code: 'too_long',
      message: 'the rendered text has 120 characters; at most 119 are allowed',
    });
  });

  it.each(['include', 'render'])('refuses %s without looking for the file', (tag) => {
    // package.json exists in the working directory; it must not be read.
    const issue = failure(`{% ${tag} "package.json" %}`, { channel: 'email' });
    expect(issue.code).toBe('syntax_error');
    expect(issue.message).toContain('cannot load other templates');
  });
});
