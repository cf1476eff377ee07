CREATE TABLE `report_deadlines` (
	`union_id` text NOT NULL,
	`period` text NOT NULL,
	`due_on` text NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`union_id`, `period`),
	FOREIGN KEY (`union_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`period` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`results` text DEFAULT '' NOT NULL,
	`limitations` text DEFAULT '' NOT NULL,
	`plans` text DEFAULT '' NOT NULL,
	`proposals` text DEFAULT '' NOT NULL,
	`figures` text,
	`parent_id` text,
	`submitted_at` integer,
	`submitted_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_workspace_period_uq` ON `reports` (`workspace_id`,`period`);--> statement-breakpoint
CREATE INDEX `reports_parent_period_idx` ON `reports` (`parent_id`,`period`);