import { z } from "zod";
import { Id } from "../domain/common";
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX, UpdatedSince, pageOf } from "./common";

/** The kinds of record a removal can name: every public list's kind except outlets; a citation when an editor deletes it. */
export const REMOVABLE_KINDS = ["document", "event", "claim", "actor", "place", "dispute", "issue", "position", "citation"] as const;

/** Records that left the public record since an instant: the other half of `updatedSince`. */
export const RemovalsInput = z.object({
  since: UpdatedSince,
  limit: z.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
  cursor: z.string().min(1).max(500).optional(),
});

export const Removal = z.object({
  kind: z.enum(REMOVABLE_KINDS),
  id: Id,
  /** retracted: withdrawn by a reviewer; merged: folded into `replacedBy` (a duplicate actor or place); deleted: a citation an editor removed. */
  reason: z.enum(["retracted", "merged", "deleted"]),
  replacedBy: Id.optional(),
  /** When it left; apply removals and updates in time order (a record may be published again later). */
  at: z.iso.datetime(),
});
export const RemovalPage = pageOf(Removal);
