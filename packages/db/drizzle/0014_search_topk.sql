-- IF NOT EXISTS: applied by hand to the 1M bench archive before merge, and renumbered after another
-- branch's 0013, this file may run again on a database that already has the column.
ALTER TABLE "search_entries" ADD COLUMN IF NOT EXISTS "rank_key" bigint GENERATED ALWAYS AS ((((case when kind in ('event', 'document') then 0 else 1 end)::bigint << 62) | (hashtextextended(kind || '/' || entity_id || '/' || field, 0) & 4611686018427387903))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "search_entries_rank_idx" ON "search_entries" USING btree ("rank_key","kind","entity_id","field");--> statement-breakpoint
-- Rows in rank_key order, so the ordered scan a common word takes reads neighbouring rows (a full
-- re-index does the same); fresh statistics for the planner's choice between that scan and the GIN index.
CLUSTER "search_entries" USING "search_entries_rank_idx";--> statement-breakpoint
ANALYZE "search_entries";
