import { bigint, check, customType, index, integer, pgTable, primaryKey, real, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { SEARCH_KINDS } from "@waqai/schema";
import { EDITORIAL_STATUSES, oneOf } from "./columns";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One row per searchable field of a record (a title, a name, a sentence of a document). `keys` holds the
 * Arabic-normalized forms, light stems and spelling-variant folds computed by @waqai/arabic, so the
 * database only matches whole keys with the 'simple' configuration — identical on PGlite and PostgreSQL,
 * and independent of Snowball's Arabic stemmer. `content` is the canonical text the snippet is cut from,
 * `offset` where it starts in its document (for sentences), so highlights map to citation offsets.
 */
export const searchEntries = pgTable(
  "search_entries",
  {
    kind: text().notNull(),
    entityId: text().notNull(),
    field: text().notNull(),
    /** Relative importance of the field: a match in a title outranks one in a sentence. */
    weight: real().notNull(),
    status: text().notNull(),
    documentId: text(),
    offset: integer().notNull().default(0),
    content: text().notNull(),
    keys: text().notNull(),
    /** Stored so ranking reads it instead of re-parsing `keys` for every matching row. */
    tsv: tsvector().generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, keys)`),
    /**
     * The order in which matches become ranking candidates (higher first), the same on every backend:
     * named records (actors, places, disputes, issues, conflicts: few, and a name match matters) before
     * events and documents, then a hash of the key, so the order is total and does not follow the words
     * (a word frequent somewhere in this order is as frequent everywhere in it, so an ordered index scan
     * meets its matches at their average rate). Search re-ranks only the first matches in this order:
     * its cost is bounded by the index, not by how many rows a common word matches (docs/search.md).
     */
    rankKey: bigint({ mode: "bigint" })
      .notNull()
      .generatedAlwaysAs(
        sql`(((case when kind in ('event', 'document') then 0 else 1 end)::bigint << 62) | (hashtextextended(kind || '/' || entity_id || '/' || field, 0) & 4611686018427387903))`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.entityId, t.field] }),
    check("search_entries_kind_check", oneOf(t.kind, SEARCH_KINDS)),
    check("search_entries_status_check", oneOf(t.status, EDITORIAL_STATUSES)),
    index("search_entries_tsv_idx").using("gin", t.tsv),
    index("search_entries_entity_idx").on(t.kind, t.entityId),
    index("search_entries_rank_idx").on(t.rankKey, t.kind, t.entityId, t.field),
  ],
);
