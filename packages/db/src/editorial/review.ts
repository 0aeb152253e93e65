import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Dependency, EditableKind, EditorialStatus } from "@waqai/schema";
import { withTx, type Db } from "../client";
import { pendingChanges, reviewComments, users } from "../tables";
import { withWriteTx, type RecordWritten } from "./after-write";
import { RecordNotFoundError, UnpublishedDependenciesError, WorkflowError, type Bilingual } from "./errors";
import { bumpLive, headSnapshot, loadHead, type Head } from "./head";
import { restoreEventParts } from "./event-parts-store";
import { unpublishedCompanions, unpublishedDependencies, type UnpublishedDependency } from "./dependencies";
import { FIELDS_BY_KIND } from "@waqai/schema";
import { diffSnapshots, EVENT_PARTS, rowLabel, snapshotOf } from "./registry";
import { auditMove, dependenciesRefusal, setStatusIn, statusRefusal, type StatusWritten } from "./status";
import { OWN_EDIT_REFUSAL } from "./workflow";
import { authorsSincePublished, lockedHead, recordRevision, type EditorActor, type RecordAtVersion } from "./write";

const REVIEWERS = new Set(["reviewer", "admin"]);
const refuse = (ar: string, en: string) => new WorkflowError("PRECONDITION_FAILED", { ar, en });
const NOT_A_REVIEWER: Bilingual = { ar: "القبول والإعادة للمراجعين والمشرفين.", en: "Accepting and returning are for reviewers and admins." };
const NOTHING_TO_REVIEW = () => refuse("لا شيء قيد المراجعة في هذا السجل.", "Nothing of this record is in review.");

const withoutRepeats = <T extends { kind: string; id: string }>(list: T[]) =>
  list.filter((x, i) => list.findIndex((y) => y.kind === x.kind && y.id === x.id) === i);

/** Moves the pending changes' state on, as a version of its own (no change to what readers see). */
async function movePending(tx: Db, kind: EditableKind, head: Head, state: "draft" | "in_review", actor: EditorActor, summary: string) {
  const version = head.version + 1;
  const [saved] = await tx
    .update(pendingChanges)
    .set({ state, version, updatedAt: sql`now()` })
    .where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, String(head.row.id))))
    .returning();
  head.pending = saved!;
  head.version = version;
  await recordRevision(tx, { kind, head, actor, action: "status", summary });
}

async function note(
  tx: Db,
  kind: EditableKind,
  id: string,
  version: number,
  action: "comment" | "submit" | "return" | "accept" | "discard",
  actor: EditorActor,
  body?: string,
) {
  await tx.insert(reviewComments).values({ entityKind: kind, entityId: id, version, author: actor.id, action, body: body ?? null });
}

const moved = (kind: EditableKind, head: Head): StatusWritten => ({
  kind,
  id: String(head.row.id),
  version: head.version,
  status: head.row.status as EditorialStatus,
});

export interface ReviewSubmission extends RecordAtVersion {
  actor: EditorActor;
  /** Send the drafts its page shows (document, place, actors...) and its companions too; default true. */
  withDependencies?: boolean;
  comment?: string;
}

/**
 * Sends a record to review: a draft moves to in review; a published record's pending changes are
 * submitted. With its dependencies, the drafts its page would show (document, place, actors...) go too.
 */
export async function submitForReview(db: Db, { kind, id, baseVersion, actor, withDependencies, comment }: ReviewSubmission) {
  const records = await withWriteTx(db, async (tx, wrote) => {
    const head = await lockedHead(tx, kind, id, baseVersion);
    const out: StatusWritten[] = [];
    if (head.pending) {
      if (head.pending.state === "in_review") throw refuse("التغييرات المعلّقة قيد المراجعة أصلاً.", "The pending changes are in review already.");
      await movePending(tx, kind, head, "in_review", actor, "Pending changes submitted for review");
      out.push(moved(kind, head));
    } else if (head.row.status === "draft") {
      out.push(await setStatusIn(tx, { kind, id, baseVersion, to: "in_review", actor }));
    } else
      throw refuse(
        "لا يُرسل للمراجعة إلا مسودة أو تغييرات معلّقة على سجل منشور.",
        "Only a draft, or the pending changes of a published record, is sent to review.",
      );
    if (withDependencies !== false) {
      const current = (await loadHead(tx, kind, id))!;
      for (const dep of withoutRepeats([...(await unpublishedDependencies(tx, kind, current)), ...(await unpublishedCompanions(tx, kind, id))])) {
        if (dep.status === "draft")
          out.push(
            await setStatusIn(tx, {
              kind: dep.kind,
              id: dep.id,
              baseVersion: dep.version,
              to: "in_review",
              actor,
              summary: "→ in_review (with the record that shows it)",
            }),
          );
      }
    }
    await note(tx, kind, id, out[0]!.version, "submit", actor, comment);
    wrote(out.map((r) => ({ kind: r.kind, id: r.id, fields: ["status"] })));
    return out;
  });
  return { records };
}

