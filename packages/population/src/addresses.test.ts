import { describe, expect, it } from 'vitest';
import { emailAddress, phoneNumber, postalAddress, postcodeIn, pushToken } from './addresses';
import { CITY_TABLES } from './cities';
import { asciiName } from './names';
import { profileRandom } from './random';
import { REGIONS } from './regions';

const name = (text: string) => ({ text, ascii: asciiName(text) });
const DRAMA_NUMBER = /^\+49(3023125|4066969|2214710|6990009|8999998)\d{3}$/;

describe('addresses', () => {
  const rng = profileRandom(1, 1);

  it('uses reserved example domains and ends the local part in the index', () => {
    for (let i = 0; i < 50; i += 1) {
      expect(emailAddress(rng, name('Jürgen'), name('Müller'), 1234)).toMatch(
        /^[a-z._]*(juergen|j)[a-z._]*1234@[a-z-]+\.example$/,
      );
    }
  });

  it('takes phone numbers only from the never-assigned drama blocks', () => {
    for (const region of REGIONS) expect(phoneNumber(rng, region.code)).toMatch(DRAMA_NUMBER);
  });

  it('gives five-digit postcodes and envelope-style postal addresses for every place', () => {
    for (const city of CITY_TABLES.flat().flatMap((table) => table.values)) {
      const postcode = postcodeIn(rng, city);
      expect(postcode, city.name).toMatch(new RegExp(`^${city.postcodePrefix}\\d+$`));
      expect(postcode).toHaveLength(5);
      expect(postalAddress(rng, city, postcode)).toMatch(new RegExp(`^\\D+ \\d+a?, ${postcode} `));
    }
  });

  it('makes push tokens of 96 random bits', () => {
    expect(pushToken(rng)).toMatch(/^push:[0-9a-f]{24}$/);
  });
});
