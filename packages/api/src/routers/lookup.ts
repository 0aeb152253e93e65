import { z } from "zod";
import { LabelsInput, LookupInput, LookupItem } from "@waqai/schema";
import { labelsFor, lookupRecords } from "@waqai/db/editorial";
import { editorProcedure, router } from "../trpc";

/** What the editors' pickers read: records by name (never typed ids), and the labels of records a form points at. */
export const lookupRouter = router({
  records: editorProcedure
    .input(LookupInput)
    .output(z.array(LookupItem))
    .query(({ ctx, input }) => lookupRecords(ctx.db, input.kind, input.q, input.limit)),
  labels: editorProcedure
    .input(LabelsInput)
    .output(z.array(LookupItem))
    .query(({ ctx, input }) => labelsFor(ctx.db, input.refs)),
});
