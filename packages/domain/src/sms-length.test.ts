import { describe, expect, it } from 'vitest';
import { smsLength } from './sms-length';

const ascii = (n: number) => 'a'.repeat(n);

describe('smsLength: GSM-7', () => {
  it('counts an empty text as no SMS', () => {
    expect(smsLength('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 0, perSegment: 160 });
  });

  it.each([
    [1, 1, 160],
    [160, 1, 160],
    [161, 2, 153],
    [306, 2, 153],
    [307, 3, 153],
    [459, 3, 153],
    [460, 4, 153],
  ])('sends %i basic characters as %i SMS of %i septets', (length, segments, perSegment) => {
    expect(smsLength(ascii(length))).toEqual({
      encoding: 'GSM-7',
      units: length,
      segments,
      perSegment,
    });
  });

  it('keeps the GSM alphabet beyond ASCII in GSM-7 (£, €, Ä, ß, Δ, line breaks)', () => {
    expect(smsLength('£Äßé¿Δ\r\n@§')).toMatchObject({ encoding: 'GSM-7', units: 10 });
  });

  it.each(['^', '{', '}', '\\', '[', '~', ']', '|', '€', '\f'])(
    'counts the extension character %j as two septets',
    (character) => {
      expect(smsLength(`${character}a`)).toMatchObject({ encoding: 'GSM-7', units: 3 });
    },
  );

  it('fits 158 basic characters and one extension character in one SMS, but not 159', () => {
    expect(smsLength(`${ascii(158)}€`)).toMatchObject({ units: 160, segments: 1 });
    expect(smsLength(`${ascii(159)}€`)).toMatchObject({ units: 161, segments: 2 });
  });

  it('never splits an extension character between two segments', () => {
    // 152 septets, then € needs two: the segment holds 153, so € starts the second one.
    const straddling = smsLength(`${ascii(152)}€${ascii(152)}`);
    expect(straddling).toMatchObject({ units: 306, segments: 3, perSegment: 153 });
    // Shifted by one, € fits exactly at the end of the first segment.
    expect(smsLength(`${ascii(151)}€${ascii(153)}`)).toMatchObject({ units: 306, segments: 2 });
  });
});

describe('smsLength: UCS-2', () => {
  it.each([
    [70, 1, 70],
    [71, 2, 67],
    [134, 2, 67],
    [135, 3, 67],
  ])('sends %i characters with one non-GSM character as %i SMS of %i', (length, segments, per) => {
    const text = `ç${ascii(length - 1)}`;
    expect(smsLength(text)).toEqual({
      encoding: 'UCS-2',
      units: length,
      segments,
      perSegment: per,
    });
  });

  it('switches the whole text to UCS-2 for one character outside GSM-7', () => {
    expect(smsLength(`${ascii(100)}ł`)).toMatchObject({
      encoding: 'UCS-2',
      units: 101,
      segments: 2,
    });
  });

  it('counts an extension character as one code unit in UCS-2', () => {
    expect(smsLength('€ł')).toMatchObject({ encoding: 'UCS-2', units: 2 });
  });

  it('counts an emoji as two UTF-16 code units', () => {
    expect(smsLength('👍')).toEqual({ encoding: 'UCS-2', units: 2, segments: 1, perSegment: 70 });
    expect(smsLength(`${ascii(68)}👍`)).toMatchObject({ units: 70, segments: 1 });
    expect(smsLength(`${ascii(69)}👍`)).toMatchObject({ units: 71, segments: 2 });
  });

  it('never splits an emoji between two segments', () => {
    const straddling = smsLength(`${ascii(66)}👍${ascii(66)}`);
    expect(straddling).toMatchObject({ units: 134, segments: 3, perSegment: 67 });
    expect(smsLength(`${ascii(65)}👍${ascii(67)}`)).toMatchObject({ units: 134, segments: 2 });
  });
});
