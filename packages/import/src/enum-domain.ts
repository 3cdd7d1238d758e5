/** Most values an enum attribute may have (the catalog's limit). */
export const MAX_ENUM_VALUES = 1000;

/**
 * The allowed values of an enum attribute during an import. A closed domain accepts only its
 * values; an open one (an attribute the mapping lets the file define) learns new values in
 * the order they first appear, up to the catalog's limit.
 */
export class EnumDomain {
  private readonly known: Set<string>;
  private changed = false;

  constructor(
    readonly values: string[],
    readonly open: boolean,
  ) {
    this.known = new Set(values);
  }

  /** Whether `value` is allowed; an open domain learns it when it has room. */
  accept(value: string): boolean {
    if (this.known.has(value)) return true;
    const fits = value.length >= 1 && value.length <= 200;
    if (!this.open || !fits || this.values.length >= MAX_ENUM_VALUES) return false;
    this.known.add(value);
    this.values.push(value);
    this.changed = true;
    return true;
  }

  /** Whether values were learned since the last call: the catalog must then be saved. */
  takeChanged(): boolean {
    const changed = this.changed;
    this.changed = false;
    return changed;
  }
}
