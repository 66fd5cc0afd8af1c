import { newId } from '@xuanpin/core';
import { importJobs } from '@xuanpin/db';
import { securityCases } from '../../../test/security';

securityCases('GET /v1/imports', {
  method: 'GET',
  path: '/v1/imports',
  scope: 'catalog:read',
  foreign: async ({ db, orgId }) => {
    const id = newId('importJob');
    await db.insert(importJobs).values({ id, orgId, kind: 'products', filename: 'secret.csv', contentHash: 'x', status: 'done', totalRows: 0, rejectedRows: [], createdAt: Date.now() });
    return id;
  },
});