/** Applies a published record's submitted pending changes to the live record (inside the caller's transaction). */
async function acceptPendingIn(tx: Db, kind: EditableKind, head: Head, actor: EditorActor): Promise<StatusWritten> {
  const pending = head.pending!;
  if (pending.state !== "in_review") throw refuse("لم تُرسل هذه التغييرات للمراجعة بعد.", "These changes have not been submitted for review yet.");
  const id = String(head.row.id);
  if ((await authorsSincePublished(tx, kind, id)).has(actor.id)) throw new WorkflowError("FORBIDDEN", OWN_EDIT_REFUSAL);
  const deps = await unpublishedDependencies(tx, kind, head);
  if (deps.length) throw new UnpublishedDependenciesError(dependenciesRefusal(deps), deps);
  await bumpLive(tx, { kind, head, set: pending.fields });
  if (pending.parts) await restoreEventParts(tx, { eventId: id, parts: pending.parts });
  await tx.delete(pendingChanges).where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, id)));
  head.pending = null;
  await recordRevision(tx, {
    kind,
    head,
    actor,
    action: "accept",
    summary: `Accepted the pending changes (${[...Object.keys(pending.fields), ...Object.keys(pending.parts ?? {})].join(", ")})`,
  });
  await auditMove(tx, { action: "publish", kind, id, actor });
  return moved(kind, head);
}

export interface ReviewAcceptance extends RecordAtVersion {
  actor: EditorActor;
  /** The unpublished records its page shows (and companions) to publish with it, each at the version the reviewer saw. */
  alsoPublish?: RecordAtVersion[];
  comment?: string;
}

/**
 * Publishes what is in review: a new record, or a published record's pending changes. The records its
 * page shows that are not published yet must be published with it (`alsoPublish`, each at the version
 * the reviewer saw), or the accept is refused with their list. All in one transaction.
 */
export async function acceptReview(db: Db, { kind, id, baseVersion, actor, alsoPublish, comment }: ReviewAcceptance) {
  if (!REVIEWERS.has(actor.role)) throw new WorkflowError("FORBIDDEN", NOT_A_REVIEWER);
  const records = await withWriteTx(db, async (tx, wrote) => {
    const head = await lockedHead(tx, kind, id, baseVersion);
    const out: StatusWritten[] = [];
    // The farthest dependencies first (a claim's event's place before the event), so each finds its own published;
    // companions (an event's claims) after the record they are about.
    const order = (await unpublishedDependencies(tx, kind, head)).map((d) => `${d.kind}:${d.id}`).reverse();
    const also = alsoPublish ?? [];
    const before = also
      .filter((a) => order.includes(`${a.kind}:${a.id}`))
      .sort((a, b) => order.indexOf(`${a.kind}:${a.id}`) - order.indexOf(`${b.kind}:${b.id}`));
    const after = also.filter((a) => !order.includes(`${a.kind}:${a.id}`));
    for (const dep of before) out.push(await setStatusIn(tx, { ...dep, to: "published", actor, summary: "→ published (with the record that shows it)" }));
    const current = (await loadHead(tx, kind, id, true))!;
    if (current.pending) out.unshift(await acceptPendingIn(tx, kind, current, actor));
    else if (current.row.status === "in_review") out.unshift(await setStatusIn(tx, { kind, id, baseVersion, to: "published", actor }));
    else throw NOTHING_TO_REVIEW();
    // Companions in an order that works: one whose own dependency is later in the list waits a pass (the
    // refusal is ours, raised before any write, so the transaction goes on).
    let waiting = after;
    while (waiting.length) {
      const retry: typeof waiting = [];
      let last: unknown;
      for (const c of waiting) {
        try {
          out.push(await setStatusIn(tx, { ...c, to: "published", actor, summary: "→ published (with the record it is about)" }));
        } catch (err) {
          if (!(err instanceof UnpublishedDependenciesError)) throw err;
          retry.push(c);
          last = err;
        }
      }
      if (retry.length === waiting.length) throw last;
      waiting = retry;
    }
    await note(tx, kind, id, out[0]!.version, "accept", actor, comment);
    wrote(out.map((r): RecordWritten => ({ kind: r.kind, id: r.id })));
    return out;
  });
  return { records };
}

