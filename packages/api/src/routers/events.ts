import { ByIdInput, EventDetail, EventListInput, EventPage } from "@waqai/schema";
import { getEvent, listEvents } from "@waqai/db";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

export const eventsRouter = router({
  /** The timeline: published events in time order, filtered, keyset-paginated. */
  list: publicProcedure
    .meta(rest.list("events", "Events", "List published events in time order (keyset pages)"))
    .input(EventListInput)
    .output(EventPage)
    .query(({ ctx, input }) => listEvents(ctx.db, input, ctx.scope)),
  /** One event with its place, actors, figures, claims, dispute links and every citation. */
  byId: publicProcedure
    .meta(rest.byId("events", "Events", "One event with its place, actors, figures, claims, dispute links and citations"))
    .input(ByIdInput)
    .output(EventDetail)
    .query(async ({ ctx, input }) => found("event", input.id, await getEvent(ctx.db, input.id, ctx.scope))),
});
