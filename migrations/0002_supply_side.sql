CREATE TABLE `products` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`images` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`product_url` text,
	`default_creator_rate_bps` integer NOT NULL,
	`sample_policy` text NOT NULL,
	`sample_quantity` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `products_org_status` ON `products` (`org_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `products_org_category` ON `products` (`org_id`,`category`);--> statement-breakpoint
CREATE TABLE `skus` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`product_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`price` integer NOT NULL,
	`currency` text NOT NULL,
	`stock` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "skus_stock_non_negative" CHECK("skus"."stock" >= 0),
	CONSTRAINT "skus_price_positive" CHECK("skus"."price" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skus_org_code` ON `skus` (`org_id`,`code`);--> statement-breakpoint
CREATE INDEX `skus_product` ON `skus` (`product_id`);--> statement-breakpoint
CREATE INDEX `skus_org_stock` ON `skus` (`org_id`,`stock`);--> statement-breakpoint
CREATE TABLE `stock_moves` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`sku_id` text NOT NULL,
	`delta` integer NOT NULL,
	`reason` text NOT NULL,
	`idempotency_key` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sku_id`) REFERENCES `skus`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_moves_sku` ON `stock_moves` (`sku_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `stock_moves_idem` ON `stock_moves` (`org_id`,`idempotency_key`);--> statement-breakpoint
CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`categories` text NOT NULL,
	`plan_type` text NOT NULL,
	`exclusive_until` integer,
	`min_creator_rate_bps` integer NOT NULL,
	`service_fee_bps` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`attribution_window_days` integer DEFAULT 7 NOT NULL,
	`return_window_days` integer DEFAULT 7 NOT NULL,
	`content_due_days` integer DEFAULT 14 NOT NULL,
	`visibility` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_org` ON `activities` (`org_id`,`id`);--> statement-breakpoint
CREATE INDEX `activities_public` ON `activities` (`visibility`,`status`,`id`);--> statement-breakpoint
CREATE TABLE `activity_targets` (
	`activity_id` text NOT NULL,
	`creator_org_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `creator_org_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`creator_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_targets_creator` ON `activity_targets` (`creator_org_id`);--> statement-breakpoint
CREATE TABLE `enrollment_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`enrollment_id` text NOT NULL,
	`version` integer NOT NULL,
	`creator_rate_bps` integer NOT NULL,
	`service_fee_bps` integer NOT NULL,
	`effective_at` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrollment_terms_version` ON `enrollment_terms` (`enrollment_id`,`version`);--> statement-breakpoint
CREATE INDEX `enrollment_terms_effective` ON `enrollment_terms` (`enrollment_id`,`effective_at`);--> statement-breakpoint
CREATE TABLE `enrollments` (
	`id` text PRIMARY KEY NOT NULL,
	`activity_id` text NOT NULL,
	`provider_org_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`product_id` text NOT NULL,
	`status` text NOT NULL,
	`decision_reason` text,
	`applied_at` integer NOT NULL,
	`decided_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrollments_activity_product` ON `enrollments` (`activity_id`,`product_id`);--> statement-breakpoint
CREATE INDEX `enrollments_merchant` ON `enrollments` (`merchant_org_id`,`id`);--> statement-breakpoint
CREATE INDEX `enrollments_provider` ON `enrollments` (`provider_org_id`,`status`,`id`);--> statement-breakpoint
CREATE TABLE `roster_members` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_org_id` text NOT NULL,
	`creator_org_id` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`invited_at` integer NOT NULL,
	`responded_at` integer,
	`removed_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`provider_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`creator_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roster_provider_creator` ON `roster_members` (`provider_org_id`,`creator_org_id`);--> statement-breakpoint
CREATE INDEX `roster_creator` ON `roster_members` (`creator_org_id`,`status`);--> statement-breakpoint
CREATE TABLE `creator_profiles` (
	`org_id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`avatar_url` text,
	`handles` text NOT NULL,
	`followers` integer NOT NULL,
	`avg_views` integer NOT NULL,
	`avg_engagement` integer NOT NULL,
	`categories` text NOT NULL,
	`tags` text NOT NULL,
	`audience` text,
	`formats` text NOT NULL,
	`listed` integer DEFAULT true NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `creator_profiles_followers` ON `creator_profiles` (`listed`,`followers`);--> statement-breakpoint
CREATE TABLE `sample_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`enrollment_id` text NOT NULL,
	`creator_org_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`provider_org_id` text NOT NULL,
	`sku_id` text,
	`quantity` integer DEFAULT 1 NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`shipping_address` text,
	`decision_reason` text,
	`carrier` text,
	`tracking_number` text,
	`content_due_days` integer NOT NULL,
	`requested_at` integer NOT NULL,
	`decided_at` integer,
	`shipped_at` integer,
	`delivered_at` integer,
	`content_due_at` integer,
	`post_url` text,
	`posted_at` integer,
	`overdue_flagged_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`creator_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merchant_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sku_id`) REFERENCES `skus`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `samples_creator` ON `sample_requests` (`creator_org_id`,`id`);--> statement-breakpoint
CREATE INDEX `samples_merchant` ON `sample_requests` (`merchant_org_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `samples_provider` ON `sample_requests` (`provider_org_id`,`id`);--> statement-breakpoint
CREATE INDEX `samples_due` ON `sample_requests` (`status`,`content_due_at`);--> statement-breakpoint
CREATE TABLE `import_chunks` (
	`job_id` text NOT NULL,
	`seq` integer NOT NULL,
	`rows` text NOT NULL,
	`done_at` integer,
	PRIMARY KEY(`job_id`, `seq`),
	FOREIGN KEY (`job_id`) REFERENCES `import_jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `import_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`kind` text NOT NULL,
	`filename` text NOT NULL,
	`content_hash` text NOT NULL,
	`status` text NOT NULL,
	`total_rows` integer NOT NULL,
	`processed_rows` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`rejected_rows` text NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_jobs_org` ON `import_jobs` (`org_id`,`id`);