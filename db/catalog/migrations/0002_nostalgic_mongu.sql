CREATE TABLE `subtree_snapshots` (
	`workspace_id` text NOT NULL,
	`month` text NOT NULL,
	`workspaces` integer NOT NULL,
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
--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `members_new_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_delegation_in_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_delegation_out_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_meeting_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_seminar_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_anniversary_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_festival_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_campaign_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_aid_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_training_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_review_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `events_other_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `participants_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `delegations_in_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `delegations_in_people_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `delegations_out_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `delegations_out_people_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `seminars_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `connection_points_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `agreements_signed_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `aid_committed_vnd_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `aid_disbursed_vnd_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `funds_raised_vnd_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `documents_out_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `documents_in_to_date` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_snapshots` ADD `awards_to_date` integer DEFAULT 0 NOT NULL;