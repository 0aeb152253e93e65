import { z } from "zod";
import {
  RecordRef,
  ReviewAcceptInput,
  ReviewCommentInput,
  ReviewDiscardInput,
  ReviewDone,
  ReviewItem,
  ReviewQueueInput,
  ReviewQueuePage,
  ReviewReturnInput,
  ReviewSubmitInput,
} from "@waqai/schema";
import { acceptReview, addReviewComment, discardPending, returnReview, reviewItem, reviewQueue, submitForReview } from "@waqai/db/editorial";
import { editorProcedure, reviewerProcedure, router } from "../trpc";
import { actorOf, asCaller } from "./actor";

/**
 * One review queue over every kind: new records in review and the pending changes of published ones,
 * with "what changed since published", the records their pages would show that are not published
 * yet, comments, and the moves (submit, accept, return, discard).
 */
export const reviewRouter = router({
  queue: editorProcedure
    .input(ReviewQueueInput)
    .output(ReviewQueuePage)
    .query(({ ctx, input }) => reviewQueue(ctx.db, input)),
  item: editorProcedure
    .input(RecordRef)
    .output(ReviewItem)
    .query(({ ctx, input }) => reviewItem(ctx.db, input.kind, input.id, actorOf(ctx), ctx.locale)),
  /** A draft (or a published record's pending changes) to review; with its dependencies, the drafts its page shows go too. */
  submit: editorProcedure
    .input(ReviewSubmitInput)
    .output(ReviewDone)
    .mutation(({ ctx, input }) =>
      submitForReview(ctx.db, {
        kind: input.kind,
        id: input.id,
        baseVersion: input.baseVersion,
        actor: actorOf(ctx),
        withDependencies: input.withDependencies,
        comment: input.comment,
      }),
    ),
  /** Publishes what is in review, with the dependencies listed in `alsoPublish`, in one transaction. */
  accept: reviewerProcedure
    .input(ReviewAcceptInput)
    .output(ReviewDone)
    .mutation(({ ctx, input }) =>
      acceptReview(ctx.db, {
        kind: input.kind,
        id: input.id,
        baseVersion: input.baseVersion,
        actor: actorOf(ctx),
        alsoPublish: input.alsoPublish,
        comment: input.comment,
      }),
    ),
  /** Sends it back to its editor, with the reason. */
  return: reviewerProcedure.input(ReviewReturnInput).output(ReviewDone).mutation(asCaller(returnReview)),
  /** Drops a published record's pending changes (readers never saw them; the history keeps them). */
  discard: editorProcedure.input(ReviewDiscardInput).output(ReviewDone).mutation(asCaller(discardPending)),
  comment: editorProcedure
    .input(ReviewCommentInput)
    .output(z.object({ id: z.string(), version: z.number().int() }))
    .mutation(asCaller(addReviewComment)),
});
