import { RemovalPage, RemovalsInput } from "@waqai/schema";
import { listRemovals } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";

export const syncRouter = router({
  /** Records that left the public record since an instant (retracted, or merged into another): pair with `updatedSince` on the lists. */
  removals: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/removals",
        tags: ["Sync"],
        summary: "Records retracted or merged away since an instant",
        description:
          "The other half of `updatedSince`: drop these ids from your copy (a merged record names the one that absorbed it in `replacedBy`). Ordered by when they happened; pages with `cursor`.",
        protect: false,
        errorResponses: { 400: "Bad input: `fieldErrors` names each offending field" },
      },
    })
    .input(RemovalsInput)
    .output(RemovalPage)
    .query(({ ctx, input }) => listRemovals(ctx.db, input)),
});
