import type { AttributeDefinition } from './catalog';
import { compareCodePoints } from './code-point-order';
import { DEFAULT_TOP_VALUES, yearOf, type AttributeStats } from './composition-plan';
import type { Profile } from './profile';

/**
 * The stats a composition plan needs, computed in memory: the range of numbers or years,
 * and the `topValues` most frequent texts (most frequent first, ties in code-point order,
 * as SQL orders them with `collate "C"`).
 */
export function attributeStatsOf(
  profiles: readonly Profile[],
  definition: AttributeDefinition,
  topValues = DEFAULT_TOP_VALUES,
): AttributeStats {
  const values = profiles.flatMap((p) => {
    const value = p.attributes[definition.key];
    return value === undefined ? [] : [value];
  });
  switch (definition.type) {
    case 'number':
      return { range: rangeOf(values.filter((v) => typeof v === 'number')), top: [] };
    case 'date':
      return {
        range: rangeOf(values.filter((v) => typeof v === 'string').map(yearOf)),
        top: [],
      };
    case 'string':
      return { range: null, top: mostFrequent(values.map(String), topValues) };
    case 'enum':
    case 'boolean':
      return { range: null, top: [] };
  }
}

function rangeOf(numbers: readonly number[]): AttributeStats['range'] {
  if (numbers.length === 0) return null;
  return {
    min: numbers.reduce((a, b) => Math.min(a, b)),
    max: numbers.reduce((a, b) => Math.max(a, b)),
  };
}

function mostFrequent(texts: readonly string[], limit: number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || compareCodePoints(a, b))
    .slice(0, limit)
    .map(([text]) => text);
}
