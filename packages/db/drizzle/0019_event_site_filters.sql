-- The ACLED-style filters `country`, `adminId` and `actorKind` were semi-joins through places (recursively, for an
-- admin area) and participants: at 100k events an admin area's page took ~200 ms and its facets ~330 ms, an
-- actor kind's facets ~850 ms, growing with the archive. Each event now carries copies that one index answers:
-- the site's country (a timeline range on status, country, sort key), the site and every place above it, and
-- its actors' kinds (GIN on each array). Triggers keep the copies; nothing writes them by hand.
ALTER TABLE "places" ADD COLUMN "path" text[];--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "country" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "site_path" text[];--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "actor_kinds" text[];--> statement-breakpoint
-- Backfill before the triggers exist: a row trigger would read parents half-updated by its own statement.
WITH RECURSIVE "tree"("id", "path") AS (
  SELECT "id", ARRAY["id"] FROM "places" WHERE "parent_id" IS NULL
  UNION ALL
  SELECT p."id", ARRAY[p."id"] || t."path" FROM "places" p JOIN "tree" t ON p."parent_id" = t."id" WHERE cardinality(t."path") < 64
)
UPDATE "places" p SET "path" = t."path" FROM "tree" t WHERE p."id" = t."id";--> statement-breakpoint
-- The backfill leaves status, type, dates and sites as they were: the rollups' update triggers would add and
-- take away the same counts for every event, so they sit this statement out.
ALTER TABLE "events" DISABLE TRIGGER USER;--> statement-breakpoint
UPDATE "events" e SET "country" = p."country", "site_path" = p."path" FROM "places" p WHERE p."id" = e."place_id";--> statement-breakpoint
UPDATE "events" e SET "actor_kinds" = k."kinds"
  FROM (SELECT ep."event_id", array_agg(DISTINCT a."kind" ORDER BY a."kind") AS "kinds"
        FROM "event_participants" ep JOIN "actors" a ON a."id" = ep."actor_id" GROUP BY ep."event_id") k
  WHERE e."id" = k."event_id";--> statement-breakpoint
ALTER TABLE "events" ENABLE TRIGGER USER;--> statement-breakpoint
-- A place's path: itself, then its parent's path (or just the parent's id while the parent is not stored yet, as in
-- a batch that lists a child before its parent; the insert's statement trigger below completes it). A parent
-- inside the place's own subtree is refused: the hierarchy must stay a tree.
CREATE FUNCTION "place_path_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  above text[];
BEGIN
  IF NEW."parent_id" IS NULL THEN
    NEW."path" := ARRAY[NEW."id"];
    RETURN NEW;
  END IF;
  SELECT p."path" INTO above FROM "places" p WHERE p."id" = NEW."parent_id";
  above := coalesce(above, ARRAY[NEW."parent_id"]);
  IF NEW."id" = ANY(above) THEN
    RAISE EXCEPTION 'place % cannot be placed inside % (it is inside %)', NEW."id", NEW."parent_id", NEW."id"
      USING ERRCODE = 'check_violation', COLUMN = 'parent_id', CONSTRAINT = 'places_parent_not_below';
  END IF;
  NEW."path" := ARRAY[NEW."id"] || above;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "place_path_apply" BEFORE INSERT OR UPDATE ON "places" FOR EACH ROW EXECUTE FUNCTION "place_path_apply"();--> statement-breakpoint
-- After a batch of places, each with a parent reads its parent's path again (all of the batch is stored now).
CREATE FUNCTION "place_path_complete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "places" p SET "parent_id" = p."parent_id" FROM new_rows n WHERE p."id" = n."id" AND n."parent_id" IS NOT NULL;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "place_path_complete" AFTER INSERT ON "places" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "place_path_complete"();--> statement-breakpoint
-- A place whose path changed hands it to its children (each in turn to theirs); a place whose path or country
-- changed has its events copy them again (their site trigger reads the place).
CREATE FUNCTION "place_path_cascade"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."path" IS DISTINCT FROM NEW."path" THEN
    UPDATE "places" SET "parent_id" = "parent_id" WHERE "parent_id" = NEW."id";
  END IF;
  UPDATE "events" SET "place_id" = "place_id" WHERE "place_id" = NEW."id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "place_path_cascade" AFTER UPDATE ON "places" FOR EACH ROW
  WHEN (OLD."path" IS DISTINCT FROM NEW."path" OR OLD."country" IS DISTINCT FROM NEW."country")
  EXECUTE FUNCTION "place_path_cascade"();--> statement-breakpoint
-- An event's copies of its site, whenever the event is written or its site changes.
CREATE FUNCTION "event_site_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."country" := NULL;
  NEW."site_path" := NULL;
  IF NEW."place_id" IS NOT NULL THEN
    SELECT p."country", p."path" INTO NEW."country", NEW."site_path" FROM "places" p WHERE p."id" = NEW."place_id";
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "event_site_apply" BEFORE INSERT OR UPDATE ON "events" FOR EACH ROW EXECUTE FUNCTION "event_site_apply"();--> statement-breakpoint
-- An event's actor kinds follow every statement on its participants (statement-level, as the fatalities do).
CREATE FUNCTION "event_actor_kinds_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE "events" e SET "actor_kinds" = k."kinds"
      FROM (SELECT t."event_id", (SELECT array_agg(DISTINCT a."kind" ORDER BY a."kind") FROM "event_participants" ep
                                   JOIN "actors" a ON a."id" = ep."actor_id" WHERE ep."event_id" = t."event_id") AS "kinds"
            FROM (SELECT DISTINCT "event_id" FROM old_rows) t) k
      WHERE e."id" = k."event_id" AND e."actor_kinds" IS DISTINCT FROM k."kinds";
  END IF;
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    UPDATE "events" e SET "actor_kinds" = k."kinds"
      FROM (SELECT t."event_id", (SELECT array_agg(DISTINCT a."kind" ORDER BY a."kind") FROM "event_participants" ep
                                   JOIN "actors" a ON a."id" = ep."actor_id" WHERE ep."event_id" = t."event_id") AS "kinds"
            FROM (SELECT DISTINCT "event_id" FROM new_rows) t) k
      WHERE e."id" = k."event_id" AND e."actor_kinds" IS DISTINCT FROM k."kinds";
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "event_actor_kinds_insert" AFTER INSERT ON "event_participants" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_actor_kinds_apply"();--> statement-breakpoint
CREATE TRIGGER "event_actor_kinds_update" AFTER UPDATE ON "event_participants" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_actor_kinds_apply"();--> statement-breakpoint
CREATE TRIGGER "event_actor_kinds_delete" AFTER DELETE ON "event_participants" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_actor_kinds_apply"();--> statement-breakpoint
-- An actor whose kind changed: the events it takes part in read their kinds again.
CREATE FUNCTION "actor_kind_cascade"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "events" e SET "actor_kinds" = (SELECT array_agg(DISTINCT a."kind" ORDER BY a."kind") FROM "event_participants" ep
                                          JOIN "actors" a ON a."id" = ep."actor_id" WHERE ep."event_id" = e."id")
    WHERE e."id" IN (SELECT ep."event_id" FROM "event_participants" ep WHERE ep."actor_id" = NEW."id");
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "actor_kind_cascade" AFTER UPDATE ON "actors" FOR EACH ROW WHEN (OLD."kind" IS DISTINCT FROM NEW."kind")
  EXECUTE FUNCTION "actor_kind_cascade"();--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_country_timeline_idx" ON "events" USING btree ("status","country","sort_key","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_site_path_idx" ON "events" USING gin ("site_path");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_actor_kinds_idx" ON "events" USING gin ("actor_kinds");
