import type { Bitset } from './bitset';
import { BITS16 } from './bitset';

/** One input of a conjunction: a bitset, or its complement. */
export interface Factor {
  readonly bits: Bitset;
  readonly negate: boolean;
}

/**
 * A conjunction of factors, evaluated lazily: `and` nodes concatenate their children's
 * factors, a range is `below(hi) ∧ ¬below(lo)`, and only the final consumer reads the words,
 * fused with the popcount. An empty term means everyone. Materialising every node instead
 * would cost one extra write pass per node.
 */
export type Term = readonly Factor[];

/** Most factors one fused loop reads; longer terms are folded four at a time first. */
const FUSED = 4;

/** A factor as its array and XOR mask: -1 complements, 0 keeps. */
function parts(factor: Factor): [Int32Array, number] {
  return [factor.bits, factor.negate ? -1 : 0];
}

/** Folds the first four factors into `out` until at most four remain. */
function fold(term: Term, words: number, scratch: () => Bitset): Term {
  let rest = term;
  while (rest.length > FUSED) {
    const out = scratch();
    writeTerm(rest.slice(0, FUSED), out);
    rest = [{ bits: out, negate: false }, ...rest.slice(FUSED)];
  }
  return rest;
}

/** Rows in the conjunction (over `words` words); `scratch` lends a bitset for long terms. */
export function countTerm(term: Term, words: number, scratch?: () => Bitset): number {
  const short = fold(term, words, scratch ?? (() => new Int32Array(words)));
  if (short.length === 0) return words * 32;
  // One loop per factor count: V8 inlines these, where a shared loop with a callback or
  // all-ones padding arrays cost two to three times as much per word.
  const [a, na] = parts(short[0]!);
  const [b, nb] = short.length > 1 ? parts(short[1]!) : [a, na];
  const [c, nc] = short.length > 2 ? parts(short[2]!) : [a, na];
  const [d, nd] = short.length > 3 ? parts(short[3]!) : [a, na];
  const T = BITS16;
  let total = 0;
  if (short.length === 1) {
    for (let i = 0; i < words; i += 1) {
      const w = a[i]! ^ na;
      total += T[w & 0xffff]! + T[w >>> 16]!;
    }
  } else if (short.length === 2) {
    for (let i = 0; i < words; i += 1) {
      const w = (a[i]! ^ na) & (b[i]! ^ nb);
      total += T[w & 0xffff]! + T[w >>> 16]!;
    }
  } else {
    for (let i = 0; i < words; i += 1) {
      const w = (a[i]! ^ na) & (b[i]! ^ nb) & (c[i]! ^ nc) & (d[i]! ^ nd);
      total += T[w & 0xffff]! + T[w >>> 16]!;
    }
  }
  return total;
}

/** Writes the conjunction into `out`. */
export function writeTerm(term: Term, out: Bitset): Bitset {
  const words = out.length;
  if (term.length === 0) return out.fill(-1);
  if (term.length === 1 && !term[0]!.negate) {
    out.set(term[0]!.bits.subarray(0, words));
    return out;
  }
  const short = fold(term, words, () => new Int32Array(words));
  const [a, na] = parts(short[0]!);
  const [b, nb] = short.length > 1 ? parts(short[1]!) : [a, na];
  const [c, nc] = short.length > 2 ? parts(short[2]!) : [a, na];
  const [d, nd] = short.length > 3 ? parts(short[3]!) : [a, na];
  if (short.length <= 2) for (let i = 0; i < words; i += 1) out[i] = (a[i]! ^ na) & (b[i]! ^ nb);
  else
    for (let i = 0; i < words; i += 1)
      out[i] = (a[i]! ^ na) & (b[i]! ^ nb) & (c[i]! ^ nc) & (d[i]! ^ nd);
  return out;
}

/** Writes the disjunction of conjunctions into `out`. */
export function writeOr(terms: readonly Term[], out: Bitset): Bitset {
  const words = out.length;
  const plain = (t: Term) => t.length === 1 && !t[0]!.negate;
  const singles = terms.filter(plain).map((t) => t[0]!.bits);
  out.fill(0);
  // Plain bitsets are ORed three at a time in one pass; other terms are written first.
  for (const term of terms) {
    if (term.length === 0) return out.fill(-1);
    if (!plain(term)) singles.push(writeTerm(term, new Int32Array(words)));
  }
  for (let s = 0; s < singles.length; s += 3) {
    const x = singles[s]!;
    const y = singles[s + 1] ?? x;
    const z = singles[s + 2] ?? x;
    for (let i = 0; i < words; i += 1) out[i] = out[i]! | x[i]! | y[i]! | z[i]!;
  }
  return out;
}
