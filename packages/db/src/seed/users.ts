import { eq } from 'drizzle-orm';
import { newId, hashPassword } from '@xuanpin/core';
import { users } from '../schema';
import type { SeedContext } from './context';

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
];

/**
 * Inserts the users that are missing (unique email). Passwords are hashed only for new users,
 * so a second run costs a few lookups, not a PBKDF2 per user.
 */
export async function seedUsers(ctx: SeedContext): Promise<void> {
  for (const user of DEMO_USERS) {
    let [row] = await ctx.db.select().from(users).where(eq(users.email, user.email));
    if (!row) {
      await ctx.db
        .insert(users)
        .values({
          id: newId('user', ctx.now),
          ...user,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .onConflictDoNothing({ target: users.email });
      [row] = await ctx.db.select().from(users).where(eq(users.email, user.email));
    }
    ctx.userIds.set(user.email, row.id);
  }
}
