import { z } from "zod";
import { BulkPreviewItem, BulkStatusInput, DiffInput, FieldChange, MergeInput, RecordRef, RestoreInput, RevisionSummary } from "@waqai/schema";
import { currentRow, diffRevisions, historyOf, mergeRecords, restoreRevision, setStatus, statusRefusal, VersionConflictError, WorkflowError } from "@waqai/db";
import { editorProcedure, reviewerProcedure, router } from "../trpc";
import { actorOf } from "./actor";

export const revisionsRouter = router({
  history: editorProcedure.input(RecordRef).output(z.array(RevisionSummary)).query(({ ctx, input }) => historyOf(ctx.db, input.kind, input.id)),
  diff: editorProcedure.input(DiffInput).output(z.array(FieldChange)).query(({ ctx, input }) => diffRevisions(ctx.db, input.kind, input.id, input.from, input.to)),
  restore: editorProcedure
    .input(RestoreInput)
    .output(z.object({ id: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) => restoreRevision(ctx.db, input.kind, input.id, input.version, input.baseVersion, actorOf(ctx))),
});

const BulkResult = BulkPreviewItem.extend({ done: z.boolean(), version: z.number().int().nullable() });

export const workflowRouter = router({
  /** What a bulk status change would do to each record, and why any would be refused; writes nothing. */
  bulkPreview: editorProcedure
    .input(BulkStatusInput)
    .output(z.array(BulkPreviewItem))
    .query(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      return Promise.all(
        input.items.map(async ({ id, baseVersion }) => {
          const row = await currentRow(ctx.db, input.kind, id);
          if (!row) return { id, from: null, to: input.to, allowed: false, reason: ctx.locale === "ar" ? "غير موجود" : "not found" };
          if (Number(row.version) !== baseVersion) return { id, from: row.status as never, to: input.to, allowed: false, reason: ctx.locale === "ar" ? "تغيّر منذ تحميل القائمة" : "changed since the list was loaded" };
          const refusal = await statusRefusal(ctx.db, input.kind, row, input.to, actor);
          return { id, from: row.status as never, to: input.to, allowed: !refusal, reason: refusal ? refusal.reason[ctx.locale] : null };
        }),
      );
    }),
  /** Applies the move to each record on its own (each compare-and-set); reports every outcome. */
  bulkSetStatus: editorProcedure
    .input(BulkStatusInput)
    .output(z.array(BulkResult))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const out: z.infer<typeof BulkResult>[] = [];
      for (const { id, baseVersion } of input.items) {
        try {
          const r = await setStatus(ctx.db, input.kind, id, baseVersion, input.to, actor);
          out.push({ id, from: null, to: input.to, allowed: true, reason: null, done: true, version: r.version });
        } catch (err) {
          if (!(err instanceof WorkflowError || err instanceof VersionConflictError)) throw err;
          const reason = err instanceof WorkflowError ? err.reason[ctx.locale] : err.message;
          out.push({ id, from: null, to: input.to, allowed: false, reason, done: false, version: null });
        }
      }
      return out;
    }),
});

export const mergeRouter = router({
  /** Folds a duplicate actor or place into another, keeping every reference (reviewers and admins). */
  records: reviewerProcedure
    .input(MergeInput)
    .output(z.object({ keepId: z.string(), duplicateId: z.string(), repointed: z.number().int() }))
    .mutation(({ ctx, input }) => mergeRecords(ctx.db, input.kind, input.duplicateId, input.keepId, actorOf(ctx))),
});
