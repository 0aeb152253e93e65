DROP INDEX "events_type_idx";--> statement-breakpoint
CREATE INDEX "events_type_timeline_idx" ON "events" USING btree ("status","type","sort_key","id");--> statement-breakpoint
CREATE INDEX "events_precision_timeline_idx" ON "events" USING btree ("status","time_precision","sort_key","id");