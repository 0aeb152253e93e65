-- One definition of an event's actor kinds (the sorted, distinct kinds of the actors taking part in it), read by
-- the triggers of 0019 that keep events.actor_kinds. 0019 wrote the subquery three times; a change to the rule
-- is now one function. The triggers themselves are unchanged and keep pointing at these functions by name.
CREATE FUNCTION "event_actor_kinds"("event" text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT array_agg(DISTINCT a."kind" ORDER BY a."kind")
    FROM "event_participants" ep JOIN "actors" a ON a."id" = ep."actor_id"
    WHERE ep."event_id" = "event"
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "event_actor_kinds_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE "events" e SET "actor_kinds" = "event_actor_kinds"(e."id")
      WHERE e."id" IN (SELECT "event_id" FROM old_rows) AND e."actor_kinds" IS DISTINCT FROM "event_actor_kinds"(e."id");
  END IF;
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    UPDATE "events" e SET "actor_kinds" = "event_actor_kinds"(e."id")
      WHERE e."id" IN (SELECT "event_id" FROM new_rows) AND e."actor_kinds" IS DISTINCT FROM "event_actor_kinds"(e."id");
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "actor_kind_cascade"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "events" e SET "actor_kinds" = "event_actor_kinds"(e."id")
    WHERE e."id" IN (SELECT ep."event_id" FROM "event_participants" ep WHERE ep."actor_id" = NEW."id");
  RETURN NULL;
END
$$;
