-- The platform organization: it earns the platform fee and holds Stripe clearing, so recording any order needs it.
-- Every deployment has this one as soon as its migrations are applied (the demo seed finds it by its slug).
INSERT OR IGNORE INTO `organizations` (`id`, `name`, `slug`, `kind`, `locale`, `created_at`, `updated_at`) VALUES ('org_00000000000000000000000PFM', 'Xuanpin Platform', 'xuanpin-platform', 'platform', 'en', 0, 0);
