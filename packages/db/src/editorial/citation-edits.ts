import { and, asc, desc, eq, inArray, max, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { citations, documents, eventQuantities, revisions } from "../tables";
import { withWriteTx, type RecordWritten } from "./after-write";
import { RecordNotFoundError, WorkflowError } from "./errors";
import { decodeCursor, encodeCursor } from "../queries/util";
import type { EditorActor } from "./write";

type CitationRow = typeof citations.$inferSelect;

/** The record a citation supports, as the post-commit work names it (a figure's citation changes its event's page). */
async function targetOf(db: Db, c: CitationRow): Promise<RecordWritten | null> {
  if (c.eventId) return { kind: "event", id: c.eventId };
  if (c.quantityId) {
    const [f] = await db.select({ eventId: eventQuantities.eventId }).from(eventQuantities).where(eq(eventQuantities.id, c.quantityId));
    return f ? { kind: "event", id: f.eventId } : null;
  }
  const pairs: [keyof CitationRow, RecordWritten["kind"]][] = [
    ["claimId", "claim"],
    ["positionId", "position"],
    ["disputeId", "dispute"],
    ["issueId", "issue"],
    ["actorId", "actor"],
    ["placeId", "place"],
    ["targetDocumentId", "document"],
  ];
  for (const [col, kind] of pairs) if (c[col]) return { kind, id: String(c[col]) };
  return null;
}

async function nextCitationVersion(tx: Db, id: string) {
  const [last] = await tx
    .select({ v: max(revisions.version) })
    .from(revisions)
    .where(and(eq(revisions.entityKind, "citation"), eq(revisions.entityId, id)));
  return (last?.v ?? 0) + 1;
}

/** A citation removed or brought back, by its id. */
export interface CitationEdit {
  id: string;
  actor: EditorActor;
}

/** Removes a citation; its last state stays in the revisions, so `restoreCitation` can undo it. */
export async function removeCitation(db: Db, { id, actor }: CitationEdit) {
  await withWriteTx(db, async (tx, wrote) => {
    const [row] = await tx.delete(citations).where(eq(citations.id, id)).returning();
    if (!row) throw new RecordNotFoundError("citation", id);
    await tx.insert(revisions).values({
      entityKind: "citation",
      entityId: id,
      version: await nextCitationVersion(tx, id),
      snapshot: row,
      author: actor.id,
      action: "delete",
      summary: `Removed the citation «${row.exact}»`,
      tokenId: actor.tokenId ?? null,
    });
    const target = await targetOf(tx, row);
    if (target) wrote([target]);
  });
  return { id, removed: true };
}

/** Undo of a removal: the citation comes back exactly as it was (same id, offsets, quote and target). */
export async function restoreCitation(db: Db, { id, actor }: CitationEdit) {
  await withWriteTx(db, async (tx, wrote) => {
    const [exists] = await tx.select({ id: citations.id }).from(citations).where(eq(citations.id, id));
    if (exists)
      throw new WorkflowError("PRECONDITION_FAILED", { ar: "الاستشهاد موجود؛ لا شيء يُستعاد.", en: "The citation exists; there is nothing to restore." });
    const [last] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.entityKind, "citation"), eq(revisions.entityId, id)))
      .orderBy(desc(revisions.version))
      .limit(1);
    if (!last) throw new RecordNotFoundError("citation", id);
    const snap = last.snapshot as Record<string, unknown>;
    const values = { ...snap, createdAt: new Date(String(snap.createdAt)), updatedAt: sql`now()` } as unknown as typeof citations.$inferInsert;
    const [row] = await tx.insert(citations).values(values).returning();
    await tx.insert(revisions).values({
      entityKind: "citation",
      entityId: id,
      version: last.version + 1,
      snapshot: row!,
      author: actor.id,
      action: "restore",
      summary: `Restored the citation «${row!.exact}»`,
      tokenId: actor.tokenId ?? null,
    });
    const target = await targetOf(tx, row!);
    if (target) wrote([target]);
  });
  return { id, removed: false };
}

type TargetKind = "event" | "claim" | "actor" | "place" | "dispute" | "issue" | "position" | "document" | "conflict";
const COLUMN: Record<TargetKind, (id: string) => SQL> = {
  event: (id) => eq(citations.eventId, id),
  claim: (id) => eq(citations.claimId, id),
  actor: (id) => eq(citations.actorId, id),
  place: (id) => eq(citations.placeId, id),
  dispute: (id) => eq(citations.disputeId, id),
  issue: (id) => eq(citations.issueId, id),
  position: (id) => eq(citations.positionId, id),
  document: (id) => eq(citations.targetDocumentId, id),
  conflict: (id) => eq(citations.conflictId, id),
};

type Page = { c: typeof citations.$inferSelect; title: string | null; figureWords: string | null }[];

/** One index range of citations (by a target column), after the keyset, in document and text order. */
function range(db: Db, where: SQL, after: [string, number, string] | undefined, limit: number): Promise<Page> {
  return db
    .select({ c: citations, title: documents.titleAr, figureWords: eventQuantities.words })
    .from(citations)
    .innerJoin(documents, eq(documents.id, citations.documentId))
    .leftJoin(eventQuantities, eq(eventQuantities.id, citations.quantityId))
    .where(and(where, after ? sql`(${citations.documentId}, ${citations.startOffset}, ${citations.id}) > (${after[0]}, ${after[1]}, ${after[2]})` : undefined))
    .orderBy(asc(citations.documentId), asc(citations.startOffset), asc(citations.id))
    .limit(limit);
}

const order = (a: Page[number], b: Page[number]) =>
  a.c.documentId.localeCompare(b.c.documentId) || a.c.startOffset - b.c.startOffset || a.c.id.localeCompare(b.c.id);

/**
 * The citations that support one record, in document and text order, a page at a time (keyset). An event's
 * page shows its figures' citations too: two index ranges merged (an OR of the two columns would scan the table).
 */
export async function citationsOf(db: Db, kind: TargetKind, id: string, limit: number, cursor?: string) {
  const after = decodeCursor(cursor, 3) as [string, number, string] | undefined;
  const sources = [range(db, COLUMN[kind](id), after, limit + 1)];
  if (kind === "event") {
    const figures = await db.select({ id: eventQuantities.id }).from(eventQuantities).where(eq(eventQuantities.eventId, id));
    if (figures.length)
      sources.push(
        range(
          db,
          inArray(
            citations.quantityId,
            figures.map((f) => f.id),
          ),
          after,
          limit + 1,
        ),
      );
  }
  const rows = (await Promise.all(sources)).flat().sort(order);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ c, title, figureWords }) => ({
      id: c.id,
      documentId: c.documentId,
      documentTitle: title,
      start: c.startOffset,
      end: c.endOffset,
      exact: c.exact,
      role: c.role as "evidence",
      targetKind: c.targetKind,
      targetId: String(c.eventId ?? c.quantityId ?? c.claimId ?? c.positionId ?? c.disputeId ?? c.issueId ?? c.actorId ?? c.placeId ?? c.targetDocumentId),
      figureWords: figureWords ?? null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.c.documentId, last.c.startOffset, last.c.id]) : null,
  };
}
