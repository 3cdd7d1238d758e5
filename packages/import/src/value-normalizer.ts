import type { RejectCode } from './source-record';

/** A value after trimming, value maps and missing markers, before it is typed. */
export type PlainValue = string | number | boolean;

/** Marks a value as unknown: the attribute is left out of the profile. */
export const MISSING = Symbol('missing');

/** Why a value cannot be used; becomes a reject with the value's column. */
export class ValueProblem {
  constructor(
    readonly code: RejectCode,
    readonly message: string,
  ) {}
}

/** How raw values of a column are cleaned before they are typed. */
export interface NormalizeOptions {
  trim: boolean;
  /** Raw value → replacement; null means missing. Keys are trimmed like values. */
  map?: Record<string, PlainValue | null> | undefined;
  /** Values that mean "unknown" (compared after trimming). */
  missing: readonly string[];
}

/** Cleans one raw value (a CSV field, or an NDJSON value of any JSON type). */
export type ValueNormalizer = (raw: unknown) => PlainValue | typeof MISSING | ValueProblem;

/**
 * Builds the cleaning step of a column: trim, then the value map, then the missing markers.
 * The map comes before the markers so that a map can rescue a value the markers would drop.
 */
export function valueNormalizer(options: NormalizeOptions): ValueNormalizer {
  const trimKey = (key: string) => (options.trim ? key.trim() : key);
  const map = new Map(Object.entries(options.map ?? {}).map(([key, to]) => [trimKey(key), to]));
  const missing = new Set(options.missing.map(trimKey));
  return (raw) => {
    if (raw === undefined || raw === null) return MISSING;
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
      const found = Array.isArray(raw) ? 'a list' : 'an object';
      return new ValueProblem('type_mismatch', `expected a single value, found ${found}`);
    }
    const text = typeof raw === 'string' ? trimKey(raw) : String(raw);
    if (map.size > 0 && map.has(text)) return map.get(text) ?? MISSING;
    if (typeof raw === 'string') return missing.has(text) ? MISSING : text;
    return raw;
  };
}

/** A value quoted for a message, shortened when long. */
export function quoted(value: PlainValue): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
