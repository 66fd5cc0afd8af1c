export * from './ids';
export * from './tenancy';
export * from './crypto';
export * from './api-key';
export * from './categories';
export * from './rates';
export * from './creators';
export * from './currency';
