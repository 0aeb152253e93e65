import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { ConflictDetail, ConflictListInput } from "@waqai/schema";
import type { Db } from "../client";
import { actors, conflictDyads, conflictParties, conflicts } from "../tables";
import { conflictOut } from "../mapping/conflicts";
import { citationsFor } from "./citations";
import { bi, paginate, PUBLIC_SCOPE, visible, type ReadScope } from "./util";
import { pageById, visibleById } from "./by-id";

/**
 * A page of conflicts' parties and dyads, with the parties the caller may not see left out (and the dyads
 * that stand on them): a published conflict never shows a draft actor, not even its id.
 */
async function partsOf(db: Db, ids: string[], scope: ReadScope) {
  if (!ids.length) return { parties: [], dyads: [] };
  const [parties, dyads] = await Promise.all([
    db
      .select({ p: conflictParties })
      .from(conflictParties)
      .innerJoin(actors, eq(actors.id, conflictParties.actorId))
      .where(and(inArray(conflictParties.conflictId, ids), visible(actors.status, scope)))
      .then((r) => r.map((x) => x.p)),
    db.select().from(conflictDyads).where(inArray(conflictDyads.conflictId, ids)),
  ]);
  const shown = new Set(parties.map((p) => `${p.conflictId} ${p.actorId}`));
  return { parties, dyads: dyads.filter((d) => shown.has(`${d.conflictId} ${d.sideAId}`) && shown.has(`${d.conflictId} ${d.sideBId}`)) };
}

export async function listConflicts(db: Db, params: z.input<typeof ConflictListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await pageById(db, conflicts, params, [visible(conflicts.status, scope)]);
  const { parties, dyads } = await partsOf(
    db,
    read.rows.slice(0, read.limit).map((r) => r.id),
    scope,
  );
  const page = paginate(
    read,
    (c) =>
      conflictOut(
        c,
        parties.filter((p) => p.conflictId === c.id),
        dyads.filter((d) => d.conflictId === c.id),
      ),
    (r) => [r.id],
  );
  return { ...page, total };
}

/** One conflict with its parties' names and the spans that cite it (its events are the events list filtered by conflictId). */
export async function getConflict(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE): Promise<z.infer<typeof ConflictDetail> | null> {
  const row = await visibleById(db, conflicts, id, scope);
  if (!row) return null;
  const { parties, dyads } = await partsOf(db, [id], scope);
  const actorIds = [...new Set(parties.map((p) => p.actorId))];
  const [actorRows, citations] = await Promise.all([
    actorIds.length ? db.select().from(actors).where(inArray(actors.id, actorIds)) : Promise.resolve([]),
    citationsFor(db, { conflict: [id] }, scope),
  ]);
  return {
    ...conflictOut(row, parties, dyads),
    actors: actorRows.map((a) => ({ id: a.id, name: bi(a.nameAr, a.nameEn), kind: a.kind as never })),
    citations,
  };
}
