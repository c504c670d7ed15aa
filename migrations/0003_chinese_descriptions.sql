ALTER TABLE `projects` ADD `description_zh` text;--> statement-breakpoint
ALTER TABLE `repairs` ADD `note_zh` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `note_zh` text;