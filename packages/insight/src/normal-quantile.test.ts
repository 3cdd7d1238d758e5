import { describe, expect, it } from 'vitest';
import { normalQuantile } from './normal-quantile';

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853627, 8);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 7);
  });

  it('is odd around ½ and refuses probabilities outside (0, 1)', () => {
    for (const p of [0.01, 0.2, 0.4])
      expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 9);
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});
