import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * How far an event's date window reaches past its place in the timeline's order, in days: the bound that lets
 * a date filter (which reads the window) run as a range of the timeline index (which is in sort-key order).
 *
 * The sort key is a padded date ("2017-04-22", "2017-04-00" for a month, "2017-00-00" for a year); as a date it
 * is that day, or the day before the month or year it names, so that key order and date order agree
 * ("2017-03-31" < "2017-04-00" < "2017-04-01"). Every expression is immutable (make_date over substrings), so
 * the database indexes it, and `max()` over it is one step at the end of that index.
 */
interface WindowColumns {
  sortKey: AnyPgColumn | SQL;
  dateEarliest: AnyPgColumn | SQL;
  dateLatest: AnyPgColumn | SQL;
}

const dayOf = (d: SQL) => sql`make_date(substr(${d}, 1, 4)::int, substr(${d}, 6, 2)::int, substr(${d}, 9, 2)::int)`;

/** The sort key as a date (undated keys, "9999-99-99", have none). */
function keyDate(c: WindowColumns): SQL {
  return sql`(make_date(substr(${c.sortKey}, 1, 4)::int, greatest(substr(${c.sortKey}, 6, 2)::int, 1), greatest(substr(${c.sortKey}, 9, 2)::int, 1)) - (substr(${c.sortKey}, 9, 2) = '00')::int)`;
}

/** Days from the sort key's date to the window's last day (its first when it has no last); null when undated. */
export function windowLag(c: WindowColumns): SQL {
  const late = sql`coalesce(${c.dateLatest}, ${c.dateEarliest})`;
  return sql`(case when ${c.sortKey} < '9999' and ${late} is not null then ${dayOf(late)} - ${keyDate(c)} end)`;
}

/** Days from the window's first day (its last when it has no first) to the sort key's date; null when undated. */
export function windowLead(c: WindowColumns): SQL {
  const early = sql`coalesce(${c.dateEarliest}, ${c.dateLatest})`;
  return sql`(case when ${c.sortKey} < '9999' and ${early} is not null then ${keyDate(c)} - ${dayOf(early)} end)`;
}
