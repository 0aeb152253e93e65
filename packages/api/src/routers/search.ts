import { SearchInput, SearchOutput } from "@waqai/schema";
import { searchRecords } from "@waqai/db/search";
import { publicProcedure, router } from "../trpc";

export const searchRouter = router({
  /** Ranked search over events, disputes and their issues, actors, places and document text. */
  query: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/search",
        tags: ["Search"],
        summary: "Ranked search over events, disputes, issues, actors, places and document text",
        description: "`kinds` may repeat (`?q=حلب&kinds=event&kinds=place`). Pages with `cursor` like every list.",
        protect: false,
        errorResponses: { 400: "Bad input: `fieldErrors` names each offending field" },
      },
    })
    .input(SearchInput)
    .output(SearchOutput)
    .query(({ ctx, input }) => searchRecords(ctx.db, input, ctx.scope)),
});
