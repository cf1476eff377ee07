CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`actor_id` text,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `dues_payments` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount` integer NOT NULL,
	`paid_on` text,
	`note` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dues_payments_member_year_idx` ON `dues_payments` (`member_id`,`year`);--> statement-breakpoint
CREATE INDEX `dues_payments_year_idx` ON `dues_payments` (`year`);--> statement-breakpoint
CREATE TABLE `dues_rates` (
	`year` integer NOT NULL,
	`category` text NOT NULL,
	`amount` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`year`, `category`)
);
--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text DEFAULT 'individual' NOT NULL,
	`full_name` text NOT NULL,
	`gender` text,
	`birth_year` integer,
	`email` text,
	`phone` text,
	`organisation` text,
	`job_title` text,
	`address` text,
	`province` text,
	`category` text DEFAULT 'official' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`joined_on` text,
	`countries` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`sort_name` text NOT NULL,
	`search_text` text NOT NULL,
	`facets` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_email_uq` ON `members` (`email`);--> statement-breakpoint
CREATE INDEX `members_list_idx` ON `members` (`sort_name`,`id`,`status`,`category`,`kind`,`facets`,`search_text`);--> statement-breakpoint
CREATE TABLE `positions` (
	`id` text PRIMARY KEY NOT NULL,
	`term_id` text NOT NULL,
	`member_id` text NOT NULL,
	`body` text NOT NULL,
	`title` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`notes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`term_id`) REFERENCES `terms`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `positions_term_idx` ON `positions` (`term_id`);--> statement-breakpoint
CREATE INDEX `positions_member_idx` ON `positions` (`member_id`);--> statement-breakpoint
CREATE TABLE `terms` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`congress` text,
	`notes` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `terms_starts_idx` ON `terms` (`starts_on`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`storage_key` text NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_document_idx` ON `attachments` (`document_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`direction` text NOT NULL,
	`series` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`symbol` text,
	`type_code` text,
	`subject` text NOT NULL,
	`document_date` text,
	`registered_at` integer NOT NULL,
	`registered_on` text NOT NULL,
	`urgency` text NOT NULL,
	`classification` text NOT NULL,
	`notes` text,
	`sent_on` text,
	`signer` text,
	`recipients` text,
	`filed_with` text,
	`copies` integer,
	`language` text,
	`sender` text,
	`sender_ref` text,
	`received_on` text,
	`assignee` text,
	`deadline` text,
	`progress` text,
	`reply_id` text,
	`replied_on` text,
	`body` text,
	`template` text,
	`search_text` text NOT NULL,
	`status` text DEFAULT 'registered' NOT NULL,
	`voided_at` integer,
	`void_reason` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_number_uq` ON `documents` (`direction`,`series`,`year`,`number`);--> statement-breakpoint
CREATE INDEX `documents_registered_idx` ON `documents` (`registered_at`);--> statement-breakpoint
CREATE INDEX `documents_follow_up_idx` ON `documents` (`direction`,`reply_id`,`deadline`);--> statement-breakpoint
CREATE TABLE `calendar_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`salt` text NOT NULL,
	`rotated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `diplomatic_relations` (
	`country` text PRIMARY KEY NOT NULL,
	`since` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_occurrences` (
	`event_id` text NOT NULL,
	`key` text NOT NULL,
	`cancelled` integer DEFAULT false NOT NULL,
	`starts_at` integer,
	`ends_at` integer,
	`title` text,
	`title_en` text,
	`location` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`event_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`title_en` text,
	`description` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`last_ends_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`rrule` text,
	`location` text,
	`format` text NOT NULL,
	`connection_points` integer,
	`countries` text DEFAULT '[]' NOT NULL,
	`partner_ids` text DEFAULT '[]' NOT NULL,
	`organisers` text DEFAULT '[]' NOT NULL,
	`capacity` integer,
	`registration_open` integer DEFAULT true NOT NULL,
	`participants` integer,
	`delegation` text,
	`outcomes` text,
	`sequence` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_starts_idx` ON `events` (`starts_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_range_idx` ON `events` (`last_ends_at`,`starts_at`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`position` integer NOT NULL,
	`member_id` text,
	`user_id` text,
	`name` text NOT NULL,
	`email` text,
	`note` text,
	`search_text` text NOT NULL,
	`status` text NOT NULL,
	`promotion` text,
	`checked_in_at` integer,
	`cancelled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `registrations_event_idx` ON `registrations` (`event_id`,`status`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_member_uq` ON `registrations` (`event_id`,`member_id`) WHERE member_id IS NOT NULL AND status <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_email_uq` ON `registrations` (`event_id`,`email`) WHERE email IS NOT NULL AND status <> 'cancelled';