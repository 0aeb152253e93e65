CREATE TABLE "releases" (
	"version" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"counts" jsonb NOT NULL,
	"events_updated_through" timestamp with time zone,
	CONSTRAINT "releases_version_check" CHECK ("releases"."version" ~ '^([0-9]{4}\.[0-9]{2}\.[0-9]{2}-[0-9]{1,4}|[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{1,4})$'),
	CONSTRAINT "releases_sha256_check" CHECK ("releases"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "releases_bytes_check" CHECK ("releases"."bytes" > 0)
);
--> statement-breakpoint
-- A release is immutable: its row is never changed or removed (its file is checksummed by this row).
CREATE FUNCTION "releases_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'release % is immutable', OLD."version" USING ERRCODE = 'restrict_violation';
END
$$;--> statement-breakpoint
CREATE TRIGGER "releases_no_update" BEFORE UPDATE OR DELETE ON "releases"
  FOR EACH ROW EXECUTE FUNCTION "releases_immutable"();
