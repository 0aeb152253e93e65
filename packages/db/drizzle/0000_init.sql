CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"outlet_id" text,
	"title_ar" text,
	"title_en" text,
	"title_basis" text,
	"url" text,
	"language" text NOT NULL,
	"source_file" text,
	"text" text NOT NULL,
	"text_hash" text NOT NULL,
	"length" integer NOT NULL,
	"offset_unit" text DEFAULT 'utf16' NOT NULL,
	"published_date" text,
	"published_precision" text NOT NULL,
	"published_basis" text NOT NULL,
	"published_confidence" text,
	"published_note_ar" text,
	"published_note_en" text,
	"notes_ar" text,
	"notes_en" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_status_check" CHECK ("documents"."status" in ('draft', 'in_review', 'published', 'retracted')),
	CONSTRAINT "documents_length_check" CHECK ("documents"."length" > 0),
	CONSTRAINT "documents_hash_check" CHECK ("documents"."text_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "documents_precision_check" CHECK ("documents"."published_precision" in ('day', 'week', 'month', 'year', 'unknown')),
	CONSTRAINT "documents_basis_check" CHECK ("documents"."published_basis" in ('stated', 'inferred', 'unknown')),
	CONSTRAINT "documents_version_check" CHECK ("documents"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "outlets" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text,
	"kind" text NOT NULL,
	"url" text,
	"country" text,
	CONSTRAINT "outlets_kind_check" CHECK ("outlets"."kind" in ('newspaper', 'news_agency', 'broadcaster', 'website', 'government', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "actors" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text,
	"variants" text[] DEFAULT '{}'::text[] NOT NULL,
	"kind" text NOT NULL,
	"parent_id" text,
	"country" text,
	"offices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description_ar" text,
	"description_en" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actors_kind_check" CHECK ("actors"."kind" in ('state', 'government_body', 'armed_forces', 'armed_group', 'militia', 'political_party', 'international_org', 'ngo', 'media', 'person', 'unnamed_source', 'civilians', 'alliance', 'other')),
	CONSTRAINT "actors_status_check" CHECK ("actors"."status" in ('draft', 'in_review', 'published', 'retracted')),
	CONSTRAINT "actors_not_own_parent" CHECK ("actors"."parent_id" is null or "actors"."parent_id" <> "actors"."id")
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text,
	"variants" text[] DEFAULT '{}'::text[] NOT NULL,
	"feature" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"point_is_centroid" boolean DEFAULT false NOT NULL,
	"parent_id" text,
	"country" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_feature_check" CHECK ("places"."feature" in ('country', 'governorate', 'region', 'city', 'town', 'village', 'district', 'facility', 'crossing', 'continent', 'other')),
	CONSTRAINT "places_status_check" CHECK ("places"."status" in ('draft', 'in_review', 'published', 'retracted')),
	CONSTRAINT "places_point_check" CHECK (("places"."lat" is null) = ("places"."lon" is null)),
	CONSTRAINT "places_lat_check" CHECK ("places"."lat" is null or "places"."lat" between -90 and 90),
	CONSTRAINT "places_lon_check" CHECK ("places"."lon" is null or "places"."lon" between -180 and 180),
	CONSTRAINT "places_not_own_parent" CHECK ("places"."parent_id" is null or "places"."parent_id" <> "places"."id")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"role" text NOT NULL,
	"attribution" text NOT NULL,
	"ordinal" integer NOT NULL,
	"note_ar" text,
	"note_en" text,
	CONSTRAINT "event_participants_event_id_actor_id_role_pk" PRIMARY KEY("event_id","actor_id","role"),
	CONSTRAINT "event_participants_role_check" CHECK ("event_participants"."role" in ('initiator', 'target', 'mediator', 'party', 'victim', 'observer')),
	CONSTRAINT "event_participants_attribution_check" CHECK ("event_participants"."attribution" in ('declared', 'likely', 'alleged', 'contested'))
);
--> statement-breakpoint
CREATE TABLE "event_quantities" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"kind" text NOT NULL,
	"subject_ar" text,
	"subject_en" text,
	"low" integer,
	"best" integer,
	"high" integer,
	"words" text NOT NULL,
	"vague" boolean NOT NULL,
	"convention" text,
	"note_ar" text,
	"note_en" text,
	CONSTRAINT "event_quantities_event_ordinal" UNIQUE("event_id","ordinal"),
	CONSTRAINT "event_quantities_kind_check" CHECK ("event_quantities"."kind" in ('killed', 'injured', 'killed_or_injured', 'strikes', 'released', 'evacuated', 'departed', 'detained', 'displaced', 'duration_hours', 'duration_days', 'other')),
	CONSTRAINT "event_quantities_range_check" CHECK ("event_quantities"."low" is null or "event_quantities"."high" is null or "event_quantities"."low" <= "event_quantities"."high"),
	CONSTRAINT "event_quantities_nonnegative" CHECK (coalesce("event_quantities"."low", 0) >= 0 and coalesce("event_quantities"."best", 0) >= 0 and coalesce("event_quantities"."high", 0) >= 0),
	CONSTRAINT "event_quantities_vague_convention" CHECK (not "event_quantities"."vague" or "event_quantities"."best" is null or "event_quantities"."convention" is not null)
);
--> statement-breakpoint
CREATE TABLE "event_relations" (
	"event_id" text NOT NULL,
	"related_event_id" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "event_relations_event_id_related_event_id_relation_pk" PRIMARY KEY("event_id","related_event_id","relation"),
	CONSTRAINT "event_relations_type_check" CHECK ("event_relations"."relation" in ('part_of', 'response_to', 'same_as', 'enables', 'concurrent_with', 'follows', 'outcome_of')),
	CONSTRAINT "event_relations_not_self" CHECK ("event_relations"."event_id" <> "event_relations"."related_event_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"title_ar" text NOT NULL,
	"title_en" text,
	"summary_ar" text,
	"summary_en" text,
	"date_start" text,
	"date_end" text,
	"time_precision" text NOT NULL,
	"time_basis" text NOT NULL,
	"time_expression" text,
	"time_anchor" text,
	"time_note_ar" text,
	"time_note_en" text,
	"sort_key" text NOT NULL,
	"place_id" text,
	"location_precision" text NOT NULL,
	"location_note_ar" text,
	"location_note_en" text,
	"weapons" text[] DEFAULT '{}'::text[] NOT NULL,
	"civilian_targeting" text DEFAULT 'unknown' NOT NULL,
	"grading" text NOT NULL,
	"clarity" text NOT NULL,
	"assessment_confidence" text,
	"assessment_note_ar" text,
	"assessment_note_en" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_type_check" CHECK ("events"."type" in ('air_strike', 'shelling', 'chemical_attack', 'ground_attack', 'armed_clash', 'phone_call', 'meeting', 'statement', 'agreement', 'vote', 'veto', 'investigation', 'evacuation', 'release', 'other')),
	CONSTRAINT "events_status_check" CHECK ("events"."status" in ('draft', 'in_review', 'published', 'retracted')),
	CONSTRAINT "events_precision_check" CHECK ("events"."time_precision" in ('day', 'week', 'month', 'year', 'unknown')),
	CONSTRAINT "events_basis_check" CHECK ("events"."time_basis" in ('stated', 'relative', 'inferred', 'unknown')),
	CONSTRAINT "events_location_precision_check" CHECK ("events"."location_precision" in ('exact', 'near', 'region', 'country', 'unknown')),
	CONSTRAINT "events_grading_check" CHECK ("events"."grading" in ('confirmed', 'fair', 'weak', 'contested', 'discounted', 'unassessed')),
	CONSTRAINT "events_civilian_targeting_check" CHECK ("events"."civilian_targeting" in ('yes', 'no', 'unknown')),
	CONSTRAINT "events_weapons_check" CHECK ("events"."weapons" <@ array['aircraft','air_to_surface_missile','thermobaric','bunker_buster','barrel_bomb','artillery','small_arms','chemical_agent','other']::text[]),
	CONSTRAINT "events_relative_needs_anchor" CHECK ("events"."time_basis" <> 'relative' or ("events"."time_expression" is not null and "events"."time_anchor" is not null)),
	CONSTRAINT "events_version_check" CHECK ("events"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"claimant_id" text NOT NULL,
	"outlet_id" text,
	"modality" text NOT NULL,
	"confidence" text NOT NULL,
	"statement_ar" text NOT NULL,
	"statement_en" text,
	"event_id" text,
	"quantity_id" text,
	"position_id" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_modality_check" CHECK ("claims"."modality" in ('asserted', 'reported', 'alleged', 'denied', 'planned', 'agreed', 'affirmed_support')),
	CONSTRAINT "claims_confidence_check" CHECK ("claims"."confidence" in ('high', 'medium', 'low')),
	CONSTRAINT "claims_status_check" CHECK ("claims"."status" in ('draft', 'in_review', 'published', 'retracted')),
	CONSTRAINT "claims_about_check" CHECK (num_nonnulls("claims"."event_id", "claims"."quantity_id", "claims"."position_id") >= 1)
);
--> statement-breakpoint
CREATE TABLE "dispute_issues" (
	"id" text PRIMARY KEY NOT NULL,
	"dispute_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"title_ar" text NOT NULL,
	"title_en" text,
	"issue_type" text NOT NULL,
	"issue_status" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispute_issues_order" UNIQUE("dispute_id","ordinal"),
	CONSTRAINT "dispute_issues_ordinal_check" CHECK ("dispute_issues"."ordinal" >= 1),
	CONSTRAINT "dispute_issues_type_check" CHECK ("dispute_issues"."issue_type" in ('military', 'humanitarian', 'accountability', 'diplomatic', 'security', 'territorial', 'weapons', 'other')),
	CONSTRAINT "dispute_issues_issue_status_check" CHECK ("dispute_issues"."issue_status" in ('open', 'narrowing', 'resolved', 'unknown')),
	CONSTRAINT "dispute_issues_status_check" CHECK ("dispute_issues"."status" in ('draft', 'in_review', 'published', 'retracted'))
);
--> statement-breakpoint
CREATE TABLE "dispute_parties" (
	"dispute_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"side" text NOT NULL,
	"ordinal" integer NOT NULL,
	CONSTRAINT "dispute_parties_dispute_id_actor_id_pk" PRIMARY KEY("dispute_id","actor_id"),
	CONSTRAINT "dispute_parties_side_check" CHECK ("dispute_parties"."side" in ('a', 'b', 'third_party'))
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" text PRIMARY KEY NOT NULL,
	"title_ar" text NOT NULL,
	"title_en" text,
	"summary_ar" text,
	"summary_en" text,
	"kind" text NOT NULL,
	"dispute_status" text NOT NULL,
	"start_date" text,
	"end_date" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disputes_kind_check" CHECK ("disputes"."kind" in ('interstate', 'intrastate', 'diplomatic', 'territorial', 'other')),
	CONSTRAINT "disputes_dispute_status_check" CHECK ("disputes"."dispute_status" in ('active', 'dormant', 'settled', 'unknown')),
	CONSTRAINT "disputes_status_check" CHECK ("disputes"."status" in ('draft', 'in_review', 'published', 'retracted'))
);
--> statement-breakpoint
CREATE TABLE "event_issue_links" (
	"event_id" text NOT NULL,
	"dispute_id" text NOT NULL,
	"issue_id" text,
	"relation" text NOT NULL,
	"note_ar" text,
	"note_en" text,
	CONSTRAINT "event_issue_links_relation_check" CHECK ("event_issue_links"."relation" in ('evidence_for', 'escalates', 'de_escalates', 'settlement_attempt', 'context'))
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" text PRIMARY KEY NOT NULL,
	"issue_id" text NOT NULL,
	"actor_id" text NOT NULL,
	"stance" text NOT NULL,
	"statement_ar" text NOT NULL,
	"statement_en" text,
	"basis" text NOT NULL,
	"framed_by_actor_id" text,
	"framed_by_outlet_id" text,
	"stated_date" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_stance_check" CHECK ("positions"."stance" in ('supports', 'opposes', 'demands', 'rejects', 'accused', 'accuses', 'agrees', 'unclear')),
	CONSTRAINT "positions_basis_check" CHECK ("positions"."basis" in ('stated', 'implied')),
	CONSTRAINT "positions_implied_framed" CHECK ("positions"."basis" = 'stated' or "positions"."framed_by_actor_id" is not null or "positions"."framed_by_outlet_id" is not null),
	CONSTRAINT "positions_status_check" CHECK ("positions"."status" in ('draft', 'in_review', 'published', 'retracted'))
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"document_hash" text NOT NULL,
	"unit" text DEFAULT 'utf16' NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"exact" text NOT NULL,
	"prefix" text NOT NULL,
	"suffix" text NOT NULL,
	"role" text NOT NULL,
	"target_kind" text NOT NULL,
	"event_id" text,
	"quantity_id" text,
	"claim_id" text,
	"position_id" text,
	"dispute_id" text,
	"issue_id" text,
	"actor_id" text,
	"place_id" text,
	"target_document_id" text,
	"note_ar" text,
	"note_en" text,
	CONSTRAINT "citations_span_check" CHECK ("citations"."start_offset" >= 0 and "citations"."end_offset" > "citations"."start_offset"),
	CONSTRAINT "citations_unit_check" CHECK ("citations"."unit" = 'utf16'),
	CONSTRAINT "citations_role_check" CHECK ("citations"."role" in ('evidence', 'attribution', 'date', 'number', 'place', 'actor', 'weapon', 'heading')),
	CONSTRAINT "citations_target_kind_check" CHECK ("citations"."target_kind" in ('event', 'quantity', 'claim', 'position', 'dispute', 'issue', 'actor', 'place', 'document')),
	CONSTRAINT "citations_one_target" CHECK (num_nonnulls("citations"."event_id", "citations"."quantity_id", "citations"."claim_id", "citations"."position_id", "citations"."dispute_id", "citations"."issue_id", "citations"."actor_id", "citations"."place_id", "citations"."target_document_id") = 1),
	CONSTRAINT "citations_target_matches_kind" CHECK (case "citations"."target_kind"
        when 'event' then "citations"."event_id" is not null when 'quantity' then "citations"."quantity_id" is not null
        when 'claim' then "citations"."claim_id" is not null when 'position' then "citations"."position_id" is not null
        when 'dispute' then "citations"."dispute_id" is not null when 'issue' then "citations"."issue_id" is not null
        when 'actor' then "citations"."actor_id" is not null when 'place' then "citations"."place_id" is not null
        when 'document' then "citations"."target_document_id" is not null else false end)
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"author" text NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revisions_entity_version" UNIQUE("entity_kind","entity_id","version")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actors" ADD CONSTRAINT "actors_parent_id_actors_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_parent_id_places_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_quantities" ADD CONSTRAINT "event_quantities_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_relations" ADD CONSTRAINT "event_relations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_relations" ADD CONSTRAINT "event_relations_related_event_id_events_id_fk" FOREIGN KEY ("related_event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_claimant_id_actors_id_fk" FOREIGN KEY ("claimant_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_quantity_id_event_quantities_id_fk" FOREIGN KEY ("quantity_id") REFERENCES "public"."event_quantities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_issues" ADD CONSTRAINT "dispute_issues_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD CONSTRAINT "dispute_parties_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_parties" ADD CONSTRAINT "dispute_parties_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_issue_links" ADD CONSTRAINT "event_issue_links_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_issue_links" ADD CONSTRAINT "event_issue_links_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_issue_links" ADD CONSTRAINT "event_issue_links_issue_id_dispute_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."dispute_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_issue_id_dispute_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."dispute_issues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_framed_by_actor_id_actors_id_fk" FOREIGN KEY ("framed_by_actor_id") REFERENCES "public"."actors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_framed_by_outlet_id_outlets_id_fk" FOREIGN KEY ("framed_by_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_quantity_id_event_quantities_id_fk" FOREIGN KEY ("quantity_id") REFERENCES "public"."event_quantities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_issue_id_dispute_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."dispute_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_actor_id_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_target_document_id_documents_id_fk" FOREIGN KEY ("target_document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_outlet_idx" ON "documents" USING btree ("outlet_id");--> statement-breakpoint
CREATE INDEX "actors_parent_idx" ON "actors" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "actors_kind_idx" ON "actors" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "places_parent_idx" ON "places" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "event_participants_actor_idx" ON "event_participants" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "event_relations_related_idx" ON "event_relations" USING btree ("related_event_id");--> statement-breakpoint
CREATE INDEX "events_timeline_idx" ON "events" USING btree ("status","sort_key","id");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "events_place_idx" ON "events" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "claims_event_idx" ON "claims" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "claims_claimant_idx" ON "claims" USING btree ("claimant_id");--> statement-breakpoint
CREATE INDEX "claims_document_idx" ON "claims" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_issue_links_unique" ON "event_issue_links" USING btree ("event_id","dispute_id",coalesce("issue_id", ''),"relation");--> statement-breakpoint
CREATE INDEX "event_issue_links_dispute_idx" ON "event_issue_links" USING btree ("dispute_id");--> statement-breakpoint
CREATE INDEX "positions_issue_idx" ON "positions" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "positions_actor_idx" ON "positions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "citations_document_idx" ON "citations" USING btree ("document_id","start_offset");--> statement-breakpoint
CREATE INDEX "citations_event_idx" ON "citations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "citations_quantity_idx" ON "citations" USING btree ("quantity_id");--> statement-breakpoint
CREATE INDEX "citations_claim_idx" ON "citations" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "citations_position_idx" ON "citations" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "citations_issue_idx" ON "citations" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "citations_dispute_idx" ON "citations" USING btree ("dispute_id");--> statement-breakpoint
CREATE INDEX "revisions_entity_idx" ON "revisions" USING btree ("entity_kind","entity_id");