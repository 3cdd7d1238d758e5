#!/usr/bin/env node
// The CLI runs from its TypeScript source, as the workspace packages it uses are TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
