/**
 * Compares texts by Unicode code points: the order of PostgreSQL's `"C"` collation on UTF-8,
 * which SQL uses wherever a result depends on text order. JavaScript's `<` compares UTF-16
 * code units instead, which puts emoji before U+E000..U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}
