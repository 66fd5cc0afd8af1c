import { inArray } from 'drizzle-orm';
import { newId, type OrgKind } from '@xuanpin/core';
import { organizations } from '../schema';
import { chunked, runGrouped } from './batch';
import type { SeedContext } from './context';
import { DEMO_CREATORS } from './data/creators';
import { MARKETPLACE_BRANDS } from './data/merchants';

export interface DemoOrganization {
  slug: string;
  name: string;
  kind: OrgKind;
  locale: 'en' | 'ja' | 'zh-CN';
}

/**
 * The backbone's tenants: one platform, three providers, six Japanese brands and eight creators.
 * The first organization of each kind is the one the README logins and API keys point at.
 */
const BACKBONE_ORGANIZATIONS: readonly DemoOrganization[] = [
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

const backbone = new Set(BACKBONE_ORGANIZATIONS.map((o) => o.slug));

/**
 * Every demo tenant: the backbone's, then the marketplace's 24 more brands and 34 more creators (appended, so the
 * first organization of each kind stays the same).
 */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  ...BACKBONE_ORGANIZATIONS,
  ...MARKETPLACE_BRANDS.map((b) => ({ slug: b.slug, name: b.name, kind: 'merchant' as const, locale: 'ja' as const })),
  ...DEMO_CREATORS.filter((c) => !backbone.has(c.slug)).map((c) => ({ slug: c.slug, name: c.name, kind: 'creator' as const, locale: c.locale })),
];

/** Inserts the organizations that are missing (the slug is unique) and records every demo organization's id by slug. */
export async function seedOrganizations(ctx: SeedContext): Promise<void> {
  await runGrouped(
    ctx.db,
    DEMO_ORGANIZATIONS.map((org) => [
      ctx.db
        .insert(organizations)
        .values({ id: newId('organization', ctx.now), ...org, createdAt: ctx.now, updatedAt: ctx.now })
        .onConflictDoNothing({ target: organizations.slug }),
    ]),
  );
  for (const part of chunked(DEMO_ORGANIZATIONS.map((o) => o.slug))) {
    const rows = await ctx.db.select({ id: organizations.id, slug: organizations.slug }).from(organizations).where(inArray(organizations.slug, part));
    for (const row of rows) ctx.orgIds.set(row.slug, row.id);
  }
}
