import { describe, expect, it } from 'vitest';
import { checkTemplate } from './template-check';
import type { TemplateIssue } from './template-issue';
import { TEMPLATE_TEST_CATALOG_INDEX as catalog } from './testing';

const check = (template: string) => checkTemplate(template, catalog);

function onlyIssue(template: string): TemplateIssue {
  const result = check(template);
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  if (!issue) throw new Error('no issue');
  return issue;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${text}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

describe('checkTemplate: syntax', () => {
  it('accepts a template with known variables and lists them', () => {
    const result = check('Hello {{ profile.first_name | default: "there" }}, {{ profile.city }}!');
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.variables.map((v) => [v.attribute, v.known, v.hasFallback])).toEqual([
      ['first_name', true, true],
      ['city', true, false],
    ]);
  });

  it('reports an unclosed tag on a multi-line template at its line and column', () => {
    const template =
      'Hello {{ profile.first_name }}\n\nWe are glad\n   {% if profile.age > 30 %}\nyes';
    expect(onlyIssue(template)).toEqual({
      code: 'syntax_error',
      message: 'tag {% if profile.age > 30 %} not closed',
      ...placeOf(template, '{% if'),
    });
  });

  it('reports an unclosed output at its line and column', () => {
    const template = 'Dear friend,\n  thanks {{ profile.first_name | default: "x" \nBye';
    const issue = onlyIssue(template);
    expect(issue).toMatchObject({ code: 'syntax_error', ...placeOf(template, '{{') });
    expect(issue.message).toContain('not closed');
  });

  it('reports an unknown tag and an unknown filter as syntax errors', () => {
    const tag = 'Hi\n{% shout profile.city %}';
    expect(onlyIssue(tag)).toMatchObject({ code: 'syntax_error', ...placeOf(tag, '{%') });
    expect(onlyIssue(tag).message).toContain('"shout" not found');
    const filter = 'Hi\n\n {{ profile.city | shout }}';
    expect(onlyIssue(filter)).toMatchObject({ code: 'syntax_error', ...placeOf(filter, '{{') });
    expect(onlyIssue(filter).message).toContain('undefined filter: shout');
  });

  it.each(['include', 'render', 'layout'])('refuses the %s tag, which would load a file', (tag) => {
    const template = `Hi\n  {% ${tag} "footer" %}`;
    expect(onlyIssue(template)).toEqual({
      code: 'syntax_error',
      message: `{% ${tag} %} cannot be used: a message template cannot load other templates`,
      ...placeOf(template, '{%'),
    });
  });

  it('refuses {% render %} inside a {% liquid %} tag too', () => {
    const issue = onlyIssue('{% liquid\n  assign x = 1\n  render "footer" %}');
    expect(issue.code).toBe('syntax_error');
    expect(issue.message).toContain('{% render %} cannot be used');
  });

  it('refuses the raw filter, which would print profile data as markup', () => {
    expect(onlyIssue('{{ profile.first_name | raw }}').message).toContain('filter: raw');
  });

  it('refuses a template over the length limit, and accepts one at the limit', () => {
    const atLimit = `${'x'.repeat(40)}{{ profile.city }}`;
    const limits = { maxLength: atLimit.length };
    expect(checkTemplate(atLimit, catalog, { limits }).ok).toBe(true);
    const result = checkTemplate(`${atLimit}!`, catalog, { limits });
    expect(result.issues).toEqual([
      { code: 'too_long', message: 'the template has 59 characters; at most 58 are allowed' },
    ]);
  });

  it('accepts a catalog as well as its index', () => {
    const template = '{{ profile.frist_name }} {{ profile.city }}';
    expect(checkTemplate(template, catalog.catalog)).toEqual(check(template));
  });
});

describe('checkTemplate: variables', () => {
  it('reports each use of an unknown attribute where it is, suggesting a close key', () => {
    const template = 'Hi {{ profile.frist_name }}\n{{ profile.frist_name | upcase }}';
    const result = check(template);
    expect(result.issues).toEqual([
      {
        code: 'unknown_variable',
        message:
          'unknown attribute "frist_name" in "profile.frist_name"; did you mean profile.first_name?',
        line: 1,
        column: 7,
      },
      expect.objectContaining({ code: 'unknown_variable', line: 2, column: 4 }),
    ]);
    expect(result.variables).toEqual([
      expect.objectContaining({ attribute: 'frist_name', known: false, hasFallback: false }),
    ]);
  });

  it('finds variables inside a {% liquid %} tag at their own line and column', () => {
    const template =
      '{% liquid\n  echo profile.first_name | default: "x"\n  echo profile.citty\n%}';
    const result = check(template);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'unknown_variable', ...placeOf(template, 'profile.citty') }),
    ]);
    expect(result.variables.map((v) => [v.attribute, v.hasFallback])).toEqual([
      ['first_name', true],
      ['citty', false],
    ]);
  });

  it('suggests nothing when no key is close', () => {
    expect(onlyIssue('{{ profile.shoe_size }}').message).toBe(
      'unknown attribute "shoe_size" in "profile.shoe_size"',
    );
  });

  it('reports variables outside profile, hinting at profile.<key>', () => {
    expect(onlyIssue('Hi {{ first_name }}').message).toBe(
      'unknown variable "first_name"; did you mean profile.first_name?',
    );
    expect(onlyIssue('Hi {{ customer.name }}')).toMatchObject({ code: 'unknown_variable' });
  });

  it.each([
    ['{{ profile | json }}', 'profile is not a value on its own'],
    ['{{ profile.interests | json }}', 'write profile.interests.<interest key>'],
    ['{% assign k = "city" %}{{ profile[k] }}', 'uses a computed key'],
    ['{{ profile.interests.knitting }}', 'unknown interest "knitting"'],
  ])('refuses %s', (template, message) => {
    expect(onlyIssue(template).message).toContain(message);
  });

  it('knows the built-in fields and catalog interests, and skips the template own variables', () => {
    const template = [
      '{{ profile.external_id }} {{ profile.preferred_channel }}',
      '{% if profile.interests.climate > 0.5 %}climate{% endif %}',
      '{% assign greeting = "Hi" %}{{ greeting }}',
      '{% for i in (1..3) %}{{ i }}{{ forloop.index }}{% endfor %}',
      '{% capture who %}{{ profile.city }}{% endcapture %}{{ who }}',
    ].join('\n');
    const result = check(template);
    expect(result.issues).toEqual([]);
    expect(result.variables.map((v) => v.attribute)).toEqual(['city']);
  });
});
