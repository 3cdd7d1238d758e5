import { describe, expect, it } from 'vitest';
import { attributesNeedingValues, checkTemplate } from './template-check';
import { TEMPLATE_TEST_CATALOG_INDEX as catalog } from './testing';

const check = (template: string) => checkTemplate(template, catalog);

describe('checkTemplate: fallbacks', () => {
  const fallbackOf = (template: string) =>
    Object.fromEntries(check(template).variables.map((v) => [v.attribute, v.hasFallback]));

  it('counts a use followed by default as having a fallback, but not the default itself', () => {
    expect(fallbackOf('{{ profile.first_name | default: profile.last_name }}')).toEqual({
      first_name: true,
      last_name: false,
    });
    expect(fallbackOf('{{ profile.first_name | upcase | default: "friend" | strip }}')).toEqual({
      first_name: true,
    });
  });

  it('needs a fallback at every use', () => {
    const template = '{{ profile.first_name | default: "x" }} and {{ profile.first_name }}';
    const result = check(template);
    expect(result.variables).toEqual([
      {
        attribute: 'first_name',
        known: true,
        hasFallback: false,
        uses: [
          { line: 1, column: 4, hasFallback: true },
          { line: 1, column: template.lastIndexOf('profile') + 1, hasFallback: false },
        ],
      },
    ]);
  });

  it('counts conditions, and uses inside an if that tests the value, as having a fallback', () => {
    const template = [
      '{% if profile.age > 60 %}Dear {{ profile.first_name }}',
      '{% elsif profile.first_name %}Hi {{ profile.first_name }}{% endif %}',
      '{% unless profile.member %}Join us{% endunless %}',
      '{% case profile.region %}{% when "BY" %}Servus{% endcase %}',
    ].join('\n');
    expect(fallbackOf(template)).toEqual({
      age: true,
      first_name: false,
      member: true,
      region: true,
    });
    const guarded = '{% if profile.first_name %}Hi {{ profile.first_name }}{% else %}Hi{% endif %}';
    expect(fallbackOf(guarded)).toEqual({ first_name: true });
  });

  it('counts a default in an assign as a fallback', () => {
    expect(fallbackOf('{% assign n = profile.first_name | default: "you" %}{{ n }}')).toEqual({
      first_name: true,
    });
    expect(fallbackOf('{% assign n = profile.first_name %}{{ n }}')).toEqual({ first_name: false });
  });

  it('lists the known attributes used without a fallback, for counting missing values', () => {
    const template =
      '{{ profile.first_name }} {{ profile.last_name | default: "" }} {{ profile.city }} {{ profile.nope }}';
    expect(attributesNeedingValues(check(template))).toEqual(['first_name', 'city']);
  });
});
