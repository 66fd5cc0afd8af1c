export * from './ids';
export * from './tenancy';
export * from './crypto';
export * from './api-key';
