import { eq } from 'drizzle-orm';
import { newId, type OrgKind } from '@xuanpin/core';
import { organizations } from '../schema';
import type { SeedContext } from './context';

export interface DemoOrganization {
  slug: string;
  name: string;
  kind: OrgKind;
  locale: 'en' | 'ja' | 'zh-CN';
}

/**
 * The demo tenants: one platform, three providers, six Japanese brands and eight creators.
 * The first organization of each kind is the one the README logins and API keys point at.
 */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { slug: 'xuanpin-platform', name: 'Xuanpin Platform', kind: 'platform', locale: 'en' },

  { slug: 'sakura-selection', name: 'Sakura Selection 团长', kind: 'provider', locale: 'zh-CN' },
  { slug: 'shanghai-select-partners', name: 'Shanghai Select Partners', kind: 'provider', locale: 'zh-CN' },
  { slug: 'tokyo-trend-agency', name: 'Tokyo Trend Agency', kind: 'provider', locale: 'ja' },

  { slug: 'arita-porcelain-lab', name: 'Arita Porcelain Lab', kind: 'merchant', locale: 'ja' },
  { slug: 'kyoto-knife-works', name: 'Kyoto Knife Works', kind: 'merchant', locale: 'ja' },
  { slug: 'hoshino-cosmetics', name: 'Hoshino Cosmetics', kind: 'merchant', locale: 'ja' },
  { slug: 'daily-nest-tokyo', name: 'Daily Nest Tokyo', kind: 'merchant', locale: 'ja' },
  { slug: 'mino-ceramics', name: 'Mino Ceramics', kind: 'merchant', locale: 'ja' },
  { slug: 'shiseikan-skincare', name: 'Shiseikan Skincare', kind: 'merchant', locale: 'ja' },

  { slug: 'mika-japan-finds', name: 'Mika 日系好物分享', kind: 'creator', locale: 'zh-CN' },
  { slug: 'lulu-foodie', name: '吃货小鹿 Lulu', kind: 'creator', locale: 'zh-CN' },
  { slug: 'yuna-beauty-diary', name: 'ゆなの美容日記 Yuna', kind: 'creator', locale: 'ja' },
  { slug: 'ajie-kitchen', name: '阿杰的厨房 Ajie’s Kitchen', kind: 'creator', locale: 'zh-CN' },
  { slug: 'haruka-kurashi', name: 'はるかの暮らしの器', kind: 'creator', locale: 'ja' },
  { slug: 'xiaoya-home', name: '小雅生活家 Xiaoya Home', kind: 'creator', locale: 'zh-CN' },
  { slug: 'kenta-cooking', name: 'ケンタの台所 Kenta Cooking', kind: 'creator', locale: 'ja' },
  { slug: 'tokyo-buyer-momo', name: '东京买手 Momo', kind: 'creator', locale: 'zh-CN' },
];

/** Inserts the organizations that are missing (the slug is unique) and records every demo organization's id by slug. */
export async function seedOrganizations(ctx: SeedContext): Promise<void> {
  for (const org of DEMO_ORGANIZATIONS) {
    await ctx.db
      .insert(organizations)
      .values({ id: newId('organization', ctx.now), ...org, createdAt: ctx.now, updatedAt: ctx.now })
      .onConflictDoNothing({ target: organizations.slug });
    const [row] = await ctx.db.select().from(organizations).where(eq(organizations.slug, org.slug));
    ctx.orgIds.set(org.slug, row.id);
  }
}
