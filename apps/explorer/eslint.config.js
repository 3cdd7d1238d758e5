// @ts-check
import base from '@pinpoint/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  { ignores: ['src/gql/**'] },
  ...base,
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Plain Node scripts run without a build step.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
];
