/** A valid profile body; `patch` replaces top-level fields. */
export const profileBody = (patch: Record<string, unknown> = {}) => ({
  displayName: 'Mika 米卡',
  bio: 'Tableware and slow mornings',
  avatarUrl: 'https://cdn.example.com/mika.png',
  handles: [
    { platform: 'xiaohongshu', handle: 'mika', followers: 90_000, avgViews: 10_000, avgEngagement: 900, url: 'https://www.xiaohongshu.com/user/mika' },
    { platform: 'douyin', handle: 'mika_dy', followers: 10_000, avgViews: 50_000, avgEngagement: 100 },
  ],
  categories: ['kitchen.tableware', 'home'],
  tags: ['ceramics', 'morning'],
  audience: { femaleBps: 8_200, maleBps: 1_800, topRegions: ['Shanghai', 'Hangzhou'], ageBand: '25-34' },
  formats: ['note', 'video'],
  listed: true,
  ...patch,
});
