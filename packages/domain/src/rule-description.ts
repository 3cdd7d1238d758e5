import type { Catalog, CatalogIndex } from './catalog';
import { catalogLabels, describeCondition } from './condition-description';
import { quoteText } from './plain-words';
import type { SegmentLookup } from './rule-references';
import type { SegmentRule } from './segment-rule';

/**
 * How many segment references one description spells out. References are described by
 * their rules, so that a reader sees the criteria rather than a segment's internal name;
 * past this many, a reference is named instead, which bounds the text when segments
 * reference each other in a diamond and every path would repeat the same rules.
 */
export const MAX_EXPANDED_REFERENCES = 50;

/** A rule in negation normal form, conditions already in words. */
type Wording = { kind: 'clause'; text: string } | { kind: 'and' | 'or'; parts: Wording[] };

/**
 * Describes a segment rule in plain English for people who are not its authors, as a noun
 * phrase: "people whose Age is from 30 to 45 years and who are reachable by email".
 *
 * - Catalog labels stand for keys, enum values appear as written, texts in quotes, dates
 *   with the month spelt out, numbers with the attribute's unit.
 * - `not` is pushed down to the conditions and each is stated by its exact complement,
 *   saying when people without a value are included ("(or is not recorded)").
 * - Segment references are replaced by the referenced rule (see `MAX_EXPANDED_REFERENCES`);
 *   an unknown segment or a reference cycle is named instead, never thrown.
 * - Groups never make an ambiguous chain: conditions of an `and` are joined by "and", those
 *   of an `or` by ", or" after "either", and a group inside another is put in parentheses
 *   ("(either … , or …)", "(both … and …)", "(all of: … and … and …)"). Within a group, single
 *   conditions come before nested groups; the order does not change the meaning.
 */
export function describeRule(
  rule: SegmentRule,
  catalog: Catalog | CatalogIndex,
  segments?: SegmentLookup,
): string {
  return ruleDescriber(catalog, segments)(rule);
}

/** `describeRule` with the catalog's labels looked up once, for describing many rules. */
export function ruleDescriber(
  catalog: Catalog | CatalogIndex,
  segments?: SegmentLookup,
): (rule: SegmentRule) => string {
  const labels = catalogLabels(catalog);
  return (rule) => {
    let expanded = 0;
    const word = (node: SegmentRule, negated: boolean, stack: readonly string[]): Wording => {
      // De Morgan: not(a and b) is (not a) or (not b), and the other way round.
      if ('and' in node) {
        const parts = node.and.map((child) => word(child, negated, stack));
        return group(negated ? 'or' : 'and', parts);
      }
      if ('or' in node) {
        const parts = node.or.map((child) => word(child, negated, stack));
        return group(negated ? 'and' : 'or', parts);
      }
      if ('not' in node) return word(node.not, !negated, stack);
      if ('segment' in node) {
        const { id } = node.segment;
        const target = segments?.(id);
        const not = negated ? 'not ' : '';
        if (!target) return clause(`who are ${not}in the unknown segment ${quoteText(id)}`);
        if (stack.includes(id) || expanded >= MAX_EXPANDED_REFERENCES) {
          const cycle = stack.includes(id) ? ', whose rule refers back to itself' : '';
          return clause(`who are ${not}in the segment ${quoteText(target.name)}${cycle}`);
        }
        expanded += 1;
        return word(target.rule, negated, [...stack, id]);
      }
      return clause(describeCondition(node, negated, labels));
    };
    return `people ${render(word(rule, false, []), false)}`;
  };
}

const clause = (text: string): Wording => ({ kind: 'clause', text });

function group(kind: 'and' | 'or', parts: Wording[]): Wording {
  // and(a, and(b, c)) reads as one list, a and b and c.
  const flat = parts.flatMap((part) => (part.kind === kind ? part.parts : [part]));
  if (flat.length === 1 && flat[0]) return flat[0];
  // Validation rejects empty groups; described anyway, by what they select.
  if (flat.length === 0) return clause(kind === 'and' ? 'of any kind' : 'of no kind (no one)');
  return { kind, parts: flat };
}

function render(wording: Wording, nested: boolean): string {
  if (wording.kind === 'clause') return wording.text;
  const parts = [
    ...wording.parts.filter((part) => part.kind === 'clause'),
    ...wording.parts.filter((part) => part.kind !== 'clause'),
  ].map((part) => render(part, true));
  if (wording.kind === 'or') {
    const either = `either ${parts.join(', or ')}`;
    return nested ? `(${either})` : either;
  }
  const all = parts.join(' and ');
  if (!nested) return all;
  return `(${parts.length === 2 ? 'both' : 'all of:'} ${all})`;
}
