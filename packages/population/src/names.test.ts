import { describe, expect, it } from 'vitest';
import { asciiName, NAME_ORIGINS, nameCohort } from './names';

describe('names', () => {
  it.each([
    ['Jürgen', 'juergen'],
    ['Weiß', 'weiss'],
    ['Şahin', 'sahin'],
    ['İbrahim', 'ibrahim'],
    ['Łukasz', 'lukasz'],
    ['Wójcik', 'wojcik'],
    ['Yılmaz', 'yilmaz'],
  ])('spells %s as %s in email addresses', (name, ascii) => {
    expect(asciiName(name)).toBe(ascii);
  });

  it('has an ASCII form for every name', () => {
    const tables = NAME_ORIGINS.flatMap((origin) => [
      ...origin.female,
      ...origin.male,
      origin.last,
    ]);
    for (const name of tables.flatMap((table) => table.values)) {
      expect(name.ascii, name.text).toMatch(/^[a-z][a-z-]*$/);
    }
  });

  it('groups birth years into naming cohorts', () => {
    expect([1935, 1950, 1969, 1970, 1989, 1990, 2007].map(nameCohort)).toEqual([
      0, 1, 1, 2, 2, 3, 3,
    ]);
  });
});
