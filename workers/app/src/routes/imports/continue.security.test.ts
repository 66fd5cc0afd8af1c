import { newId } from '@xuanpin/core';
import { importJobs } from '@xuanpin/db';
import { securityCases } from '../../../test/security';

securityCases('POST /v1/imports/{id}/continue', {
  method: 'POST',
  path: '/v1/imports/{id}/continue',
  scope: 'catalog:write',
  foreign: async ({ db, orgId }) => {
    const id = newId('importJob');
    await db.insert(importJobs).values({ id, orgId, kind: 'products', filename: 'secret.csv', contentHash: 'x', status: 'done', totalRows: 0, rejectedRows: [], createdAt: Date.now() });
    return id;
  },
});
