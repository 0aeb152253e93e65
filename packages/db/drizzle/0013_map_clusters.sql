CREATE TABLE "place_event_counts" (
	"place_id" text NOT NULL,
	"type" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "place_event_counts_type_place_id_pk" PRIMARY KEY("type","place_id")
);
--> statement-breakpoint
CREATE INDEX "places_point_idx" ON "places" USING btree ("lon","lat");--> statement-breakpoint
-- The rollup follows every statement on events: published rows with a site removed (old, -1) and added (new, +1),
-- netted per (place, type) and per place (type '*', what the unfiltered map reads: a row per place), so an edit
-- that moves nothing (a title, a summary) writes nothing. Statement-level with
-- transition tables, so a batch of 1,000 inserted events is one grouped upsert, not 1,000.
CREATE FUNCTION "place_event_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "place_event_counts" AS c ("place_id", "type", "n")
      SELECT "place_id", coalesce("type", '*'), count(*)::int FROM new_rows WHERE "status" = 'published' AND "place_id" IS NOT NULL
      GROUP BY GROUPING SETS (("place_id", "type"), ("place_id"))
    ON CONFLICT ("type", "place_id") DO UPDATE SET "n" = c."n" + excluded."n";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "place_event_counts" AS c ("place_id", "type", "n")
      SELECT "place_id", coalesce("type", '*'), -count(*)::int FROM old_rows WHERE "status" = 'published' AND "place_id" IS NOT NULL
      GROUP BY GROUPING SETS (("place_id", "type"), ("place_id"))
    ON CONFLICT ("type", "place_id") DO UPDATE SET "n" = c."n" + excluded."n";
  ELSE
    INSERT INTO "place_event_counts" AS c ("place_id", "type", "n")
      SELECT "place_id", coalesce("type", '*'), sum(d)::int FROM (
        SELECT "place_id", "type", -1 AS d FROM old_rows WHERE "status" = 'published' AND "place_id" IS NOT NULL
        UNION ALL
        SELECT "place_id", "type", 1 AS d FROM new_rows WHERE "status" = 'published' AND "place_id" IS NOT NULL
      ) x GROUP BY GROUPING SETS (("place_id", "type"), ("place_id")) HAVING sum(d) <> 0
    ON CONFLICT ("type", "place_id") DO UPDATE SET "n" = c."n" + excluded."n";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "place_event_counts_insert" AFTER INSERT ON "events" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "place_event_counts_apply"();--> statement-breakpoint
CREATE TRIGGER "place_event_counts_update" AFTER UPDATE ON "events" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "place_event_counts_apply"();--> statement-breakpoint
CREATE TRIGGER "place_event_counts_delete" AFTER DELETE ON "events" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "place_event_counts_apply"();--> statement-breakpoint
INSERT INTO "place_event_counts" ("place_id", "type", "n")
  SELECT "place_id", coalesce("type", '*'), count(*)::int FROM "events" WHERE "status" = 'published' AND "place_id" IS NOT NULL
  GROUP BY GROUPING SETS (("place_id", "type"), ("place_id"));
