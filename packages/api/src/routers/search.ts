import { SearchInput, SearchOutput } from "@waqai/schema";
import { searchRecords } from "@waqai/db";
import { publicProcedure, router } from "../trpc";

export const searchRouter = router({
  /** Ranked search over events, disputes and their issues, actors, places and document text. */
  query: publicProcedure
    .input(SearchInput)
    .output(SearchOutput)
    .query(({ ctx, input }) => searchRecords(ctx.db, input, ctx.scope)),
});
