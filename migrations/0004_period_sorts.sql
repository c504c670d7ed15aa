CREATE INDEX `indicators_period_sort` ON `indicators` (("period" is null),`period_start`,`id`);--> statement-breakpoint
CREATE INDEX `indicators_period_sort_desc` ON `indicators` (("period" is null),"period_start" desc,`id`);--> statement-breakpoint
CREATE INDEX `indicators_period_end_sort` ON `indicators` (("period" is null),("period_end" is null),`period_end`,`id`);--> statement-breakpoint
CREATE INDEX `indicators_period_end_sort_desc` ON `indicators` (("period" is null),("period_end" is null) desc,"period_end" desc,`id`);