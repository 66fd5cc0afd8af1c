CREATE TABLE `links` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`creator_org_id` text NOT NULL,
	`enrollment_id` text NOT NULL,
	`activity_id` text NOT NULL,
	`product_id` text NOT NULL,
	`provider_org_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`sub_id` text DEFAULT '' NOT NULL,
	`destination` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`creator_org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrollment_id`) REFERENCES `enrollments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `links_code` ON `links` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `links_creator_offer_sub` ON `links` (`creator_org_id`,`enrollment_id`,`sub_id`);--> statement-breakpoint
CREATE INDEX `links_creator` ON `links` (`creator_org_id`,`id`);--> statement-breakpoint
CREATE TABLE `clicks` (
	`id` text PRIMARY KEY NOT NULL,
	`link_id` text NOT NULL,
	`creator_org_id` text NOT NULL,
	`enrollment_id` text NOT NULL,
	`provider_org_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`clicked_at` integer NOT NULL,
	`dedupe_window` integer NOT NULL,
	`identity_hash` text NOT NULL,
	`referrer` text,
	`country` text,
	`bot` integer NOT NULL,
	`counted` integer NOT NULL,
	`ingest` text NOT NULL,
	FOREIGN KEY (`link_id`) REFERENCES `links`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clicks_link_time` ON `clicks` (`link_id`,`clicked_at`);--> statement-breakpoint
CREATE INDEX `clicks_counted_identity` ON `clicks` (`link_id`,`identity_hash`,`dedupe_window`) WHERE counted = 1;--> statement-breakpoint
CREATE TABLE `link_daily_clicks` (
	`link_id` text NOT NULL,
	`day` integer NOT NULL,
	`creator_org_id` text NOT NULL,
	`enrollment_id` text NOT NULL,
	`provider_org_id` text NOT NULL,
	`merchant_org_id` text NOT NULL,
	`counted` integer DEFAULT 0 NOT NULL,
	`bot` integer DEFAULT 0 NOT NULL,
	`duplicate` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`link_id`, `day`),
	FOREIGN KEY (`link_id`) REFERENCES `links`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `link_daily_clicks_creator` ON `link_daily_clicks` (`creator_org_id`,`day`);--> statement-breakpoint
CREATE INDEX `link_daily_clicks_provider` ON `link_daily_clicks` (`provider_org_id`,`day`);--> statement-breakpoint
CREATE INDEX `link_daily_clicks_merchant` ON `link_daily_clicks` (`merchant_org_id`,`day`);