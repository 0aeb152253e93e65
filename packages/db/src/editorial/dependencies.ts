import { and, eq, inArray, ne, type SQL } from "drizzle-orm";
import type { EditableKind, EditorialStatus } from "@waqai/schema";
import type { Db } from "../client";
import { citations, claims } from "../tables";
import { headRow, headSnapshot, loadHead, type Head } from "./head";
import { rowLabel } from "./registry";

/** A record another one shows on its public page: its document, place, participants, claimant... */
export interface DependencyRef {
  kind: EditableKind;
  id: string;
  /** Why: the field or part that points at it ("placeId", "participants", "cited document"...). */
  via: string;
}

export interface UnpublishedDependency extends DependencyRef {
  label: string;
  status: EditorialStatus;
  version: number;
}

/** Fields of each kind that point at a record its public page shows. */
const POINTERS: Record<EditableKind, Record<string, EditableKind>> = {
  document: {},
  event: { placeId: "place", conflictId: "conflict" },
  claim: { documentId: "document", claimantId: "actor", eventId: "event", positionId: "position" },
  actor: { parentId: "actor" },
  place: { parentId: "place" },
  dispute: {},
  issue: { disputeId: "dispute" },
  position: { issueId: "issue", actorId: "actor", framedByActorId: "actor" },
  conflict: {},
};

/** Citations of this record (its quotes come from those documents). */
function citedDocumentsWhere(kind: EditableKind, id: string): SQL | undefined {
  switch (kind) {
    case "event":
      return eq(citations.eventId, id);
    case "claim":
      return eq(citations.claimId, id);
    case "actor":
      return eq(citations.actorId, id);
    case "place":
      return eq(citations.placeId, id);
    case "dispute":
      return eq(citations.disputeId, id);
    case "issue":
      return eq(citations.issueId, id);
    case "position":
      return eq(citations.positionId, id);
    case "conflict":
      return eq(citations.conflictId, id);
    default:
      return undefined;
  }
}

/** What this record's head points at directly (bounded by the record itself: its fields, parts and citations). */
export async function directDependencies(db: Db, kind: EditableKind, head: Head): Promise<DependencyRef[]> {
  const out: DependencyRef[] = [];
  const row = headRow(head);
  for (const [field, target] of Object.entries(POINTERS[kind]))
    if (typeof row[field] === "string") out.push({ kind: target, id: String(row[field]), via: field });
  if (kind === "event") {
    const snap = await headSnapshot(db, kind, head);
    for (const p of (snap.participants as { actorId: string }[] | undefined) ?? []) out.push({ kind: "actor", id: p.actorId, via: "participants" });
    for (const p of (snap.places as { placeId: string }[] | undefined) ?? []) out.push({ kind: "place", id: p.placeId, via: "places" });
  }
  const where = citedDocumentsWhere(kind, String(head.row.id));
  const wheres = where ? [where] : [];
  // An event's figures' citations too, as their own index range (an OR of the two columns would scan the table).
  if (kind === "event") {
    const figures = ((await headSnapshot(db, kind, head)).figures as { id: string }[] | undefined) ?? [];
    if (figures.length)
      wheres.push(
        inArray(
          citations.quantityId,
          figures.map((f) => f.id),
        ),
      );
  }
  for (const w of wheres) {
    const docs = await db.selectDistinct({ id: citations.documentId }).from(citations).where(w);
    for (const d of docs) out.push({ kind: "document", id: d.id, via: "citations" });
  }
  const seen = new Set<string>();
  return out.filter((d) => !(d.kind === kind && d.id === String(head.row.id)) && !seen.has(`${d.kind}:${d.id}`) && !!seen.add(`${d.kind}:${d.id}`));
}

/**
 * The records this one would show on its public page that are not published yet, followed through
 * (a claim's event's place too), nearest first. Bounded: the walk stops after `limit` records.
 */
export async function unpublishedDependencies(db: Db, kind: EditableKind, head: Head, limit = 50): Promise<UnpublishedDependency[]> {
  const found: UnpublishedDependency[] = [];
  const seen = new Set<string>([`${kind}:${String(head.row.id)}`]);
  let frontier: { kind: EditableKind; head: Head }[] = [{ kind, head }];
  while (frontier.length && found.length < limit) {
    const next: typeof frontier = [];
    for (const node of frontier) {
      for (const dep of await directDependencies(db, node.kind, node.head)) {
        const key = `${dep.kind}:${dep.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const depHead = await loadHead(db, dep.kind, dep.id);
        if (!depHead) continue;
        const status = depHead.row.status as EditorialStatus;
        if (status === "published") continue;
        found.push({ ...dep, status, version: depHead.version, label: rowLabel(dep.kind, depHead.row, dep.id) });
        next.push({ kind: dep.kind, head: depHead });
        if (found.length >= limit) break;
      }
    }
    frontier = next;
  }
  return found;
}

/**
 * Records that complete this one without its page needing them (an event's claims), with what their own
 * pages need (a claim's claimant...): offered, not required, to go to review and be published with it.
 */
export async function unpublishedCompanions(db: Db, kind: EditableKind, id: string, limit = 50): Promise<UnpublishedDependency[]> {
  if (kind !== "event") return [];
  const rows = await db
    .select({ id: claims.id, label: claims.statementAr, status: claims.status, version: claims.version })
    .from(claims)
    .where(and(eq(claims.eventId, id), ne(claims.status, "published")))
    .limit(limit);
  const out: UnpublishedDependency[] = [];
  const seen = new Set<string>([`event:${id}`]);
  for (const r of rows) {
    const head = await loadHead(db, "claim", r.id);
    if (!head) continue;
    for (const dep of await unpublishedDependencies(db, "claim", head))
      if (!seen.has(`${dep.kind}:${dep.id}`)) {
        seen.add(`${dep.kind}:${dep.id}`);
        out.push(dep);
      }
    out.push({ kind: "claim", id: r.id, via: "eventId", label: r.label, status: r.status, version: head.version });
  }
  return out;
}
