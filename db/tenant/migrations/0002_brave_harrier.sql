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