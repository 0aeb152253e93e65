import { eq, ilike, inArray, or, sql } from "drizzle-orm";
import { ACTORS, ACTORS_BY_ID, normalize, PLACES, PLACES_BY_ID } from "@waqai/arabic";
import type { EditableKind, LookupItem, LookupKind } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import * as t from "../tables";
import { queryTerms } from "../search/keys";
import { KINDS, textOf } from "./registry";

type Item = LookupItem;

/** The search field that carries each kind's name or title. */
const NAME_FIELDS: Partial<Record<EditableKind, string[]>> = {
  event: ["title"],
  actor: ["name"],
  place: ["name"],
  document: ["title"],
  dispute: ["title"],
  issue: ["title"],
  conflict: ["title"],
};

/** Each query word as a prefix (so «حل» finds «حلب»), any of its keys: `(k1:* | k2:*) & (k3:*)`. */
function prefixTsQuery(q: string): string | null {
  const terms = queryTerms(q);
  return terms.length ? terms.map((keys) => `(${keys.map((k) => `${k}:*`).join(" | ")})`).join(" & ") : null;
}

/** Exact name first, then names starting with the query, then the rest; shorter names before longer. */
function rank(q: string, items: Item[]): Item[] {
  const n = normalize(q);
  const score = (i: Item) => {
    const names = [i.label, i.labelEn ?? "", ...(i.variants ?? [])].map((x) => normalize(x));
    if (names.includes(n)) return 0;
    if (names.some((x) => x.startsWith(n))) return 1;
    return 2;
  };
  return [...items].sort((a, b) => score(a) - score(b) || a.label.length - b.label.length || a.id.localeCompare(b.id));
}

/** At most this many matches are read before ranking: a picker costs what it shows, whatever the archive holds. */
const CANDIDATES = 100;

