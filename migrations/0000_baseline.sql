CREATE TABLE `cities` (
	`slug` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`level` text NOT NULL,
	`parent` text,
	`code` text
);
--> statement-breakpoint
CREATE INDEX `cities_parent` ON `cities` (`parent`);--> statement-breakpoint
CREATE TABLE `city_ancestors` (
	`ancestor` text NOT NULL,
	`city` text NOT NULL,
	`depth` integer NOT NULL,
	PRIMARY KEY(`ancestor`, `city`)
);
--> statement-breakpoint
CREATE INDEX `city_ancestors_city` ON `city_ancestors` (`city`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`city` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`raised_by_zh` text,
	`raised_by_en` text,
	`problem_zh` text NOT NULL,
	`problem_en` text NOT NULL,
	`location_zh` text,
	`location_en` text,
	`reported_on` text,
	`resolved_on` text,
	`duration_days` real,
	`households` integer,
	`amount_cny` real,
	`handling_zh` text,
	`handling_en` text,
	`initiative` text,
	FOREIGN KEY (`city`) REFERENCES `cities`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_city` ON `complaints` (`city`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`passage` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`, `passage`),
	FOREIGN KEY (`passage`) REFERENCES `passages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_passage` ON `evidence` (`passage`);--> statement-breakpoint
CREATE TABLE `exclusions` (
	`source` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`reason` text NOT NULL,
	`note` text
);
--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` text PRIMARY KEY NOT NULL,
	`city` text NOT NULL,
	`metric` text NOT NULL,
	`scope` text,
	`label_zh` text NOT NULL,
	`label_en` text NOT NULL,
	`value` real NOT NULL,
	`value_text` text NOT NULL,
	`unit_zh` text NOT NULL,
	`unit` text NOT NULL,
	`value_base` real NOT NULL,
	`qualifier` text NOT NULL,
	`estimated` integer NOT NULL,
	`period` text,
	`period_start` text,
	`period_end` text,
	`initiative` text,
	`complaint` text,
	`relates_to` text,
	`part_of` text,
	`project` text,
	`corroborated` integer NOT NULL,
	`reported_on` text,
	FOREIGN KEY (`city`) REFERENCES `cities`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`metric`) REFERENCES `metrics`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scope`) REFERENCES `scopes`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicators_city` ON `indicators` (`city`,`id`);--> statement-breakpoint
CREATE INDEX `indicators_metric` ON `indicators` (`metric`,`id`);--> statement-breakpoint
CREATE INDEX `indicators_metric_city` ON `indicators` (`metric`,`scope`,`city`,`period_start`,`id`,`period_end`);--> statement-breakpoint
CREATE INDEX `indicators_unit_value` ON `indicators` (`unit`,`value_base`);--> statement-breakpoint
CREATE INDEX `indicators_value_base` ON `indicators` (`value_base`,`id`);--> statement-breakpoint
CREATE INDEX `indicators_period` ON `indicators` (`period_start`,`period_end`);--> statement-breakpoint
CREATE INDEX `indicators_period_end` ON `indicators` (`period_end`,`period_start`);--> statement-breakpoint
CREATE INDEX `indicators_initiative` ON `indicators` (`initiative`);--> statement-breakpoint
CREATE INDEX `indicators_project` ON `indicators` (`project`);--> statement-breakpoint
CREATE INDEX `indicators_reported_on` ON `indicators` (`reported_on`);--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` text PRIMARY KEY NOT NULL,
	`city` text NOT NULL,
	`kind` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`description_en` text,
	`description_zh` text,
	`started_on` text,
	`part_of` text,
	FOREIGN KEY (`city`) REFERENCES `cities`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `initiatives_city` ON `initiatives` (`city`);--> statement-breakpoint
CREATE INDEX `initiatives_kind` ON `initiatives` (`kind`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `metric_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`metrics` text NOT NULL,
	`note_en` text NOT NULL,
	`note_zh` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `metrics` (
	`key` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`definition` text NOT NULL,
	`definition_zh` text NOT NULL,
	`unit` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `passages` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`text_zh_hans` text NOT NULL,
	`text_en` text NOT NULL,
	FOREIGN KEY (`source`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `passages_source` ON `passages` (`source`,`start`);--> statement-breakpoint
CREATE TABLE `project_events` (
	`project` text NOT NULL,
	`position` integer NOT NULL,
	`status` text NOT NULL,
	`period` text,
	`period_start` text,
	`period_end` text,
	`evidence` text NOT NULL,
	PRIMARY KEY(`project`, `position`),
	FOREIGN KEY (`project`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_events_status` ON `project_events` (`status`,`project`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`city` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`sector` text NOT NULL,
	`kind` text NOT NULL,
	`description_en` text,
	`initiatives` text NOT NULL,
	`corroborated` integer NOT NULL,
	FOREIGN KEY (`city`) REFERENCES `cities`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_city` ON `projects` (`city`,`id`);--> statement-breakpoint
CREATE INDEX `projects_sector` ON `projects` (`sector`);--> statement-breakpoint
CREATE INDEX `projects_kind` ON `projects` (`kind`);--> statement-breakpoint
CREATE TABLE `readings` (
	`source` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`reading` text NOT NULL,
	`note` text NOT NULL,
	FOREIGN KEY (`source`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `repairs` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`damaged` text NOT NULL,
	`repaired` text NOT NULL,
	`confidence` text NOT NULL,
	`note` text,
	FOREIGN KEY (`source`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `retired` (
	`record_type` text NOT NULL,
	`id` text NOT NULL,
	`reason_en` text NOT NULL,
	`reason_zh` text NOT NULL,
	PRIMARY KEY(`record_type`, `id`)
);
--> statement-breakpoint
CREATE TABLE `scopes` (
	`key` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`definition_en` text NOT NULL,
	`definition_zh` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`file` text NOT NULL,
	`sha256` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`outlet` text,
	`source_line` text,
	`authors` text NOT NULL,
	`medium` text,
	`published_on` text,
	`published_at` text,
	`script` text NOT NULL,
	`note` text,
	`length` integer NOT NULL
);
