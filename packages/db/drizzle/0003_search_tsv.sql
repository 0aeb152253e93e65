DROP INDEX "search_entries_keys_idx";--> statement-breakpoint
ALTER TABLE "search_entries" ADD COLUMN "tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, keys)) STORED;--> statement-breakpoint
CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING gin ("tsv");