CREATE TABLE `cluster_members` (
	`cluster_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	PRIMARY KEY(`cluster_id`, `workspace_id`),
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cluster_members_workspace_idx` ON `cluster_members` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `clusters` (
	`id` text PRIMARY KEY NOT NULL,
	`union_id` text NOT NULL,
	`year` integer NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`union_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clusters_union_year_name_uq` ON `clusters` (`union_id`,`year`,`name`);--> statement-breakpoint
CREATE TABLE `indicator_snapshots` (
	`workspace_id` text NOT NULL,
	`month` text NOT NULL,
	`members_active` integer DEFAULT 0 NOT NULL,
	`members_new` integer DEFAULT 0 NOT NULL,
	`events` integer DEFAULT 0 NOT NULL,
	`events_delegation_in` integer DEFAULT 0 NOT NULL,
	`events_delegation_out` integer DEFAULT 0 NOT NULL,
	`events_meeting` integer DEFAULT 0 NOT NULL,
	`events_seminar` integer DEFAULT 0 NOT NULL,
	`events_anniversary` integer DEFAULT 0 NOT NULL,
	`events_festival` integer DEFAULT 0 NOT NULL,
	`events_campaign` integer DEFAULT 0 NOT NULL,
	`events_aid` integer DEFAULT 0 NOT NULL,
	`events_training` integer DEFAULT 0 NOT NULL,
	`events_review` integer DEFAULT 0 NOT NULL,
	`events_other` integer DEFAULT 0 NOT NULL,
	`participants` integer DEFAULT 0 NOT NULL,
	`delegations_in` integer DEFAULT 0 NOT NULL,
	`delegations_in_people` integer DEFAULT 0 NOT NULL,
	`delegations_out` integer DEFAULT 0 NOT NULL,
	`delegations_out_people` integer DEFAULT 0 NOT NULL,
	`seminars` integer DEFAULT 0 NOT NULL,
	`connection_points` integer DEFAULT 0 NOT NULL,
	`agreements_signed` integer DEFAULT 0 NOT NULL,
	`agreements_active` integer DEFAULT 0 NOT NULL,
	`partners_active` integer DEFAULT 0 NOT NULL,
	`aid_committed_vnd` integer DEFAULT 0 NOT NULL,
	`aid_disbursed_vnd` integer DEFAULT 0 NOT NULL,
	`funds_raised_vnd` integer DEFAULT 0 NOT NULL,
	`documents_out` integer DEFAULT 0 NOT NULL,
	`documents_in` integer DEFAULT 0 NOT NULL,
	`awards` integer DEFAULT 0 NOT NULL,
	`computed_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `month`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
