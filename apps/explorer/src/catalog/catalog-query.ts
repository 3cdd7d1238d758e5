import { graphql } from '../gql';

/** Everything the builder and the studio offer to pick from: attributes, interests, events, scores, channels. */
export const CatalogQuery = graphql(`
  query Catalog {
    catalog {
      attributes {
        key
        label
        description
        type
        values
        unit
        sensitive
        operators
      }
      interests {
        key
        label
      }
      eventTypes {
        key
        label
      }
      scoreModels {
        key
        label
      }
      channels
    }
  }
`);
