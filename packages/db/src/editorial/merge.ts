import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, type Db } from "../client";
import { withWriteTx } from "./after-write";
import {
  actors,
  auditLog,
  citations,
  claims,
  conflictParties,
  conflicts,
  disputeParties,
  disputes,
  eventParticipants,
  eventPlaces,
  events,
  pendingChanges,
  places,
  positions,
  recordRedirects,
} from "../tables";
import { currentRow } from "./registry";
import { RecordNotFoundError, WorkflowError } from "./errors";
import { recordRevision, type EditorActor } from "./write";
import { bumpLive, loadHead } from "./head";

/** A re-pointed record moves on one head version, with a revision saying why. */
async function bump(tx: Db, kind: "event" | "claim" | "position" | "actor" | "place", id: string, actor: EditorActor, summary: string) {
  const head = await loadHead(tx, kind, id, true);
  if (!head) return;
  await bumpLive(tx, { kind, head });
  await recordRevision(tx, { kind, head, actor, action: "merge", summary });
}

/** Per merged kind: which fields of which kinds of record can name it. */
const POINTER_FIELDS: Record<"actor" | "place", Partial<Record<string, string[]>>> = {
  actor: { claim: ["claimantId"], position: ["actorId", "framedByActorId"], actor: ["parentId"], event: [] },
  place: { event: ["placeId"], place: ["parentId"] },
};

/** Pending changes that name the duplicate (a published event's proposed place...) name the kept record instead. */
async function repointPending(tx: Db, kind: "actor" | "place", duplicateId: string, keepId: string) {
  const rows = await tx
    .select()
    .from(pendingChanges)
    .where(sql`(${pendingChanges.fields}::text || coalesce(${pendingChanges.parts}::text, '')) like ${`%"${duplicateId}"%`}`);
  const touched: ["event" | "claim" | "position" | "actor" | "place", string][] = [];
  for (const r of rows) {
    const pointers = POINTER_FIELDS[kind][r.entityKind];
    if (!pointers) continue;
    const fields = { ...r.fields };
    for (const f of pointers) if (fields[f] === duplicateId) fields[f] = keepId;
    const parts = r.parts ? { ...r.parts } : null;
    if (kind === "actor" && parts && Array.isArray(parts.participants)) {
      parts.participants = (parts.participants as { actorId: string }[]).map((p) => (p.actorId === duplicateId ? { ...p, actorId: keepId } : p));
    }
    if (kind === "place" && parts && Array.isArray(parts.places)) {
      parts.places = (parts.places as { placeId: string }[]).map((p) => (p.placeId === duplicateId ? { ...p, placeId: keepId } : p));
    }
    await tx
      .update(pendingChanges)
      .set({ fields, parts })
      .where(and(eq(pendingChanges.entityKind, r.entityKind), eq(pendingChanges.entityId, r.entityId)));
    touched.push([r.entityKind as "event", r.entityId]);
  }
  return touched;
}

export interface RecordMerge {
  kind: "actor" | "place";
  /** The record folded in: retracted, with a redirect to the one kept. */
  duplicateId: string;
  keepId: string;
  actor: EditorActor;
}

/**
 * Folds a duplicate actor or place into the one kept: every reference is re-pointed in one
 * transaction, each re-pointed record gets a revision, the duplicate is retracted (never deleted)
 * and leaves a redirect so old links still resolve.
 */
