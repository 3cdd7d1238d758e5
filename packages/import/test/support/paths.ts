import { fileURLToPath } from 'node:url';

/** A file in the package's test fixtures. */
export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The Adult census extract, outside the repository (`../shared/datasets` beside it). */
export const adultCsv = fileURLToPath(
  new URL('../../../../../shared/datasets/adult/adult.csv', import.meta.url),
);

/** The mapping that ships with the repository for the Adult file. */
export const adultMapping = fileURLToPath(
  new URL('../../../../examples/adult/mapping.json', import.meta.url),
);
