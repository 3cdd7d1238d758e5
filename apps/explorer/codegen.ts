import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the API's SDL modules: every `graphql(...)` document in `src/` gets
 * its result and variable types in `src/gql/`. Run `pnpm codegen` after changing a document
 * or the API schema; the generated files are committed.
 */
const config: CodegenConfig = {
  schema: '../api/src/schema/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  hooks: { afterAllFileWrite: ['prettier --write'] },
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: {
          DateTime: 'string',
          AttributeValue: 'string | number | boolean',
          RuleTree: 'unknown',
        },
      },
    },
  },
};

export default config;