export async function mergeRecords(db: Db, { kind, duplicateId, keepId, actor }: RecordMerge) {
  if (duplicateId === keepId) throw new WorkflowError("PRECONDITION_FAILED", { ar: "لا يُدمج السجل في نفسه.", en: "A record cannot be merged into itself." });
  const summary = `Merged ${kind} ${duplicateId} into ${keepId}`;
  const result = await withWriteTx(db, async (tx, wrote) => {
    const dup = await currentRow(tx, kind, duplicateId);
    const keep = await currentRow(tx, kind, keepId);
    if (!dup) throw new RecordNotFoundError(kind, duplicateId);
    if (!keep) throw new RecordNotFoundError(kind, keepId);
    const touched: [Parameters<typeof bump>[1], string][] = [];
    const ids = (rows: { id: string }[], k: Parameters<typeof bump>[1]) => rows.forEach((r) => touched.push([k, r.id]));
    if (kind === "actor") {
      // Rows whose key would collide with one the kept actor already has are the same fact twice.
      await tx.execute(
        sql`delete from event_participants d using event_participants k where d.actor_id = ${duplicateId} and k.actor_id = ${keepId} and k.event_id = d.event_id and k.role = d.role`,
      );
      ids(
        await tx
          .update(eventParticipants)
          .set({ actorId: keepId })
          .where(eq(eventParticipants.actorId, duplicateId))
          .returning({ id: eventParticipants.eventId }),
        "event",
      );
      await tx.execute(
        sql`delete from dispute_parties d using dispute_parties k where d.actor_id = ${duplicateId} and k.actor_id = ${keepId} and k.dispute_id = d.dispute_id`,
      );
      const partyOf = await tx
        .update(disputeParties)
        .set({ actorId: keepId })
        .where(eq(disputeParties.actorId, duplicateId))
        .returning({ id: disputeParties.disputeId });
      // Sync sees the dispute as changed: its parties now name the kept actor.
      if (partyOf.length)
        await tx
          .update(disputes)
          .set({ updatedAt: sql`now()` })
          .where(
            inArray(
              disputes.id,
              partyOf.map((p) => p.id),
            ),
          );
      // A conflict's party: both actors parties of one conflict would be one party twice, with dyads on each.
      const both = await queryRows(
        tx,
        sql`select d.conflict_id from conflict_parties d join conflict_parties k on k.conflict_id = d.conflict_id and k.actor_id = ${keepId} where d.actor_id = ${duplicateId} limit 1`,
      );
      if (both.length)
        throw new WorkflowError("PRECONDITION_FAILED", {
          ar: "الفاعلان طرفان في نزاع مسلح واحد؛ عدّل أطراف النزاع قبل الدمج.",
          en: "Both actors are parties of the same armed conflict; change the conflict's parties before merging.",
        });
      // The dyads that stand on the duplicate follow it (ON UPDATE CASCADE from conflict_dyads).
      const conflictOf = await tx
        .update(conflictParties)
        .set({ actorId: keepId })
        .where(eq(conflictParties.actorId, duplicateId))
        .returning({ id: conflictParties.conflictId });
      if (conflictOf.length)
        await tx
          .update(conflicts)
          .set({ updatedAt: sql`now()` })
          .where(
            inArray(
              conflicts.id,
              conflictOf.map((c) => c.id),
            ),
          );
      ids(await tx.update(claims).set({ claimantId: keepId }).where(eq(claims.claimantId, duplicateId)).returning({ id: claims.id }), "claim");
      ids(await tx.update(positions).set({ actorId: keepId }).where(eq(positions.actorId, duplicateId)).returning({ id: positions.id }), "position");
      ids(
        await tx.update(positions).set({ framedByActorId: keepId }).where(eq(positions.framedByActorId, duplicateId)).returning({ id: positions.id }),
        "position",
      );
      ids(
        await tx
          .update(actors)
          .set({ parentId: keepId })
          .where(and(eq(actors.parentId, duplicateId), sql`${actors.id} <> ${keepId}`))
          .returning({ id: actors.id }),
        "actor",
      );
      await tx
        .update(citations)
        .set({ actorId: keepId, updatedAt: sql`now()` })
        .where(eq(citations.actorId, duplicateId));
    } else {
      ids(await tx.update(events).set({ placeId: keepId }).where(eq(events.placeId, duplicateId)).returning({ id: events.id }), "event");
      await tx.execute(
        sql`delete from event_places d using event_places k where d.place_id = ${duplicateId} and k.place_id = ${keepId} and k.event_id = d.event_id and k.role = d.role`,
      );
      ids(await tx.update(eventPlaces).set({ placeId: keepId }).where(eq(eventPlaces.placeId, duplicateId)).returning({ id: eventPlaces.eventId }), "event");
      ids(
        await tx
          .update(places)
          .set({ parentId: keepId })
          .where(and(eq(places.parentId, duplicateId), sql`${places.id} <> ${keepId}`))
          .returning({ id: places.id }),
        "place",
      );
      await tx
        .update(citations)
        .set({ placeId: keepId, updatedAt: sql`now()` })
        .where(eq(citations.placeId, duplicateId));
    }
    for (const t of await repointPending(tx, kind, duplicateId, keepId)) touched.push(t);
    // The kept record learns the duplicate's names as spelling variants.
    const names = [dup.nameAr, dup.nameEn, ...((dup.variants as string[]) ?? [])].filter((n): n is string => typeof n === "string" && n.length > 0);
    const variants = [...new Set([...((keep.variants as string[]) ?? []), ...names])].filter((n) => n !== keep.nameAr);
    const table = kind === "actor" ? actors : places;
    await tx.update(table).set({ variants }).where(eq(table.id, keepId));
    await tx.update(table).set({ status: "retracted" }).where(eq(table.id, duplicateId));
    const unique = [...new Set(touched.map((x) => x.join(" ")))].map((s) => s.split(" ") as [Parameters<typeof bump>[1], string]);
    for (const [k, id] of unique) await bump(tx, k, id, actor, summary);
    await bump(tx, kind, keepId, actor, summary);
    await bump(tx, kind, duplicateId, actor, summary);
    await tx.insert(recordRedirects).values({ kind, fromId: duplicateId, toId: keepId, by: actor.id });
    await tx.insert(auditLog).values({
      action: "merge",
      actorUserId: actor.id,
      actorEmail: actor.email,
      ip: actor.ip,
      userAgent: actor.userAgent,
      targetKind: kind,
      targetId: `${duplicateId}->${keepId}`,
      tokenId: actor.tokenId ?? null,
    });
    wrote([{ kind, id: keepId }, { kind, id: duplicateId }, ...touched.filter(([k]) => k === "event").map(([, id]) => ({ kind: "event" as const, id }))]);
    return { keepId, duplicateId, repointed: touched.length };
  });
  return { keepId: result.keepId, duplicateId: result.duplicateId, repointed: result.repointed };
}
