import { Catalog, indexCatalog } from '../catalog';
import { TEST_CATALOG } from './test-catalog';

/**
 * `TEST_CATALOG` plus the `first_name` and `last_name` string attributes that message
 * templates greet people with, indexed.
 */
export const TEMPLATE_TEST_CATALOG_INDEX = indexCatalog(
  Catalog.parse({
    ...TEST_CATALOG,
    attributes: [
      ...TEST_CATALOG.attributes,
      { key: 'first_name', label: 'First name', type: 'string' },
      { key: 'last_name', label: 'Last name', type: 'string' },
    ],
  }),
);
