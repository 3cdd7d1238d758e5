import type { Profile } from '@pinpoint/domain';

/**
 * How unique an attribute's values are: how many profiles have a value and how many distinct
 * values there are. In SQL, `count(distinct value)` and `count(value)`.
 */
export interface AttributeUniqueness {
  key: string;
  distinctValues: number;
  nonNullCount: number;
}

/** The uniqueness of attribute `key` among `profiles`, computed in memory. */
export function attributeUniquenessOf(
  profiles: Iterable<Profile>,
  key: string,
): AttributeUniqueness {
  const values = new Set<string | number | boolean>();
  let nonNullCount = 0;
  for (const profile of profiles) {
    const value = profile.attributes[key];
    if (value === undefined) continue;
    nonNullCount += 1;
    values.add(value);
  }
  return { key, distinctValues: values.size, nonNullCount };
}
