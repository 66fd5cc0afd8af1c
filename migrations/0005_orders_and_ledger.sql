CREATE TABLE `order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`sku_id` text NOT NULL,
	`product_id` text NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`discount` integer DEFAULT 0 NOT NULL,
	`base` integer NOT NULL,
	`refunded` integer DEFAULT 0 NOT NULL,
	`commissionable` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sku_id`) REFERENCES `skus`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "order_lines_refunded_in_bounds" CHECK(refunded >= 0 and refunded <= base)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_lines_order_no` ON `order_lines` (`order_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `order_lines_sku` ON `order_lines` (`sku_id`);--> statement-breakpoint
CREATE TABLE `order_refunds` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`external_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`amount` integer NOT NULL,
	`lines` text NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_refunds_external` ON `order_refunds` (`order_id`,`external_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`merchant_org_id` text NOT NULL,
	`external_id` text NOT NULL,
	`source` text NOT NULL,
	`content_hash` text NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`placed_at` integer NOT NULL,
	`confirmed_at` integer,
	`lock_at` integer,
	`total` integer NOT NULL,
	`refunded` integer DEFAULT 0 NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`click_id` text,
	`link_id` text,
	`enrollment_id` text,
	`creator_org_id` text,
	`provider_org_id` text,
	`second_provider_org_id` text,
	`attribution` text NOT NULL,
	`attribution_reason` text NOT NULL,
	`hold_reason` text,
	`buyer_hash` text,
	`stripe_session_id` text,
	`stripe_payment_intent_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`merchant_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "orders_refunded_in_bounds" CHECK(refunded >= 0 and refunded <= total)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_merchant_external` ON `orders` (`merchant_org_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `orders_merchant_placed` ON `orders` (`merchant_org_id`,`placed_at`);--> statement-breakpoint
CREATE INDEX `orders_creator_placed` ON `orders` (`creator_org_id`,`placed_at`);--> statement-breakpoint
CREATE INDEX `orders_provider_placed` ON `orders` (`provider_org_id`,`placed_at`);--> statement-breakpoint
CREATE INDEX `orders_lockable` ON `orders` (`lock_at`) WHERE lock_at is not null;--> statement-breakpoint
CREATE INDEX `orders_buyer` ON `orders` (`buyer_hash`,`placed_at`);--> statement-breakpoint
CREATE INDEX `orders_payment_intent` ON `orders` (`stripe_payment_intent_id`);--> statement-breakpoint
CREATE TABLE `commission_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`order_line_id` text NOT NULL,
	`org_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`part` text NOT NULL,
	`currency` text NOT NULL,
	`amount` integer NOT NULL,
	`original` integer NOT NULL,
	`status` text NOT NULL,
	`hold_reason` text,
	`base` integer NOT NULL,
	`creator_rate_bps` integer NOT NULL,
	`service_fee_bps` integer NOT NULL,
	`platform_fee_bps` integer NOT NULL,
	`second_level_share_bps` integer NOT NULL,
	`terms_version` integer NOT NULL,
	`attribution_window_days` integer NOT NULL,
	`return_window_days` integer NOT NULL,
	`clawback_of` text,
	`locked_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_line_id`) REFERENCES `order_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commission_lines_order` ON `commission_lines` (`order_id`);--> statement-breakpoint
CREATE INDEX `commission_lines_org_status` ON `commission_lines` (`org_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `commission_lines_held` ON `commission_lines` (`hold_reason`) WHERE hold_reason is not null;--> statement-breakpoint
CREATE TABLE `journal_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`idempotency_key` text NOT NULL,
	`kind` text NOT NULL,
	`currency` text NOT NULL,
	`order_id` text,
	`order_revision` integer,
	`memo` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `journal_entries_key` ON `journal_entries` (`idempotency_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `journal_entries_order_revision` ON `journal_entries` (`order_id`,`order_revision`) WHERE order_id is not null;--> statement-breakpoint
CREATE TABLE `ledger_postings` (
	`id` text PRIMARY KEY NOT NULL,
	`journal_id` text NOT NULL,
	`org_id` text NOT NULL,
	`account` text NOT NULL,
	`currency` text NOT NULL,
	`amount` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`journal_id`) REFERENCES `journal_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_postings_account` ON `ledger_postings` (`org_id`,`account`,`currency`,`amount`);--> statement-breakpoint
CREATE INDEX `ledger_postings_journal` ON `ledger_postings` (`journal_id`);--> statement-breakpoint
CREATE TABLE `fraud_rules` (
	`kind` text PRIMARY KEY NOT NULL,
	`enabled` integer NOT NULL,
	`threshold` integer,
	`window_minutes` integer,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `platform_fees` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`fee_bps` integer NOT NULL,
	`effective_at` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `platform_fees_version` ON `platform_fees` (`version`);--> statement-breakpoint
ALTER TABLE `organizations` ADD `funding_paused_at` integer;--> statement-breakpoint
ALTER TABLE `activities` ADD `delegate_org_id` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `delegate_share_bps` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
INSERT INTO `fraud_rules` (`kind`, `enabled`, `threshold`, `window_minutes`, `updated_at`) VALUES ('self_purchase', 1, NULL, NULL, 0), ('brushing', 1, 3, 1440, 0), ('bot_click', 1, NULL, NULL, 0);--> statement-breakpoint
INSERT INTO `platform_fees` (`id`, `version`, `fee_bps`, `effective_at`, `created_by`, `created_at`) VALUES ('pfe_0000000000DEFAULTFEE0001', 1, 1000, 0, NULL, 0);
