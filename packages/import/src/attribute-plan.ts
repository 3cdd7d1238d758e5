import type { AttributeDefinition, Catalog, Issue } from '@pinpoint/domain';
import { compileDateFormat } from './date-format';
import { EnumDomain } from './enum-domain';
import type { ImportMapping } from './mapping';
import { inferAttributeType } from './type-inference';
import { typedValueParser, type TypedValueParser } from './typed-value';
import {
  MISSING,
  ValueProblem,
  valueNormalizer,
  type PlainValue,
  type ValueNormalizer,
} from './value-normalizer';

/** How one mapped column becomes one attribute, decided before the first record is written. */
export interface AttributePlan {
  key: string;
  column: string;
  /** The definition as stored; an enum's values are `domain.values`. */
  definition: AttributeDefinition;
  normalize: ValueNormalizer;
  parse: TypedValueParser;
  domain?: EnumDomain | undefined;
  /** The import adds this attribute to the catalog. */
  created: boolean;
  /** Its type was inferred from the sample rather than given. */
  inferred: boolean;
}

/** The plan of every mapped attribute, or the catalog problems that forbid the import. */
export type AttributePlans = { ok: true; plans: AttributePlan[] } | { ok: false; issues: Issue[] };

/**
 * Matches the mapping's attributes with the catalog: existing attributes keep their type
 * (the mapping may not contradict it), missing ones are created when the mapping allows it,
 * with their type given or inferred from `sample(column)`, the column's first values.
 */
export function planAttributes(
  mapping: ImportMapping,
  catalog: Catalog,
  sample: (column: string) => readonly unknown[],
): AttributePlans {
  const existing = new Map(catalog.attributes.map((attribute) => [attribute.key, attribute]));
  const issues: Issue[] = [];
  const plans: AttributePlan[] = [];
  for (const [key, spec] of Object.entries(mapping.attributes)) {
    const path = `mapping.attributes.${key}`;
    const column = spec.column ?? key;
    const dateFormat = spec.dateFormat ?? mapping.dateFormat;
    const parseDate = compileDateFormat(dateFormat);
    const decimalSeparator = spec.decimalSeparator ?? '.';
    const normalize = valueNormalizer({
      trim: spec.trim ?? mapping.trim,
      map: spec.map,
      missing: [...mapping.missing, ...(spec.missing ?? [])],
    });
    const stored = existing.get(key);
    let definition: AttributeDefinition;
    let inferred = false;
    if (stored) {
      if (spec.type && spec.type !== stored.type) {
        issues.push({
          path: `${path}.type`,
          code: 'type_mismatch',
          message: `the catalog's "${key}" is a ${stored.type} attribute; the mapping says ${spec.type}`,
        });
        continue;
      }
      definition = stored;
    } else if (spec.create) {
      let type = spec.type ?? (spec.values ? 'enum' : undefined);
      if (!type) {
        const known = sample(column)
          .map(normalize)
          .filter(
            (value): value is PlainValue => value !== MISSING && !(value instanceof ValueProblem),
          );
        type = inferAttributeType(known, {
          parseDate,
          decimalSeparator,
          enumMaxValues: mapping.enumMaxValues,
        }).type;
        inferred = true;
      }
      const base = {
        key,
        label: spec.label ?? humanize(key),
        description: spec.description ?? `Imported from column "${column}".`,
        sensitive: spec.sensitive ?? 'none',
        ...(spec.unit ? { unit: spec.unit } : {}),
      };
      definition = type === 'enum' ? { ...base, type, values: [] } : { ...base, type };
    } else {
      issues.push({
        path,
        code: 'unknown_attribute',
        message: `the catalog has no attribute "${key}"; add it to the catalog, or set "create": true to let the import add it`,
      });
      continue;
    }
    const domain =
      definition.type === 'enum'
        ? new EnumDomain(
            [...new Set([...definition.values, ...(spec.values ?? [])])],
            spec.create && !spec.values,
          )
        : undefined;
    const parse = typedValueParser({
      key,
      type: definition.type,
      parseDate,
      dateFormat,
      decimalSeparator,
      domain,
    });
    plans.push({ key, column, definition, normalize, parse, domain, created: !stored, inferred });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plans };
}

/**
 * The catalog as the import leaves it: stored attributes (enums with the values the import
 * added), then the created ones. A created enum that has no value yet is left out until it
 * has one, since the catalog allows no empty enum.
 */
export function plannedCatalog(catalog: Catalog, plans: readonly AttributePlan[]): Catalog {
  const withValues = (plan: AttributePlan): AttributeDefinition =>
    plan.definition.type === 'enum' && plan.domain
      ? { ...plan.definition, values: [...plan.domain.values] }
      : plan.definition;
  const byKey = new Map(plans.map((plan) => [plan.key, plan]));
  const stored = catalog.attributes.map((attribute) => {
    const plan = byKey.get(attribute.key);
    return plan ? withValues(plan) : attribute;
  });
  const created = plans
    .filter((plan) => plan.created)
    .map(withValues)
    .filter((definition) => definition.type !== 'enum' || definition.values.length > 0);
  return { ...catalog, attributes: [...stored, ...created] };
}

function humanize(key: string): string {
  const words = key.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
