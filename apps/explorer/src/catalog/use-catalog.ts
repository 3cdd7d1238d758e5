import { useQuery } from 'urql';
import type { CatalogQuery as CatalogResult } from '../gql/graphql';
import { CatalogQuery } from './catalog-query';

/** The workspace's catalog as the explorer uses it. */
export type Catalog = CatalogResult['catalog'];

/** One attribute definition of the catalog. */
export type AttributeDefinition = Catalog['attributes'][number];

/** The catalog (fetched once and cached), or null while it loads; `error` when it failed. */
export function useCatalog(): { catalog: Catalog | null; error: string | null } {
  const [{ data, error }] = useQuery({ query: CatalogQuery });
  return { catalog: data?.catalog ?? null, error: error?.message ?? null };
}
