export * from './in-memory-rate-limiter';
export * from './rate-limiter';
export * from './take-options';
