import type { RandomGenerator } from 'pure-rand';
import type { City } from './cities';
import type { Name } from './names';
import { below, between, uniform } from './random';
import { draw, weightedTable } from './weighted-table';

/**
 * Contact addresses that look real but reach no one: email domains use the reserved
 * `.example` top-level domain (RFC 2606) and phone numbers come from the Bundesnetzagentur's
 * "drama number" blocks, which are never assigned. A demo campaign sent by mistake therefore
 * bothers nobody.
 */

// prettier-ignore
const EMAIL_DOMAINS = weightedTable([
  ['gmx.example', 25], ['web.example', 22], ['gmail.example', 20], ['t-online.example', 15],
  ['outlook.example', 8], ['yahoo.example', 4], ['posteo.example', 3], ['icloud.example', 3],
] as const);

/**
 * An email address built from the person's name. The local part ends in the profile index;
 * names hold no digits, so addresses are unique within a population, as real ones are.
 */
export function emailAddress(rng: RandomGenerator, first: Name, last: Name, index: number): string {
  const tag = String(index);
  const domain = draw(rng, EMAIL_DOMAINS);
  switch (below(rng, 4)) {
    case 0:
      return `${first.ascii}.${last.ascii}.${tag}@${domain}`;
    case 1:
      return `${first.ascii.slice(0, 1)}.${last.ascii}${tag}@${domain}`;
    case 2:
      return `${first.ascii}${last.ascii}${tag}@${domain}`;
    default:
      return `${last.ascii}.${first.ascii}_${tag}@${domain}`;
  }
}

/** Drama-number blocks (E.164 prefixes of 1,000 numbers each) by nearest metropolis. */
const DRAMA_BLOCKS = {
  berlin: '+493023125',
  hamburg: '+494066969',
  cologne: '+492214710',
  frankfurt: '+496990009',
  munich: '+498999998',
} as const;

// prettier-ignore
const BLOCK_BY_REGION: Record<string, string> = {
  BE: DRAMA_BLOCKS.berlin, BB: DRAMA_BLOCKS.berlin, MV: DRAMA_BLOCKS.berlin, SN: DRAMA_BLOCKS.berlin,
  ST: DRAMA_BLOCKS.berlin, TH: DRAMA_BLOCKS.berlin, HH: DRAMA_BLOCKS.hamburg, SH: DRAMA_BLOCKS.hamburg,
  HB: DRAMA_BLOCKS.hamburg, NI: DRAMA_BLOCKS.hamburg, NW: DRAMA_BLOCKS.cologne, HE: DRAMA_BLOCKS.frankfurt,
  RP: DRAMA_BLOCKS.frankfurt, SL: DRAMA_BLOCKS.frankfurt, BY: DRAMA_BLOCKS.munich, BW: DRAMA_BLOCKS.munich,
};

const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/** A phone number (E.164) from the drama block nearest to the person's Land. */
export function phoneNumber(rng: RandomGenerator, regionCode: string): string {
  return `${BLOCK_BY_REGION[regionCode] ?? DRAMA_BLOCKS.berlin}${THREE_DIGITS[below(rng, 1000)]}`;
}

/** A push token as a device registration would return it: 96 random bits in hex. */
export function pushToken(rng: RandomGenerator): string {
  const hex = (word: number) => (word >>> 0).toString(16).padStart(8, '0');
  return `push:${hex(rng.unsafeNext())}${hex(rng.unsafeNext())}${hex(rng.unsafeNext())}`;
}

const STREETS = (
  'Hauptstraße|Schulstraße|Gartenstraße|Bahnhofstraße|Dorfstraße|Bergstraße|Birkenweg|Lindenstraße|' +
  'Kirchstraße|Waldstraße|Ringstraße|Schillerstraße|Goethestraße|Jahnstraße|Am Sportplatz|Mühlenweg|' +
  'Rosenstraße|Feldstraße|Wiesenweg|Amselweg|Buchenweg|Friedhofstraße|Poststraße|Mozartstraße|' +
  'Eichendorffstraße|Industriestraße|Ahornweg|Blumenstraße|Lessingstraße|Marktplatz|Talstraße|' +
  'Beethovenstraße|Kastanienallee|Parkstraße|Uhlandstraße|Im Winkel|An der Kirche'
).split('|');

/** A postcode in the city: its real leading digits, the rest drawn. */
export function postcodeIn(rng: RandomGenerator, city: City): string {
  const digits = 5 - city.postcodePrefix.length;
  const rest = THREE_DIGITS[below(rng, digits === 3 ? 1000 : 100)] ?? '000';
  return `${city.postcodePrefix}${digits === 3 ? rest : rest.slice(1)}`;
}

/** A postal address: street and number, then postcode and city, as on an envelope. */
export function postalAddress(rng: RandomGenerator, city: City, postcode: string): string {
  const street = STREETS[below(rng, STREETS.length)] ?? 'Hauptstraße';
  const houseNumber = between(rng, 1, 120);
  const suffix = uniform(rng) < 0.08 ? 'a' : '';
  return `${street} ${houseNumber}${suffix}, ${postcode} ${city.name}`;
}
