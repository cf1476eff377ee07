CREATE TABLE `agreement_partners` (
	`agreement_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`agreement_id`, `partner_id`)
);
--> statement-breakpoint
CREATE INDEX `agreement_partners_partner_idx` ON `agreement_partners` (`partner_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`signed_on` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`document_id` text,
	`renewed_from_id` text,
	`notes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `agreements_signed_idx` ON `agreements` (`signed_on`,`id`);--> statement-breakpoint
CREATE INDEX `agreements_valid_to_idx` ON `agreements` (`valid_to`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_renewed_from_uq` ON `agreements` (`renewed_from_id`) WHERE renewed_from_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `aid_projects` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`donor_partner_id` text NOT NULL,
	`sector` text NOT NULL,
	`committed_vnd` integer NOT NULL,
	`disbursed_vnd` integer DEFAULT 0 NOT NULL,
	`currency` text,
	`committed_original` real,
	`disbursed_original` real,
	`starts_on` text,
	`ends_on` text,
	`status` text NOT NULL,
	`over_disbursed_reason` text,
	`notes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `aid_projects_donor_idx` ON `aid_projects` (`donor_partner_id`);--> statement-breakpoint
CREATE INDEX `aid_projects_starts_idx` ON `aid_projects` (`starts_on`,`id`);--> statement-breakpoint
CREATE TABLE `awards` (
	`id` text PRIMARY KEY NOT NULL,
	`award_name` text NOT NULL,
	`recipient_member_id` text,
	`recipient_name` text,
	`recipient_country` text,
	`decision_number` text NOT NULL,
	`decided_on` text NOT NULL,
	`notes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `awards_decided_idx` ON `awards` (`decided_on`,`id`);--> statement-breakpoint
CREATE INDEX `awards_member_idx` ON `awards` (`recipient_member_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_original` text,
	`country` text NOT NULL,
	`kind` text NOT NULL,
	`since` text,
	`contacts` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`sort_name` text NOT NULL,
	`search_text` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `partners_list_idx` ON `partners` (`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `partners_country_idx` ON `partners` (`country`,`sort_name`);