import stringify from 'safe-stable-stringify';

// Object keys sorted, so `{ key, op }` and `{ op, key }` read the same; strict, so a value JSON
// cannot represent (NaN, a function) fails loudly instead of turning into null.
const stableStringify = stringify.configure({ deterministic: true, strict: true });

/** JSON text of a plain value with object keys in sorted order: equal values, equal texts. */
export function canonicalText(value: unknown): string {
  const text = stableStringify(value);
  if (text === undefined) throw new TypeError('expected a value that JSON can represent');
  return text;
}
