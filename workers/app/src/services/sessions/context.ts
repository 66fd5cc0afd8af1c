import type { ServiceContext } from '../../env';

/** What verbs of the browser's /auth routes receive: like ServiceContext, but nobody is signed in yet. */
export type AuthContext = Omit<ServiceContext, 'caller'>;
