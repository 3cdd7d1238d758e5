export { default } from '@pinpoint/eslint-config';
