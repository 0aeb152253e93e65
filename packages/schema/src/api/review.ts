import { z } from "zod";
import { EditorialStatus, Id, type EditorialStatus as Status } from "../domain/common";
import { EditableKind, FieldChange, PendingState, type Role as RoleName } from "./edits";

/**
 * The workflow, once: who may move a record from one status to another. The server enforces it, the
 * admin shows only the moves the signed-in role may make, and the tests read it. Anything not listed
 * is not a move.
 */
export const WORKFLOW_MOVES: readonly { from: Status; to: Status; roles: readonly RoleName[] }[] = [
  { from: "draft", to: "in_review", roles: ["editor", "reviewer", "admin"] },
  { from: "in_review", to: "draft", roles: ["editor", "reviewer", "admin"] },
  { from: "in_review", to: "published", roles: ["reviewer", "admin"] },
  { from: "published", to: "retracted", roles: ["reviewer", "admin"] },
  { from: "retracted", to: "draft", roles: ["reviewer", "admin"] },
];

/** The moves this role may make from this status. */
export function movesFor(role: RoleName, from: Status): Status[] {
  return WORKFLOW_MOVES.filter((m) => m.from === from && m.roles.includes(role)).map((m) => m.to);
}

/** Content is edited in place while a record is a draft or in review; a published record's edits wait beside it for review. */
export const EDITABLE_STATUSES: readonly Status[] = ["draft", "in_review"];

export const REVIEW_ACTIONS = ["comment", "submit", "return", "accept", "discard"] as const;
export const ReviewAction = z.enum(REVIEW_ACTIONS);

export const SUGGESTION_DECISIONS = ["accepted", "rejected"] as const;

/** What an editor reads about a published record's pending changes. */
export const PendingInfo = z.object({
  state: PendingState,
  /** The live version the pending edits started from, and the live version now. */
  baseVersion: z.number().int(),
  liveVersion: z.number().int(),
  /** Fields (and event parts) that differ from the live record. */
  fields: z.array(z.string()),
  updatedAt: z.string(),
});

const comment = z.string().trim().min(1).max(4000);
const version = z.number().int().min(1);
const RecordAt = z.object({ kind: EditableKind, id: Id, baseVersion: version });

export const ReviewQueueInput = z.object({
  kind: EditableKind.optional(),
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(500).optional(),
});
export const ReviewQueueItem = z.object({
  kind: EditableKind,
  id: Id,
  label: z.string(),
  /** A new record (its first publication) or changes to a published one. */
  change: z.enum(["new", "edit"]),
  version: z.number().int(),
  submittedAt: z.string(),
  lastEditor: z.string().nullable(),
  comments: z.number().int(),
});
export const ReviewQueuePage = z.object({ items: z.array(ReviewQueueItem), nextCursor: z.string().nullable(), total: z.number().int() });

/** A record the reviewed one shows on its public page (its document, place, actors...) that is not published yet. */
export const Dependency = z.object({
  kind: EditableKind,
  id: Id,
  label: z.string(),
  status: EditorialStatus,
  version: z.number().int(),
  /** Why the record needs it: the field or part that points at it ("placeId", "participants", "citations"...). */
  via: z.string(),
  /** Needed for the page (a document it quotes, its place), or only offered with it (an event's claims). */
  required: z.boolean(),
  /** Whether this reviewer may publish it with the record now; if not, why. */
  mayPublish: z.boolean(),
  reason: z.string().nullable(),
});
export type Dependency = z.infer<typeof Dependency>;

export const ReviewComment = z.object({
  id: z.number().int(),
  version: z.number().int(),
  author: z.string(),
  authorEmail: z.string().nullable(),
  action: ReviewAction,
  body: z.string().nullable(),
  createdAt: z.string(),
});

export const ReviewItem = z.object({
  kind: EditableKind,
  id: Id,
  label: z.string(),
  status: EditorialStatus,
  version: z.number().int(),
  change: z.enum(["new", "edit", "none"]),
  pending: PendingInfo.nullable(),
  /** From the live record to what would be published ("what changed since published"); for a new record, every filled field. */
  changes: z.array(FieldChange),
  dependencies: z.array(Dependency),
  comments: z.array(ReviewComment),
  /** What the caller may do here now. */
  can: z.object({ submit: z.boolean(), accept: z.boolean(), return: z.boolean(), discard: z.boolean() }),
  /** Why accepting is refused for this caller, when it is. */
  acceptRefusal: z.string().nullable(),
});

export const ReviewSubmitInput = RecordAt.extend({ withDependencies: z.boolean().default(true), comment: comment.optional() });
export const ReviewAcceptInput = RecordAt.extend({ alsoPublish: z.array(RecordAt).max(50).default([]), comment: comment.optional() });
export const ReviewReturnInput = RecordAt.extend({ comment });
export const ReviewDiscardInput = RecordAt;
export const ReviewCommentInput = z.object({ kind: EditableKind, id: Id, body: comment });
export const ReviewDone = z.object({
  /** Every record the call moved, with its new version. */
  records: z.array(z.object({ kind: EditableKind, id: Id, version: z.number().int(), status: EditorialStatus })),
});
