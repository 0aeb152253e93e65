-- Trigram indexes for finding records by a piece of their label (editor lists, pickers). pg_trgm is a trusted
-- extension (PostgreSQL 13+), shipped with the server; PGlite loads it from @electric-sql/pglite/contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "documents_title_search_idx" ON "documents" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "actors_name_search_idx" ON "actors" USING gin ("name_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "places_name_search_idx" ON "places" USING gin ("name_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_title_search_idx" ON "events" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "claims_statement_search_idx" ON "claims" USING gin ("statement_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "dispute_issues_title_search_idx" ON "dispute_issues" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "disputes_title_search_idx" ON "disputes" USING gin ("title_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "positions_statement_search_idx" ON "positions" USING gin ("statement_ar" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "conflicts_title_search_idx" ON "conflicts" USING gin ("title_ar" gin_trgm_ops);