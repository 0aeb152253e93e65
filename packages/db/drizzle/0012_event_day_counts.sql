CREATE TABLE "event_day_counts" (
	"key" text NOT NULL,
	"type" text NOT NULL,
	"precision" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "event_day_counts_key_type_precision_pk" PRIMARY KEY("key","type","precision")
);
--> statement-breakpoint
-- The rollup follows every statement on events: the published rows it removed (old) and added (new), grouped.
-- Statement-level with transition tables, so a batch of 1,000 inserted events is one grouped upsert, not 1,000.
CREATE FUNCTION "event_day_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    INSERT INTO "event_day_counts" AS c ("key", "type", "precision", "n")
      SELECT "sort_key", "type", "time_precision", -count(*)::int FROM old_rows WHERE "status" = 'published' GROUP BY 1, 2, 3
    ON CONFLICT ("key", "type", "precision") DO UPDATE SET "n" = c."n" + excluded."n";
  END IF;
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    INSERT INTO "event_day_counts" AS c ("key", "type", "precision", "n")
      SELECT "sort_key", "type", "time_precision", count(*)::int FROM new_rows WHERE "status" = 'published' GROUP BY 1, 2, 3
    ON CONFLICT ("key", "type", "precision") DO UPDATE SET "n" = c."n" + excluded."n";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "event_day_counts_insert" AFTER INSERT ON "events" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_day_counts_apply"();--> statement-breakpoint
CREATE TRIGGER "event_day_counts_update" AFTER UPDATE ON "events" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_day_counts_apply"();--> statement-breakpoint
CREATE TRIGGER "event_day_counts_delete" AFTER DELETE ON "events" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_day_counts_apply"();--> statement-breakpoint
INSERT INTO "event_day_counts" ("key", "type", "precision", "n")
  SELECT "sort_key", "type", "time_precision", count(*)::int FROM "events" WHERE "status" = 'published' GROUP BY 1, 2, 3;
