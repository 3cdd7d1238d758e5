import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import type { ApiContext } from '../context';
import { assertEveryRootFieldDeclaresScopes, checkOperationScopes } from './scope-requirements';

/** Whether the document asks for the schema itself (`__schema`, `__type`). */
function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Access per operation: every root field must declare its scopes (checked at start), a caller
 * lacking one gets 403 before anything runs, and in production partners cannot read the
 * schema (it maps the workspace's surface for no purpose a partner tool has at run time).
 */
export function accessPlugin(options: { production: boolean }): ApolloServerPlugin<ApiContext> {
  return {
    serverWillStart({ schema }) {
      assertEveryRootFieldDeclaresScopes(schema);
      return Promise.resolve();
    },
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, document, schema }) {
          const { principal } = contextValue;
          if (options.production && principal.tier === 'partner' && introspects(document)) {
            throw new GraphQLError('introspection is off for partner keys', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
          checkOperationScopes(schema, document, principal);
          return Promise.resolve();
        },
      });
    },
  };
}
