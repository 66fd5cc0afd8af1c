export * as schema from './schema';
export * from './schema';
export * from './client';
export * from './platform';
