ALTER TABLE "events" ADD COLUMN "fatalities" integer;--> statement-breakpoint
CREATE INDEX "places_country_idx" ON "places" USING btree ("country");--> statement-breakpoint
CREATE INDEX "events_fatalities_idx" ON "events" USING btree ("status","fatalities");--> statement-breakpoint
-- events.fatalities follows every statement on event_quantities: the events whose figures a statement touched
-- get their sum again (ACLED: the lowest number, low else best, of each "killed" figure; null without one).
-- Statement-level with transition tables, so a batch of figures updates each of its events once.
CREATE FUNCTION "event_fatalities_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE "events" e SET "fatalities" = f.n
      FROM (SELECT t.event_id, (SELECT sum(coalesce(q."low", q."best"))::int FROM "event_quantities" q
                                 WHERE q."event_id" = t.event_id AND q."kind" = 'killed') AS n
            FROM (SELECT DISTINCT "event_id" FROM old_rows) t) f
      WHERE e."id" = f.event_id AND e."fatalities" IS DISTINCT FROM f.n;
  END IF;
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    UPDATE "events" e SET "fatalities" = f.n
      FROM (SELECT t.event_id, (SELECT sum(coalesce(q."low", q."best"))::int FROM "event_quantities" q
                                 WHERE q."event_id" = t.event_id AND q."kind" = 'killed') AS n
            FROM (SELECT DISTINCT "event_id" FROM new_rows) t) f
      WHERE e."id" = f.event_id AND e."fatalities" IS DISTINCT FROM f.n;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "event_fatalities_insert" AFTER INSERT ON "event_quantities" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_fatalities_apply"();--> statement-breakpoint
CREATE TRIGGER "event_fatalities_update" AFTER UPDATE ON "event_quantities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_fatalities_apply"();--> statement-breakpoint
CREATE TRIGGER "event_fatalities_delete" AFTER DELETE ON "event_quantities" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "event_fatalities_apply"();--> statement-breakpoint
UPDATE "events" e SET "fatalities" = f.n
  FROM (SELECT "event_id", sum(coalesce("low", "best"))::int AS n FROM "event_quantities" WHERE "kind" = 'killed' GROUP BY 1) f
  WHERE e."id" = f."event_id" AND f.n IS NOT NULL;
