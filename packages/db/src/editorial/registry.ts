import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { EditableKind } from "@waqai/schema";
import type { Db } from "../client";
import {
  actors,
  claims,
  conflicts,
  disputeIssues,
  disputes,
  documents,
  eventParticipants,
  eventPlaces,
  eventQuantities,
  eventRelations,
  events,
  places,
  positions,
} from "../tables";

/** Every editable kind's table, the column read as its label in lists, and its id prefix. */
interface KindInfo {
  table: PgTable & { id: PgColumn; version: PgColumn; status: PgColumn; updatedAt: PgColumn };
  label: PgColumn;
  /** The row property of `label`. */
  labelField: string;
  prefix: string;
}

export const KINDS: Record<EditableKind, KindInfo> = {
  document: { table: documents, label: documents.titleAr, labelField: "titleAr", prefix: "doc" },
  event: { table: events, label: events.titleAr, labelField: "titleAr", prefix: "ev" },
  claim: { table: claims, label: claims.statementAr, labelField: "statementAr", prefix: "cl" },
  actor: { table: actors, label: actors.nameAr, labelField: "nameAr", prefix: "act" },
  place: { table: places, label: places.nameAr, labelField: "nameAr", prefix: "pl" },
  dispute: { table: disputes, label: disputes.titleAr, labelField: "titleAr", prefix: "dsp" },
  issue: { table: disputeIssues, label: disputeIssues.titleAr, labelField: "titleAr", prefix: "iss" },
  position: { table: positions, label: positions.statementAr, labelField: "statementAr", prefix: "pos" },
  conflict: { table: conflicts, label: conflicts.titleAr, labelField: "titleAr", prefix: "cf" },
};

/** A text column read from an untyped row (a head's `row`): the text, or the fallback when there is none. */
export function textOf(value: unknown, fallback = ""): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}

/** A record's label from its stored row, else its id. */
export function rowLabel(kind: EditableKind, row: Record<string, unknown>, id: string): string {
  return textOf(row[KINDS[kind].labelField], id);
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

/** Fields that are bookkeeping, not content: never reported as "changed" and never restored. */
export const BOOKKEEPING = new Set(["version", "createdAt", "updatedAt", "sortKey", "textHash", "length", "offsetUnit"]);

/** JSON-safe copy of a row (dates as ISO strings) for revisions. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

/** The parts of an event kept in its snapshot; older snapshots (the seed's) may lack them. */
export const EVENT_PARTS = ["figures", "participants", "relations", "places"] as const;

/** The snapshot stored in a revision: the row, and for an event its figures, participants, relations and other places too. */
export async function snapshotOf(db: Db, kind: EditableKind, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const snap = plain(row);
  if (kind === "document") delete snap.text; // the text never changes after import; the hash names it
  if (kind === "event") {
    const figures = await db
      .select()
      .from(eventQuantities)
      .where(eq(eventQuantities.eventId, String(row.id)))
      .orderBy(asc(eventQuantities.ordinal));
    snap.figures = figures.map((f) => plain(f as unknown as Record<string, unknown>));
    const people = await db
      .select()
      .from(eventParticipants)
      .where(eq(eventParticipants.eventId, String(row.id)))
      .orderBy(asc(eventParticipants.ordinal));
    snap.participants = people.map(({ actorId, role, attribution, noteAr, noteEn }) => ({ actorId, role, attribution, noteAr, noteEn }));
    const links = await db
      .select()
      .from(eventRelations)
      .where(eq(eventRelations.eventId, String(row.id)))
      .orderBy(asc(eventRelations.relatedEventId), asc(eventRelations.relation));
    snap.relations = links.map(({ relation, relatedEventId }) => ({ relation, relatedEventId }));
    const where = await db
      .select()
      .from(eventPlaces)
      .where(eq(eventPlaces.eventId, String(row.id)))
      .orderBy(asc(eventPlaces.ordinal));
    snap.places = where.map(({ placeId, role, noteAr, noteEn }) => ({ placeId, role, noteAr, noteEn }));
  }
  return snap;
}

export async function currentRow(db: Db, kind: EditableKind, id: string): Promise<Record<string, unknown> | undefined> {
  const { table } = KINDS[kind];
  const [row] = await db.select().from(table).where(eq(table.id, id));
  return row;
}

/**
 * JSON with object keys sorted: jsonb gives keys back in its own order, so values read from a revision
 * or from pending changes compare equal to the same values read from a row.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export const sameValue = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Field-level differences between two snapshots, bookkeeping left out, and a part one snapshot did not keep. */
export function diffSnapshots(a: Record<string, unknown>, b: Record<string, unknown>) {
  const unknownPart = (k: string) => (EVENT_PARTS as readonly string[]).includes(k) && (!(k in a) || !(k in b));
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !BOOKKEEPING.has(k) && !unknownPart(k)).sort();
  return keys.filter((k) => !sameValue(a[k], b[k])).map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
}
