import { z } from "zod";
import {
  BulkPreviewItem,
  BulkStatusInput,
  ContentWritten,
  DiffInput,
  FieldChange,
  MergeInput,
  RecordRef,
  RestoreInput,
  RevisionSummary,
  UndoInput,
} from "@waqai/schema";
import {
  diffRevisions,
  historyOf,
  loadHead,
  mergeRecords,
  restoreRevision,
  setStatus,
  statusRefusal,
  undoRevision,
  UnpublishedDependenciesError,
  VersionConflictError,
  WorkflowError,
} from "@waqai/db/editorial";
import { editorProcedure, reviewerProcedure, router } from "../trpc";
import { actorOf, asCaller } from "./actor";

export const revisionsRouter = router({
  history: editorProcedure
    .input(RecordRef)
    .output(z.array(RevisionSummary))
    .query(({ ctx, input }) => historyOf(ctx.db, input.kind, input.id)),
  diff: editorProcedure
    .input(DiffInput)
    .output(z.array(FieldChange))
    .query(({ ctx, input }) => diffRevisions(ctx.db, input.kind, input.id, input.from, input.to)),
  /** Writes an old version's content as a new version (pending review on a published record). */
  restore: editorProcedure.input(RestoreInput).output(ContentWritten).mutation(asCaller(restoreRevision)),
  /** Reverts one version's edit: the fields it changed go back, unless someone changed them again since (CONFLICT). */
  undo: editorProcedure.input(UndoInput).output(ContentWritten).mutation(asCaller(undoRevision)),
});

const BulkResult = BulkPreviewItem.extend({ done: z.boolean(), version: z.number().int().nullable() });

export const workflowRouter = router({
  /** What a bulk status change would do to each record, and why any would be refused; writes nothing. */
  bulkPreview: editorProcedure
    .input(BulkStatusInput)
    .output(z.array(BulkPreviewItem))
    .query(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const batch = new Set(input.items.map((i) => i.id));
      return Promise.all(
        input.items.map(async ({ id, baseVersion }) => {
          const head = await loadHead(ctx.db, input.kind, id);
          if (!head) return { id, from: null, to: input.to, allowed: false, reason: ctx.locale === "ar" ? "غير موجود" : "not found" };
          const from = head.row.status as never;
          if (head.version !== baseVersion)
            return { id, from, to: input.to, allowed: false, reason: ctx.locale === "ar" ? "تغيّر منذ تحميل القائمة" : "changed since the list was loaded" };
          const refusal = await statusRefusal(ctx.db, input.kind, head, input.to, actor);
          // A dependency moved in the same batch (a document with its events) is published first by bulkSetStatus.
          const onlyBatch = refusal instanceof UnpublishedDependenciesError && refusal.dependencies.every((d) => d.kind === input.kind && batch.has(d.id));
          return { id, from, to: input.to, allowed: !refusal || onlyBatch, reason: refusal && !onlyBatch ? refusal.reason[ctx.locale] : null };
        }),
      );
    }),
  /**
   * Applies the move to each record on its own (each compare-and-set) and reports every outcome. When
   * publishing, a record refused because another of the batch must be published first is tried again
   * after it (a document before the events that quote it).
   */
  bulkSetStatus: editorProcedure
    .input(BulkStatusInput)
    .output(z.array(BulkResult))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const results = new Map<string, z.infer<typeof BulkResult>>();
      let waiting = [...input.items];
      for (let pass = 0; waiting.length && pass < input.items.length; pass++) {
        const retry: typeof waiting = [];
        for (const { id, baseVersion } of waiting) {
          try {
            const r = await setStatus(ctx.db, { kind: input.kind, id, baseVersion, to: input.to, actor });
            results.set(id, { id, from: null, to: input.to, allowed: true, reason: null, done: true, version: r.version });
          } catch (err) {
            if (!(err instanceof WorkflowError || err instanceof VersionConflictError)) throw err;
            if (err instanceof UnpublishedDependenciesError) retry.push({ id, baseVersion });
            const reason = err instanceof WorkflowError ? err.reason[ctx.locale] : err.message;
            results.set(id, { id, from: null, to: input.to, allowed: false, reason, done: false, version: null });
          }
        }
        // Another pass only helps while the last one published something.
        if (retry.length === waiting.length) break;
        waiting = retry;
      }
      return input.items.map((i) => results.get(i.id)!);
    }),
});

export const mergeRouter = router({
  /** Folds a duplicate actor or place into another, keeping every reference (reviewers and admins). */
  records: reviewerProcedure
    .input(MergeInput)
    .output(z.object({ keepId: z.string(), duplicateId: z.string(), repointed: z.number().int() }))
    .mutation(({ ctx, input }) => mergeRecords(ctx.db, { kind: input.kind, duplicateId: input.duplicateId, keepId: input.keepId, actor: actorOf(ctx) })),
});
