import { createLink, insertDailyClicks } from '@xuanpin/db/test/link-factories';
import { securityCases } from '../../../test/security';

const DAY = 86_400_000;

// Another creator's link, with clicks today, never appears in my analytics.
securityCases('GET /v1/analytics/links', {
  method: 'GET',
  path: '/v1/analytics/links',
  scope: 'links:read',
  orgKind: 'creator',
  foreign: async ({ db, orgId }) => {
    const { link } = await createLink(db, orgId);
    await insertDailyClicks(db, link, [{ day: Math.floor(Date.now() / DAY) * DAY, counted: 3, bot: 1 }]);
    return link.id;
  },
});
