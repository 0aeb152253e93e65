import { and, eq } from "drizzle-orm";
import type { EditableKind, EditorialStatus } from "@waqai/schema";
import type { Db } from "../client";
import { auditLog, pendingChanges } from "../tables";
import { withWriteTx } from "./after-write";
import { UnpublishedDependenciesError, WorkflowError, type Bilingual } from "./errors";
import { bumpLive, type Head } from "./head";
import { restoreEventParts } from "./event-parts-store";
import { unpublishedDependencies, type UnpublishedDependency } from "./dependencies";
import { moveRefusal, OWN_EDIT_REFUSAL } from "./workflow";
import { authorsSincePublished, lockedHead, recordRevision, type EditorActor, type RecordAtVersion } from "./write";

const KIND_AR: Record<EditableKind, string> = {
  document: "المستند",
  event: "الحدث",
  claim: "الادعاء",
  actor: "الفاعل",
  place: "المكان",
  dispute: "الخلاف",
  issue: "نقطة الخلاف",
  position: "الموقف",
  conflict: "النزاع المسلح",
};

/** Publishing would leave the public page pointing at these unpublished records: say which. */
export function dependenciesRefusal(deps: UnpublishedDependency[]): Bilingual {
  const ar = deps.map((d) => `${KIND_AR[d.kind]} «${d.label}» (${d.id})`).join("، ");
  const en = deps.map((d) => `${d.kind} «${d.label}» (${d.id})`).join(", ");
  return {
    ar: `لا يُنشر قبل أن تُنشر السجلات التي تظهر في صفحته: ${ar}. انشرها معه من قائمة المراجعة.`,
    en: `It cannot be published before the records its page shows: ${en}. Publish them with it from the review queue.`,
  };
}

/** Why this move would be refused (role, own edit, unpublished dependencies), or null; used by setStatus and by previews. */
export async function statusRefusal(db: Db, kind: EditableKind, head: Head, to: EditorialStatus, actor: EditorActor): Promise<WorkflowError | null> {
  const refusal = moveRefusal(actor.role, head.row.status as EditorialStatus, to);
  if (refusal) return new WorkflowError("FORBIDDEN", refusal);
  if (to !== "published") return null;
  if ((await authorsSincePublished(db, kind, String(head.row.id))).has(actor.id)) return new WorkflowError("FORBIDDEN", OWN_EDIT_REFUSAL);
  const deps = await unpublishedDependencies(db, kind, head);
  if (deps.length) return new UnpublishedDependenciesError(dependenciesRefusal(deps), deps);
  return null;
}

export interface StatusWritten {
  kind: EditableKind;
  id: string;
  version: number;
  status: EditorialStatus;
}

export interface StatusMove extends RecordAtVersion {
  to: EditorialStatus;
  actor: EditorActor;
  /** The revision summary; default "from → to". */
  summary?: string;
}

/** A workflow move inside the caller's transaction. A retracted record returned to draft takes its pending changes into the draft. */
export async function setStatusIn(tx: Db, { kind, id, baseVersion, to, actor, summary }: StatusMove): Promise<StatusWritten> {
  const head = await lockedHead(tx, kind, id, baseVersion);
  const from = head.row.status as EditorialStatus;
  const refused = await statusRefusal(tx, kind, head, to, actor);
  if (refused) throw refused;
  const fold = to === "draft" && head.pending ? head.pending : null;
  await bumpLive(tx, { kind, head, set: { status: to, ...(fold?.fields ?? {}) } });
  if (fold) {
    if (fold.parts) await restoreEventParts(tx, { eventId: id, parts: fold.parts });
    await tx.delete(pendingChanges).where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, id)));
    head.pending = null;
  }
  await recordRevision(tx, { kind, head, actor, action: "status", summary: summary ?? `${from} → ${to}${fold ? " (with the pending changes)" : ""}` });
  if (to === "published" || to === "retracted") await auditMove(tx, { action: to === "published" ? "publish" : "retract", kind, id, actor });
  return { kind, id, version: head.version, status: to };
}

/** A publication or retraction, as the audit log records it. */
export interface AuditedMove {
  action: "publish" | "retract";
  kind: EditableKind;
  id: string;
  actor: EditorActor;
}

export async function auditMove(tx: Db, { action, kind, id, actor }: AuditedMove) {
  await tx.insert(auditLog).values({
    action,
    actorUserId: actor.id,
    actorEmail: actor.email,
    ip: actor.ip,
    userAgent: actor.userAgent,
    targetKind: kind,
    targetId: id,
    tokenId: actor.tokenId ?? null,
  });
}

/** A workflow move in its own transaction (see setStatusIn), then the search index and the listeners. */
export function setStatus(db: Db, move: StatusMove) {
  return withWriteTx(db, async (tx, wrote) => {
    const moved = await setStatusIn(tx, move);
    wrote([{ kind: move.kind, id: move.id, fields: ["status"] }]);
    return moved;
  });
}
