import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, eventWindow, inWindow } from './event-window';

const asOf = new Date('2024-03-31T01:30:00.000Z'); // the night European clocks change

describe('eventWindow', () => {
  it('spans withinDays × 24 hours ending at asOf, whatever the calendar', () => {
    const window = eventWindow(asOf, 2);
    expect(window.to).toEqual(asOf);
    expect(window.from).toEqual(new Date('2024-03-29T01:30:00.000Z'));
    expect(window.to.getTime() - window.from.getTime()).toBe(2 * 24 * 60 * 60 * 1000);
  });
});

describe('inWindow', () => {
  const window = eventWindow(asOf, 7);
  const at = (offset: number) => new Date(asOf.getTime() + offset);

  it.each([
    ['asOf itself', 0, true],
    ['one millisecond before asOf', -1, true],
    ['one millisecond after asOf', 1, false],
    ['exactly 7 days before asOf', -7 * DAY_MS, false],
    ['one millisecond later than that', -7 * DAY_MS + 1, true],
    ['one millisecond earlier than that', -7 * DAY_MS - 1, false],
  ])('%s: %s', (_, offset, expected) => {
    expect(inWindow(at(offset), window)).toBe(expected);
  });

  it('puts every instant in exactly one of two adjacent windows or in neither', () => {
    const days = fc.integer({ min: 1, max: 400 });
    const offset = fc.oneof(
      fc.integer({ min: -900 * DAY_MS, max: DAY_MS }),
      fc.constantFrom(0, 1, -1),
    );
    fc.assert(
      fc.property(days, offset, (withinDays, ms) => {
        const time = new Date(asOf.getTime() + ms);
        const recent = eventWindow(asOf, withinDays);
        const earlier = eventWindow(recent.from, withinDays);
        const both = eventWindow(asOf, 2 * withinDays);
        const hits = [inWindow(time, recent), inWindow(time, earlier)].filter(Boolean).length;
        expect(hits).toBe(inWindow(time, both) ? 1 : 0);
      }),
    );
  });
});
