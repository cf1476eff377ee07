ALTER TABLE `documents` ADD `partner_id` text;--> statement-breakpoint
CREATE INDEX `documents_partner_idx` ON `documents` (`partner_id`);