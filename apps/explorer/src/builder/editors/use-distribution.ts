import { useQuery } from 'urql';
import type { AttributeDistributionQuery as Result } from '../../gql/graphql';
import { AttributeDistributionQuery } from '../builder-queries';

/** One row of an attribute's distribution over the population. */
export type DistributionRow = Extract<
  Result['attributeDistribution'],
  { __typename: 'Composition' }
>['rows'][number];

/** The population's distribution of an attribute (cached per attribute), or an empty list while it loads. */
export function useDistribution(attribute: string): DistributionRow[] {
  const [{ data }] = useQuery({
    query: AttributeDistributionQuery,
    variables: { attribute },
    pause: attribute === '',
  });
  const result = data?.attributeDistribution;
  return result?.__typename === 'Composition' ? result.rows : [];
}