async function recordsByName(db: Db, kind: EditableKind, q: string): Promise<string[]> {
  const fields = NAME_FIELDS[kind];
  const ts = prefixTsQuery(q);
  if (!fields || !ts) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select entity_id as id from search_entries
        where tsv @@ to_tsquery('simple'::regconfig, ${ts}) and kind = ${kind} and field in (${sql.join(
          fields.map((f) => sql`${f}`),
          sql`, `,
        )})
        limit ${CANDIDATES}`,
  );
  return rows.map((r) => r.id);
}

/** Kinds without search entries (claims, positions, outlets) match by a bounded substring scan of their label. */
async function recordsByLabel(db: Db, kind: "claim" | "position", q: string): Promise<string[]> {
  const { table, label } = KINDS[kind];
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(ilike(label, `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`))
    .limit(CANDIDATES);
  return rows.map((r) => String(r.id));
}

async function describe(db: Db, kind: EditableKind, ids: string[]): Promise<Item[]> {
  if (!ids.length) return [];
  const { table } = KINDS[kind];
  const rows = (await db.select().from(table).where(inArray(table.id, ids))) as Record<string, unknown>[];
  return rows.map((r) => {
    const en = (r.nameEn ?? r.titleEn ?? r.statementEn ?? null) as string | null;
    const detail =
      kind === "event" ? [r.type, r.dateStart].filter(Boolean).join(" · ") : kind === "place" ? textOf(r.feature) : kind === "actor" ? textOf(r.kind) : null;
    return {
      source: "record" as const,
      kind,
      id: String(r.id),
      label: String(r[KINDS[kind].labelField] ?? r.id),
      labelEn: en,
      variants: (r.variants as string[] | undefined) ?? [],
      status: r.status as Item["status"],
      detail: detail || null,
    };
  });
}

/** Gazetteer and actor-lexicon entries whose names start with the query, not yet records: "create from the gazetteer". */
function lexiconMatches(kind: "place" | "actor", q: string, existing: Set<string>): Item[] {
  const n = normalize(q);
  if (n.length < 2) return [];
  const entries = kind === "place" ? PLACES : ACTORS;
  // An actor is also found by its metonyms («موسكو» for Russia), as the text engine finds it.
  const namesOf = (e: (typeof entries)[number]) => [e.name.ar, e.name.en ?? "", ...e.variants, ...("metonyms" in e ? e.metonyms : [])];
  return entries
    .filter(
      (e) =>
        !existing.has(e.id) &&
        namesOf(e).some(
          (x) =>
            normalize(x).startsWith(n) ||
            normalize(x)
              .split(" ")
              .some((w) => w.startsWith(n)),
        ),
    )
    .slice(0, 20)
    .map((e) => ({
      source: "lexicon" as const,
      kind,
      id: e.id,
      label: e.name.ar,
      labelEn: e.name.en ?? null,
      variants: e.variants,
      status: null,
      detail: "feature" in e ? String(e.feature) : "kind" in e ? String(e.kind) : null,
    }));
}

/** An outlet as a picker lists it: outlets carry no workflow status and no variants; the detail is its kind. */
function outletItem(o: typeof t.outlets.$inferSelect): Item {
  return { source: "record", kind: "outlet", id: o.id, label: o.nameAr, labelEn: o.nameEn, variants: [], status: null, detail: o.kind };
}

async function outletsLike(db: Db, q: string): Promise<Item[]> {
  const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select()
    .from(t.outlets)
    .where(or(ilike(t.outlets.nameAr, like), ilike(t.outlets.nameEn, like), eq(t.outlets.id, q)))
    .limit(CANDIDATES);
  return rows.map(outletItem);
}

/**
 * What a picker shows for a typed query: records of one kind by name or variant (Arabic-normalized,
 * each word a prefix, drafts included for editors), the record with that exact id, and for places and
 * actors the gazetteer or lexicon entries not yet in the archive. Bounded by CANDIDATES.
 */
export async function lookupRecords(db: Db, kind: LookupKind, q: string, limit: number): Promise<Item[]> {
  const query = q.trim();
  if (kind === "outlet") return rank(query, await outletsLike(db, query)).slice(0, limit);
  const byId = /^[a-z][a-z0-9-]+$/.test(query) ? [query] : [];
  const ids = kind === "claim" || kind === "position" ? await recordsByLabel(db, kind, query) : await recordsByName(db, kind, query);
  const records = await describe(db, kind, [...new Set([...byId, ...ids])]);
  const lexicon = kind === "place" || kind === "actor" ? lexiconMatches(kind, query, new Set(records.map((r) => r.id))) : [];
  return [...rank(query, records).slice(0, limit), ...rank(query, lexicon).slice(0, Math.max(0, limit - records.length))];
}

/** Labels of the records a form already points at (a picker shows a name, never an id). */
export async function labelsFor(db: Db, refs: { kind: LookupKind; id: string }[]): Promise<Item[]> {
  const out: Item[] = [];
  for (const kind of new Set(refs.map((r) => r.kind))) {
    const ids = [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))].slice(0, 200);
    if (kind === "outlet") {
      const rows = await db.select().from(t.outlets).where(inArray(t.outlets.id, ids));
      out.push(...rows.map(outletItem));
    } else out.push(...(await describe(db, kind, ids)));
  }
  return out;
}

/** A gazetteer or lexicon entry's id and names as record columns. */
const lexiconName = (e: { id: string; name: { ar: string; en?: string }; variants: string[] }) => ({
  id: e.id,
  nameAr: e.name.ar,
  nameEn: e.name.en ?? null,
  variants: e.variants,
});

/** The entry's parent when it is a record already, else null: a draft never points at a record that does not exist. */
async function recordedParent(db: Db, table: typeof t.places | typeof t.actors, parentId: string | undefined) {
  if (!parentId) return null;
  const [parent] = await db.select({ id: table.id }).from(table).where(eq(table.id, parentId));
  return parent?.id ?? null;
}

/** The gazetteer or lexicon entry as a new draft record's fields (its parent only when that is a record already). */
export async function lexiconRecordFields(db: Db, kind: "place" | "actor", lexiconId: string): Promise<Record<string, unknown> | null> {
  if (kind === "place") {
    const e = PLACES_BY_ID.get(lexiconId);
    if (!e) return null;
    return {
      ...lexiconName(e),
      feature: e.feature,
      lat: e.point?.lat ?? null,
      lon: e.point?.lon ?? null,
      pointIsCentroid: e.pointIsCentroid,
      parentId: await recordedParent(db, t.places, e.parentId),
      country: e.country ?? null,
    };
  }
  const e = ACTORS_BY_ID.get(lexiconId);
  if (!e) return null;
  return {
    ...lexiconName(e),
    kind: e.kind,
    parentId: await recordedParent(db, t.actors, e.parentId),
    country: e.country ?? null,
    descriptionAr: e.description?.ar ?? null,
    descriptionEn: e.description?.en ?? null,
  };
}
