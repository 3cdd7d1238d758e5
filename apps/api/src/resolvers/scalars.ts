import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** ISO 8601 instants with a time zone, parsed into Dates. */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw invalid('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !INSTANT.test(value))
    throw invalid(
      'DateTime must be an ISO 8601 instant with a time zone, e.g. 2026-06-01T00:00:00Z',
    );
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(`DateTime "${value}" is not a real instant`);
  return date;
}

type Scalar = string | number | boolean;

function scalarLiteral(ast: ValueNode): Scalar {
  switch (ast.kind) {
    case Kind.STRING:
      return ast.value;
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.ENUM:
    case Kind.LIST:
    case Kind.NULL:
    case Kind.OBJECT:
    case Kind.VARIABLE:
      throw invalid('AttributeValue must be a string, a number or a boolean');
  }
}

function scalarValue(value: unknown): Scalar {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw invalid('AttributeValue must be a string, a finite number or a boolean');
}

/** A catalog attribute value: string, number or boolean. */
export const AttributeValue = new GraphQLScalarType<Scalar, Scalar>({
  name: 'AttributeValue',
  serialize: scalarValue,
  parseValue: scalarValue,
  parseLiteral: scalarLiteral,
});

/** A rule tree as JSON; output only (inputs use the typed `RuleInput`). */
export const RuleTree = new GraphQLScalarType<unknown, unknown>({
  name: 'RuleTree',
  serialize: (value) => value,
  parseValue: () => {
    throw invalid('RuleTree is output only; send rules as RuleInput');
  },
  parseLiteral: () => {
    throw invalid('RuleTree is output only; send rules as RuleInput');
  },
});
