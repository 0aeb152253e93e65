import { ByIdInput, ConflictDetail, ConflictListInput, ConflictPage } from "@waqai/schema";
import { getConflict, listConflicts } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

/** Armed conflicts (UCDP sense): their parties, dyads and citations; their events are events.list by conflictId or dyadId. */
export const conflictsRouter = router({
  list: publicProcedure
    .meta(rest.list("conflicts", "Conflicts", "List armed conflicts"))
    .input(ConflictListInput)
    .output(ConflictPage)
    .query(({ ctx, input }) => listConflicts(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("conflicts", "Conflicts", "One armed conflict with its parties, dyads and citations"))
    .input(ByIdInput)
    .output(ConflictDetail)
    .query(async ({ ctx, input }) => found("conflict", input.id, await getConflict(ctx.db, input.id, ctx.scope))),
});
