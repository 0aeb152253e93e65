import { ByIdInput, EventCountsInput, EventDayCounts, EventDetail, EventListInput, EventPage } from "@waqai/schema";
import { countEventsByDay, getEvent, listEvents } from "@waqai/db/queries";
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
  /** Events per day with the timeline's filters, for a chart: one query instead of paging through every event. */
  perDay: publicProcedure
    .meta(rest.list("event-days", "Events", "Count published events per day (the timeline's filters, no paging)"))
    .input(EventCountsInput)
    .output(EventDayCounts)
    .query(({ ctx, input }) => countEventsByDay(ctx.db, input, ctx.scope)),
  /** One event with its place, actors, figures, claims, dispute links and every citation. */
  byId: publicProcedure
    .meta(rest.byId("events", "Events", "One event with its place, actors, figures, claims, dispute links and citations"))
    .input(ByIdInput)
    .output(EventDetail)
    .query(async ({ ctx, input }) => found("event", input.id, await getEvent(ctx.db, input.id, ctx.scope))),
});
