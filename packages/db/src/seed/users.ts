import { inArray } from 'drizzle-orm';
import { newId, hashPassword } from '@xuanpin/core';
import { users } from '../schema';
import { chunked, runGrouped } from './batch';
import type { SeedContext } from './context';
import { DEMO_CREATORS } from './data/creators';
import { MARKETPLACE_BRANDS } from './data/merchants';

/** Every demo user signs in with this password. Demo data is for local development only. */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoUser {
  email: string;
  name: string;
  locale: 'en' | 'ja' | 'zh-CN';
}

export const DEMO_USERS: readonly DemoUser[] = [
  // One login per kind of organization (see the README).
  { email: 'platform@demo.xuanpin.test', name: 'Platform Operator', locale: 'en' },
  { email: 'provider@demo.xuanpin.test', name: '陈思远 Chen Siyuan', locale: 'zh-CN' },
  { email: 'merchant@demo.xuanpin.test', name: '松本 彩 Aya Matsumoto', locale: 'ja' },
  { email: 'creator@demo.xuanpin.test', name: 'Mika 林美佳', locale: 'zh-CN' },
  // Belongs to a provider and a merchant: shows the organization switcher.
  { email: 'switcher@demo.xuanpin.test', name: '田中 葵 Aoi Tanaka', locale: 'ja' },
  // Members with other roles.
  { email: 'ops@demo.xuanpin.test', name: '王芳 Wang Fang', locale: 'zh-CN' },
  { email: 'finance@demo.xuanpin.test', name: '李娜 Li Na', locale: 'zh-CN' },
  { email: 'staff@demo.xuanpin.test', name: '佐藤 由紀 Yuki Sato', locale: 'ja' },
  // Owners of the other organizations: <slug>@demo.xuanpin.test.
  ...(
    [
      ['shanghai-select-partners', '周磊 Zhou Lei', 'zh-CN'],
      ['tokyo-trend-agency', '鈴木 健 Ken Suzuki', 'ja'],
      ['kyoto-knife-works', '山田 誠 Makoto Yamada', 'ja'],
      ['hoshino-cosmetics', '星野 真理 Mari Hoshino', 'ja'],
      ['daily-nest-tokyo', '小林 陽介 Yosuke Kobayashi', 'ja'],
      ['mino-ceramics', '加藤 裕子 Yuko Kato', 'ja'],
      ['shiseikan-skincare', '中村 玲 Rei Nakamura', 'ja'],
      ['lulu-foodie', '鹿露露 Lulu', 'zh-CN'],
      ['yuna-beauty-diary', '高橋 ゆな Yuna Takahashi', 'ja'],
      ['ajie-kitchen', '张杰 Ajie Zhang', 'zh-CN'],
      ['haruka-kurashi', '伊藤 はるか Haruka Ito', 'ja'],
      ['xiaoya-home', '刘小雅 Xiaoya Liu', 'zh-CN'],
      ['kenta-cooking', '渡辺 健太 Kenta Watanabe', 'ja'],
      ['tokyo-buyer-momo', '赵桃桃 Momo Zhao', 'zh-CN'],
    ] as const
  ).map(([slug, name, locale]) => ({ email: `${slug}@demo.xuanpin.test`, name, locale })),
  // Owners of the marketplace's brands and creators.
  ...MARKETPLACE_BRANDS.map((b) => ({ email: `${b.slug}@demo.xuanpin.test`, name: b.owner, locale: 'ja' as const })),
  ...DEMO_CREATORS.filter((c) => c.owner).map((c) => ({ email: `${c.slug}@demo.xuanpin.test`, name: c.owner!, locale: c.locale })),
];

/**
 * Inserts the users that are missing (unique email). The demo password is hashed once per run, and only when some
 * user is missing: a PBKDF2 of 100k iterations per user would make the seed slow, and every demo user shares the
 * password anyway. A second run costs a few lookups.
 */
export async function seedUsers(ctx: SeedContext): Promise<void> {
  const found = async () => {
    for (const part of chunked(DEMO_USERS.map((u) => u.email))) {
      const rows = await ctx.db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, part));
      for (const row of rows) ctx.userIds.set(row.email, row.id);
    }
  };
  await found();
  const missing = DEMO_USERS.filter((u) => !ctx.userIds.has(u.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await runGrouped(
    ctx.db,
    missing.map((user) => [
      ctx.db
        .insert(users)
        .values({ id: newId('user', ctx.now), ...user, passwordHash, createdAt: ctx.now, updatedAt: ctx.now })
        .onConflictDoNothing({ target: users.email }),
    ]),
  );
  await found();
}
