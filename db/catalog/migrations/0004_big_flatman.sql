CREATE TABLE `debounces` (
	`key` text PRIMARY KEY NOT NULL,
	`due_at` integer NOT NULL
);
