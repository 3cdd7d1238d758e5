import { missingScopes, Scope, type Principal } from '@pinpoint/domain';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';

/** The scopes a field declares with `@requires(scopes: […])`; null when it declares none. */
export function declaredScopes(field: GraphQLField<unknown, unknown>): Scope[] | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'requires');
  if (!directive) return null;
  const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
  if (argument?.value.kind !== Kind.LIST) return null;
  return argument.value.values.map((value) => {
    if (value.kind !== Kind.STRING)
      throw new Error(`@requires on ${field.name} lists a non-string`);
    return Scope.parse(value.value);
  });
}

/**
 * Refuses to serve a schema with a root field that does not say what it requires: a field
 * added without thinking about access would otherwise be open to every key.
 */
export function assertEveryRootFieldDeclaresScopes(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (declaredScopes(field) === null) {
        throw new Error(`${root?.name}.${field.name} declares no @requires(scopes: […])`);
      }
    }
  }
}

interface Found {
  path: string;
  scopes: Scope[];
  /** The field shows exact numbers (`@exact`): members only. */
  exact: boolean;
}

const isExact = (field: GraphQLField<unknown, unknown>) =>
  field.astNode?.directives?.some((d) => d.name.value === 'exact') ?? false;

/** Anything with fields: object and interface types (checked by shape, see `requirements`). */
type WithFields = { name: string; getFields(): Record<string, GraphQLField<unknown, unknown>> };

const namedType = (type: GraphQLType): GraphQLNamedType => {
  let inner: GraphQLType = type;
  while ('ofType' in inner) inner = inner.ofType;
  return inner;
};

/**
 * Every selected field of the document with the scopes it requires. Walks the selections
 * itself rather than with graphql's TypeInfo: TypeInfo tells types apart with `instanceof`,
 * which fails when the schema was built by another copy of the graphql module (Apollo's, in
 * some bundlings), whereas names and shapes do not.
 */
function requirements(schema: GraphQLSchema, document: DocumentNode): Found[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const found: Found[] = [];
  const walk = (
    selections: SelectionSetNode,
    parent: GraphQLNamedType | null | undefined,
    seen: Set<string>,
  ) => {
    if (!parent) return;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        const field =
          'getFields' in parent
            ? (parent as WithFields).getFields()[selection.name.value]
            : undefined;
        if (!field) continue;
        const scopes = declaredScopes(field) ?? [];
        const exact = isExact(field);
        if (scopes.length > 0 || exact) {
          found.push({ path: `${parent.name}.${field.name}`, scopes, exact });
        }
        if (selection.selectionSet) walk(selection.selectionSet, namedType(field.type), seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        walk(selection.selectionSet, type, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        walk(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
          new Set(seen).add(fragment.name.value),
        );
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root =
      definition.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : definition.operation === OperationTypeNode.QUERY
          ? schema.getQueryType()
          : schema.getSubscriptionType();
    walk(definition.selectionSet, root, new Set());
  }
  return found;
}

/**
 * Checks a whole operation before anything runs: a caller lacking a scope any selected field
 * requires gets one error naming each missing scope and the fields that need it, and no
 * partial data (which would tell them what exists).
 */
export function checkOperationScopes(
  schema: GraphQLSchema,
  document: DocumentNode,
  principal: Principal,
): void {
  const missing = new Map<Scope, Set<string>>();
  const exact = new Set<string>();
  for (const found of requirements(schema, document)) {
    for (const scope of missingScopes(principal, found.scopes)) {
      missing.set(scope, (missing.get(scope) ?? new Set()).add(found.path));
    }
    if (found.exact) exact.add(found.path);
  }
  if (principal.tier === 'partner' && exact.size > 0) {
    throw new GraphQLError(
      `partner keys see numbers as released, not exact: ${[...exact].join(', ')} ${exact.size === 1 ? 'is' : 'are'} for member keys (read the \`released\` fields; questions without them are not open to partners)`,
      { extensions: { code: 'FORBIDDEN', http: { status: 403 }, exactFields: [...exact] } },
    );
  }
  if (missing.size === 0) return;
  const parts = [...missing].map(([scope, paths]) => `"${scope}" (for ${[...paths].join(', ')})`);
  throw new GraphQLError(`this key lacks the scope ${parts.join(' and ')}`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 }, missingScopes: [...missing.keys()] },
  });
}
