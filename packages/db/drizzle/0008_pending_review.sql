CREATE TABLE "pending_changes" (
	"entity_kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"base_version" integer NOT NULL,
	"version" integer NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"parts" jsonb,
	"state" text DEFAULT 'draft' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_changes_entity_kind_entity_id_pk" PRIMARY KEY("entity_kind","entity_id"),
	CONSTRAINT "pending_changes_state_check" CHECK ("pending_changes"."state" in ('draft', 'in_review'))
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_kind" text NOT NULL,
	"entity_id" text NOT NULL,
	"version" integer NOT NULL,
	"author" text NOT NULL,
	"action" text NOT NULL,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_comments_action_check" CHECK ("review_comments"."action" in ('comment', 'submit', 'return', 'accept', 'discard')),
	CONSTRAINT "review_comments_body_check" CHECK ("review_comments"."body" is null or char_length("review_comments"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "suggestion_decisions" (
	"document_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"kind" text NOT NULL,
	"decision" text NOT NULL,
	"record_kind" text,
	"record_id" text,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggestion_decisions_document_id_start_end_kind_pk" PRIMARY KEY("document_id","start","end","kind"),
	CONSTRAINT "suggestion_decisions_decision_check" CHECK ("suggestion_decisions"."decision" in ('accepted', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_changes_review_idx" ON "pending_changes" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "review_comments_entity_idx" ON "review_comments" USING btree ("entity_kind","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_review_idx" ON "documents" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "actors_review_idx" ON "actors" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "places_review_idx" ON "places" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "events_review_idx" ON "events" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "claims_review_idx" ON "claims" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "dispute_issues_review_idx" ON "dispute_issues" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "disputes_review_idx" ON "disputes" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "positions_review_idx" ON "positions" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "citations_actor_idx" ON "citations" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "citations_place_idx" ON "citations" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "citations_target_document_idx" ON "citations" USING btree ("target_document_id");