import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Catalog } from './catalog';
import { describeRule } from './rule-description';
import type { SegmentDefinition } from './rule-references';
import type { SegmentRule } from './segment-rule';
import { catalogArbitrary } from './testing';
import { ruleWithReferencesArbitrary } from './testing/rule-reference-arbitraries';

/*
 * Keys get a marker that no label, enum value or English word has, so that any key that
 * leaks into a description is found by a plain substring search.
 */
const MARKER = 'zzkey_';
const marked = (entries: { key: string; label: string }[]) =>
  entries.map((entry) => ({ ...entry, key: `${MARKER}${entry.key}` }));

const markedCatalog = catalogArbitrary()
  .filter((catalog) =>
    [catalog.attributes, catalog.interests, catalog.eventTypes, catalog.scoreModels].every(
      (entries) => entries.every((entry) => !entry.label.includes(MARKER)),
    ),
  )
  .map((catalog) =>
    Catalog.parse({
      attributes: marked(catalog.attributes),
      interests: marked(catalog.interests),
      eventTypes: marked(catalog.eventTypes),
      scoreModels: marked(catalog.scoreModels),
    }),
  );

/** A catalog, saved segments that reference each other (a cycle too) and a rule over them. */
const scenario = markedCatalog.chain((catalog) => {
  const ids = ['first', 'second', 'self', 'gone'];
  const rule = ruleWithReferencesArbitrary(catalog, { segmentIds: ids, maxDepth: 4 });
  return fc.record({ catalog: fc.constant(catalog), first: rule, second: rule, rule });
});

function lookupOf(first: SegmentRule, second: SegmentRule) {
  const saved: Record<string, SegmentDefinition> = {
    first: { id: 'first', name: 'First', rule: first },
    second: { id: 'second', name: 'Second', rule: second },
    self: { id: 'self', name: 'Self', rule: { or: [first, { segment: { id: 'self' } }] } },
  };
  return (id: string) => saved[id];
}

describe('describeRule on generated rules', () => {
  it('never throws, always starts with "people" and never prints a key that has a label', () => {
    fc.assert(
      fc.property(scenario, ({ catalog, first, second, rule }) => {
        const text = describeRule(rule, catalog, lookupOf(first, second));
        expect(text.startsWith('people ')).toBe(true);
        expect(text).not.toContain(MARKER);
        expect(text).not.toMatch(/undefined|NaN|\[object /);
      }),
      { numRuns: 500 },
    );
  });

  it('describes not(not(r)) exactly like r', () => {
    fc.assert(
      fc.property(scenario, ({ catalog, first, second, rule }) => {
        const lookup = lookupOf(first, second);
        expect(describeRule({ not: { not: rule } }, catalog, lookup)).toBe(
          describeRule(rule, catalog, lookup),
        );
      }),
      { numRuns: 200 },
    );
  });
});
