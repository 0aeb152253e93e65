import { eq, ilike, or, sql } from "drizzle-orm";
import type { z } from "zod";
import type { ActorListInput, ClaimListInput, DocumentListInput, OutletListInput, PlaceListInput } from "@waqai/schema";
import type { Db } from "../client";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { actors, claims, documents, outlets, places } from "../tables";
import { actorOut, claimOut, documentOut, documentSummaryOut, outletOut, placeOut } from "../mapping/entities";
import { paginate, PUBLIC_SCOPE, visible, type ReadScope } from "./util";
import { pageById, visibleById } from "./by-id";

// Lists below are ordered by id (stable, unique) with keyset cursors; search by relevance is its own procedure.

/** Case-insensitive substring match on a name or any variant (full Arabic-aware search is separate). */
function nameMatches(q: string, ar: AnyPgColumn, en: AnyPgColumn, variants: AnyPgColumn) {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(ilike(ar, like), ilike(en, like), sql`exists (select 1 from unnest(${variants}) v where v ilike ${like})`);
}

export async function listOutlets(db: Db, params: z.input<typeof OutletListInput>) {
  const { read, total } = await pageById(db, outlets, params, []);
  return { ...paginate(read, outletOut, (r) => [r.id]), total };
}

export async function getOutlet(db: Db, id: string) {
  const [row] = await db.select().from(outlets).where(eq(outlets.id, id));
  return row ? outletOut(row) : null;
}

export async function listDocuments(db: Db, params: z.input<typeof DocumentListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await pageById(db, documents, params, [
    visible(documents.status, scope),
    params.outletId ? eq(documents.outletId, params.outletId) : undefined,
  ]);
  return { ...paginate(read, documentSummaryOut, (r) => [r.id]), total };
}

export async function getDocument(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, documents, id, scope);
  return row ? documentOut(row) : null;
}

export async function listActors(db: Db, params: z.input<typeof ActorListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await pageById(db, actors, params, [
    visible(actors.status, scope),
    params.kind ? eq(actors.kind, params.kind) : undefined,
    params.q ? nameMatches(params.q, actors.nameAr, actors.nameEn, actors.variants) : undefined,
  ]);
  return { ...paginate(read, actorOut, (r) => [r.id]), total };
}

export async function getActor(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, actors, id, scope);
  return row ? actorOut(row) : null;
}

export async function listPlaces(db: Db, params: z.input<typeof PlaceListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await pageById(db, places, params, [
    visible(places.status, scope),
    params.feature ? eq(places.feature, params.feature) : undefined,
    params.parentId ? eq(places.parentId, params.parentId) : undefined,
    params.q ? nameMatches(params.q, places.nameAr, places.nameEn, places.variants) : undefined,
  ]);
  return { ...paginate(read, placeOut, (r) => [r.id]), total };
}

export async function getPlace(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, places, id, scope);
  return row ? placeOut(row) : null;
}

export async function listClaims(db: Db, params: z.input<typeof ClaimListInput>, scope: ReadScope = PUBLIC_SCOPE) {
  const { read, total } = await pageById(db, claims, params, [
    visible(claims.status, scope),
    params.documentId ? eq(claims.documentId, params.documentId) : undefined,
    params.claimantId ? eq(claims.claimantId, params.claimantId) : undefined,
    params.eventId ? eq(claims.eventId, params.eventId) : undefined,
    params.modality ? eq(claims.modality, params.modality) : undefined,
  ]);
  return { ...paginate(read, claimOut, (r) => [r.id]), total };
}

export async function getClaim(db: Db, id: string, scope: ReadScope = PUBLIC_SCOPE) {
  const row = await visibleById(db, claims, id, scope);
  return row ? claimOut(row) : null;
}