export interface ReviewReturn extends RecordAtVersion {
  /** Why it goes back: the editor reads it on the record. */
  comment: string;
  actor: EditorActor;
}

/** Sends what is in review back to its editor with a comment: a record to draft, pending changes to their draft state. */
export async function returnReview(db: Db, { kind, id, baseVersion, comment, actor }: ReviewReturn) {
  if (!REVIEWERS.has(actor.role)) throw new WorkflowError("FORBIDDEN", NOT_A_REVIEWER);
  const records = await withWriteTx(db, async (tx, wrote) => {
    const head = await lockedHead(tx, kind, id, baseVersion);
    let done: StatusWritten;
    if (head.pending?.state === "in_review") {
      await movePending(tx, kind, head, "draft", actor, "Pending changes returned to the editor");
      done = moved(kind, head);
    } else if (head.row.status === "in_review")
      done = await setStatusIn(tx, { kind, id, baseVersion, to: "draft", actor, summary: "in_review → draft (returned)" });
    else throw NOTHING_TO_REVIEW();
    await note(tx, kind, id, done.version, "return", actor, comment);
    wrote([{ kind: done.kind, id: done.id, fields: ["status"] }]);
    return [done];
  });
  return { records };
}

export interface PendingDiscard extends RecordAtVersion {
  actor: EditorActor;
}

/** Drops a published record's pending changes; what readers see does not change (the revisions keep them). */
export async function discardPending(db: Db, { kind, id, baseVersion, actor }: PendingDiscard) {
  const records = await withTx(db, async (tx) => {
    const head = await lockedHead(tx, kind, id, baseVersion);
    if (!head.pending) throw refuse("لا تغييرات معلّقة على هذا السجل.", "This record has no pending changes.");
    await bumpLive(tx, { kind, head });
    await tx.delete(pendingChanges).where(and(eq(pendingChanges.entityKind, kind), eq(pendingChanges.entityId, id)));
    head.pending = null;
    await recordRevision(tx, { kind, head, actor, action: "discard", summary: "Discarded the pending changes" });
    await note(tx, kind, id, head.version, "discard", actor);
    return [moved(kind, head)];
  });
  return { records };
}

export interface NewReviewComment {
  kind: EditableKind;
  id: string;
  body: string;
  actor: EditorActor;
}

/** A comment on a record's review, at its head version (no version check: a comment changes no content). */
export async function addReviewComment(db: Db, { kind, id, body, actor }: NewReviewComment) {
  const head = await loadHead(db, kind, id);
  if (!head) throw new RecordNotFoundError(kind, id);
  await note(db, kind, id, head.version, "comment", actor, body);
  return { id, version: head.version };
}

async function commentsOf(db: Db, kind: EditableKind, id: string) {
  const rows = await db
    .select({
      id: reviewComments.id,
      version: reviewComments.version,
      author: reviewComments.author,
      authorEmail: users.email,
      action: reviewComments.action,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.author))
    .where(and(eq(reviewComments.entityKind, kind), eq(reviewComments.entityId, id)))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id))
    .limit(500);
  return rows.map((r) => ({ ...r, authorEmail: r.authorEmail ?? null, action: r.action as "comment", createdAt: new Date(r.createdAt).toISOString() }));
}

/** Fields a new record brings (its first publication shows them all), or what pending changes change against the live record. */
async function changesOf(db: Db, kind: EditableKind, head: Head) {
  const snap = await headSnapshot(db, kind, head);
  // In the order the editor's form lists the fields, then an event's parts.
  const order = [...Object.keys(FIELDS_BY_KIND[kind].shape), ...EVENT_PARTS];
  const byForm = (changes: ReturnType<typeof diffSnapshots>) =>
    changes.filter((c) => order.includes(c.field)).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (head.pending) return byForm(diffSnapshots(await snapshotOf(db, kind, head.row), snap));
  // A new record: everything it brings, against nothing (empty parts, so its figures and participants show too).
  const empty = kind === "event" ? { figures: [], participants: [], relations: [], places: [] } : {};
  const filled = Object.fromEntries(Object.entries(snap).filter(([, v]) => v !== null && !(Array.isArray(v) && !v.length)));
  return byForm(diffSnapshots(empty, { ...empty, ...filled }));
}

