CREATE TABLE "search_entries" (
	"kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"field" text NOT NULL,
	"weight" real NOT NULL,
	"status" text NOT NULL,
	"document_id" text,
	"offset" integer DEFAULT 0 NOT NULL,
	"content" text NOT NULL,
	"keys" text NOT NULL,
	CONSTRAINT "search_entries_kind_entity_id_field_pk" PRIMARY KEY("kind","entity_id","field"),
	CONSTRAINT "search_entries_kind_check" CHECK ("search_entries"."kind" in ('event', 'dispute', 'issue', 'actor', 'place', 'document')),
	CONSTRAINT "search_entries_status_check" CHECK ("search_entries"."status" in ('draft', 'in_review', 'published', 'retracted'))
);
--> statement-breakpoint
CREATE INDEX "search_entries_keys_idx" ON "search_entries" USING gin (to_tsvector('simple'::regconfig, "keys"));--> statement-breakpoint
CREATE INDEX "search_entries_entity_idx" ON "search_entries" USING btree ("kind","entity_id");