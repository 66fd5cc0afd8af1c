/**
 * The platform organization every deployment has: migration 0006 inserts it (it earns the platform fee and holds
 * Stripe clearing, so no order can be recorded without it). Tools that build a database from the migrations find it
 * here rather than making a second one.
 */
export const PLATFORM_ORGANIZATION = { id: 'org_00000000000000000000000PFM', slug: 'xuanpin-platform' } as const;