async function withPermission(db: Db, deps: UnpublishedDependency[], actor: EditorActor, locale: "ar" | "en", required: boolean): Promise<Dependency[]> {
  return Promise.all(
    deps.map(async (d) => {
      const head = (await loadHead(db, d.kind, d.id))!;
      const refusal =
        d.status === "in_review"
          ? await statusRefusal(db, d.kind, head, "published", actor).then((r) => (r && r.code === "FORBIDDEN" ? r : null))
          : new WorkflowError("PRECONDITION_FAILED", { ar: "مسودة لم تُرسل للمراجعة بعد.", en: "a draft not yet sent to review." });
      return {
        kind: d.kind,
        id: d.id,
        label: d.label,
        status: d.status,
        version: d.version,
        via: d.via,
        required,
        mayPublish: !refusal,
        reason: refusal ? refusal.reason[locale] : null,
      };
    }),
  );
}

/** The review view of one record: what would be published, against what readers see now; its dependencies, comments and the moves open to the caller. */
export async function reviewItem(db: Db, kind: EditableKind, id: string, actor: EditorActor, locale: "ar" | "en") {
  const head = await loadHead(db, kind, id);
  if (!head) throw new RecordNotFoundError(kind, id);
  const status = head.row.status as EditorialStatus;
  const pending = head.pending;
  const inReview = pending ? pending.state === "in_review" : status === "in_review";
  const reviewer = REVIEWERS.has(actor.role);
  const required = await unpublishedDependencies(db, kind, head);
  const companions = (await unpublishedCompanions(db, kind, id)).filter((c) => !required.some((r) => r.kind === c.kind && r.id === c.id));
  const deps = [...(await withPermission(db, required, actor, locale, true)), ...(await withPermission(db, companions, actor, locale, false))];
  let acceptRefusal: string | null = null;
  if (!reviewer) acceptRefusal = NOT_A_REVIEWER[locale];
  else if (!inReview) acceptRefusal = locale === "ar" ? "ليس قيد المراجعة." : "Not in review.";
  else if ((await authorsSincePublished(db, kind, id)).has(actor.id)) acceptRefusal = OWN_EDIT_REFUSAL[locale];
  else if (deps.some((d) => d.required && !d.mayPublish))
    acceptRefusal = locale === "ar" ? "في صفحته سجلات لا يمكنك نشرها الآن (انظر القائمة)." : "Its page shows records you cannot publish now (see the list).";
  return {
    kind,
    id,
    label: rowLabel(kind, head.row, id),
    status,
    version: head.version,
    change: pending ? ("edit" as const) : status === "in_review" || status === "draft" ? ("new" as const) : ("none" as const),
    pending: pending
      ? {
          state: pending.state as "draft",
          baseVersion: pending.baseVersion,
          liveVersion: Number(head.row.version),
          fields: [...Object.keys(pending.fields), ...Object.keys(pending.parts ?? {})],
          updatedAt: new Date(pending.updatedAt).toISOString(),
        }
      : null,
    changes: await changesOf(db, kind, head),
    dependencies: deps,
    comments: await commentsOf(db, kind, id),
    can: {
      submit: pending ? pending.state === "draft" : status === "draft",
      accept: acceptRefusal === null,
      return: reviewer && inReview,
      discard: !!pending,
    },
    acceptRefusal,
  };
}

/** How many comments each record has (for a page of the queue). */
export async function commentCounts(db: Db, items: { kind: string; id: string }[]) {
  if (!items.length) return new Map<string, number>();
  const rows = await db
    .select({ kind: reviewComments.entityKind, id: reviewComments.entityId, n: count() })
    .from(reviewComments)
    .where(
      sql`(${reviewComments.entityKind}, ${reviewComments.entityId}) in (${sql.join(
        items.map((i) => sql`(${i.kind}, ${i.id})`),
        sql`, `,
      )})`,
    )
    .groupBy(reviewComments.entityKind, reviewComments.entityId);
  return new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.n]));
}
