CREATE TABLE "event_places" (
	"event_id" text NOT NULL,
	"place_id" text NOT NULL,
	"role" text NOT NULL,
	"ordinal" integer NOT NULL,
	"note_ar" text,
	"note_en" text,
	CONSTRAINT "event_places_event_id_place_id_role_pk" PRIMARY KEY("event_id","place_id","role"),
	CONSTRAINT "event_places_role_check" CHECK ("event_places"."role" in ('site', 'origin', 'destination', 'subject'))
);
--> statement-breakpoint
CREATE TABLE "conflict_dyads" (
	"id" text PRIMARY KEY NOT NULL,
	"conflict_id" text NOT NULL,
	"side_a_id" text NOT NULL,
	"side_b_id" text NOT NULL,
	"title_ar" text,
	"title_en" text,
	"start_date" text,
	"end_date" text,
	"ordinal" integer NOT NULL,
	CONSTRAINT "conflict_dyads_conflict_id" UNIQUE("conflict_id","id"),
	CONSTRAINT "conflict_dyads_two_sides" CHECK ("conflict_dyads"."side_a_id" <> "conflict_dyads"."side_b_id")
);
--> statement-breakpoint
CREATE TABLE "conflict_parties" (
	"conflict_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"side" text NOT NULL,
	"role" text NOT NULL,
	"ordinal" integer NOT NULL,
	CONSTRAINT "conflict_parties_conflict_id_actor_id_pk" PRIMARY KEY("conflict_id","actor_id"),
	CONSTRAINT "conflict_parties_side_check" CHECK ("conflict_parties"."side" in ('a', 'b')),
	CONSTRAINT "conflict_parties_role_check" CHECK ("conflict_parties"."role" in ('primary', 'secondary'))
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" text PRIMARY KEY NOT NULL,
	"title_ar" text NOT NULL,
	"title_en" text,
	"summary_ar" text,
	"summary_en" text,
	"type" text NOT NULL,
	"incompatibility" text NOT NULL,
	"contested_ar" text,
	"contested_en" text,
	"conflict_status" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_date" text,
	"end_date" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflicts_type_check" CHECK ("conflicts"."type" in ('extrasystemic', 'interstate', 'intrastate', 'internationalized_intrastate')),
	CONSTRAINT "conflicts_incompatibility_check" CHECK ("conflicts"."incompatibility" in ('territory', 'government', 'territory_and_government')),
	CONSTRAINT "conflicts_conflict_status_check" CHECK ("conflicts"."conflict_status" in ('active', 'inactive', 'ended', 'unknown')),
	CONSTRAINT "conflicts_status_check" CHECK ("conflicts"."status" in ('draft', 'in_review', 'published', 'retracted')),
	CONSTRAINT "conflicts_version_check" CHECK ("conflicts"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_implied_framed";--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_stance_check";--> statement-breakpoint
ALTER TABLE "positions" DROP CONSTRAINT "positions_basis_check";--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_target_kind_check";--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_one_target";--> statement-breakpoint
ALTER TABLE "citations" DROP CONSTRAINT "citations_target_matches_kind";--> statement-breakpoint
ALTER TABLE "search_entries" DROP CONSTRAINT "search_entries_kind_check";--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "published_earliest" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "published_latest" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_earliest" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "date_latest" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "window_basis" text DEFAULT 'date' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "conflict_id" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "dyad_id" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "voice" text DEFAULT 'reported' NOT NULL;--> statement-breakpoint
-- Positions: "stated" was always the outlet reporting an actor's words, "implied" someone's framing.
UPDATE "positions" SET "basis" = CASE "basis" WHEN 'stated' THEN 'reported' WHEN 'implied' THEN 'framed' ELSE "basis" END;--> statement-breakpoint
-- Every dated event gets the window its date and precision state (2017-04 -> 2017-04-01 .. 2017-04-30).
UPDATE "events" SET
  "date_earliest" = CASE length(coalesce("date_start", "date_end")) WHEN 10 THEN coalesce("date_start", "date_end") WHEN 7 THEN coalesce("date_start", "date_end") || '-01' ELSE coalesce("date_start", "date_end") || '-01-01' END,
  "date_latest" = CASE length(coalesce("date_end", "date_start")) WHEN 10 THEN coalesce("date_end", "date_start")
    ELSE to_char(to_date(CASE length(coalesce("date_end", "date_start")) WHEN 7 THEN coalesce("date_end", "date_start") || '-01' ELSE coalesce("date_end", "date_start") || '-12-01' END, 'YYYY-MM-DD') + interval '1 month' - interval '1 day', 'YYYY-MM-DD') END
  WHERE coalesce("date_start", "date_end") IS NOT NULL;--> statement-breakpoint
ALTER TABLE "citations" ADD COLUMN "conflict_id" text;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_places" ADD CONSTRAINT "event_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_dyads" ADD CONSTRAINT "conflict_dyads_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_dyads" ADD CONSTRAINT "conflict_dyads_side_a_id_actors_id_fk" FOREIGN KEY ("side_a_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_dyads" ADD CONSTRAINT "conflict_dyads_side_b_id_actors_id_fk" FOREIGN KEY ("side_b_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_dyads" ADD CONSTRAINT "conflict_dyads_side_a_party_fk" FOREIGN KEY ("conflict_id","side_a_id") REFERENCES "public"."conflict_parties"("conflict_id","actor_id") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "conflict_dyads" ADD CONSTRAINT "conflict_dyads_side_b_party_fk" FOREIGN KEY ("conflict_id","side_b_id") REFERENCES "public"."conflict_parties"("conflict_id","actor_id") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "conflict_parties" ADD CONSTRAINT "conflict_parties_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_parties" ADD CONSTRAINT "conflict_parties_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_places_place_idx" ON "event_places" USING btree ("place_id","event_id");--> statement-breakpoint
CREATE INDEX "conflict_parties_actor_idx" ON "conflict_parties" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "conflicts_review_idx" ON "conflicts" USING btree ("status","updated_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_dyad_of_conflict_fk" FOREIGN KEY ("conflict_id","dyad_id") REFERENCES "public"."conflict_dyads"("conflict_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_conflict_id_conflicts_id_fk" FOREIGN KEY ("conflict_id") REFERENCES "public"."conflicts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_conflict_idx" ON "events" USING btree ("conflict_id","sort_key","id");--> statement-breakpoint
CREATE INDEX "events_dyad_idx" ON "events" USING btree ("dyad_id");--> statement-breakpoint
CREATE INDEX "citations_conflict_idx" ON "citations" USING btree ("conflict_id");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_published_window_order" CHECK ("documents"."published_earliest" is null or "documents"."published_latest" is null or "documents"."published_earliest" <= "documents"."published_latest");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_window_basis_check" CHECK ("events"."window_basis" in ('date', 'relative', 'relations', 'publication', 'editor'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_window_order" CHECK ("events"."date_earliest" is null or "events"."date_latest" is null or "events"."date_earliest" <= "events"."date_latest");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_window_days" CHECK (coalesce("events"."date_earliest", '2000-01-01') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and coalesce("events"."date_latest", '2000-01-01') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_dyad_needs_conflict" CHECK ("events"."dyad_id" is null or "events"."conflict_id" is not null);--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_voice_check" CHECK ("claims"."voice" in ('own_words', 'reported', 'framed'));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_framed_by" CHECK ("positions"."basis" <> 'framed' or "positions"."framed_by_actor_id" is not null or "positions"."framed_by_outlet_id" is not null);--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_stance_check" CHECK ("positions"."stance" in ('supports', 'opposes', 'proposes', 'demands', 'rejects', 'accused', 'accuses', 'denies', 'agrees', 'unclear'));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_basis_check" CHECK ("positions"."basis" in ('own_words', 'reported', 'framed'));--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_target_kind_check" CHECK ("citations"."target_kind" in ('event', 'quantity', 'claim', 'position', 'dispute', 'issue', 'actor', 'place', 'document', 'conflict'));--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_one_target" CHECK (num_nonnulls("citations"."event_id", "citations"."quantity_id", "citations"."claim_id", "citations"."position_id", "citations"."dispute_id", "citations"."issue_id", "citations"."actor_id", "citations"."place_id", "citations"."target_document_id", "citations"."conflict_id") = 1);--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_target_matches_kind" CHECK (case "citations"."target_kind"
        when 'event' then "citations"."event_id" is not null when 'quantity' then "citations"."quantity_id" is not null
        when 'claim' then "citations"."claim_id" is not null when 'position' then "citations"."position_id" is not null
        when 'dispute' then "citations"."dispute_id" is not null when 'issue' then "citations"."issue_id" is not null
        when 'actor' then "citations"."actor_id" is not null when 'place' then "citations"."place_id" is not null
        when 'document' then "citations"."target_document_id" is not null when 'conflict' then "citations"."conflict_id" is not null else false end);--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_kind_check" CHECK ("search_entries"."kind" in ('event', 'dispute', 'issue', 'actor', 'place', 'document', 'conflict'));