export * from './organizations/table';
export * from './users/table';
export * from './memberships/table';
export * from './sessions/table';
export * from './invitations/table';
export * from './api-keys/table';
export * from './audit/table';
