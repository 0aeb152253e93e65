import {
  ByIdInput,
  EventCount,
  EventCountsInput,
  EventDayCounts,
  EventDetail,
  EventFacets,
  EventClusters,
  EventClustersInput,
  EventHistogram,
  EventHistogramInput,
  EventListInput,
  EventPage,
  LatestEvents,
  LatestEventsInput,
  RelatedEvents,
  RelatedEventsInput,
} from "@waqai/schema";
import {
  countEvents,
  countEventsByDay,
  eventClusters,
  eventFacets,
  eventHistogram,
  getEvent,
  latestEvents,
  listEvents,
  relatedEvents,
} from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

export const eventsRouter = router({
  /** The timeline: published events in time order, filtered, keyset-paginated. */
  list: publicProcedure
    .meta(
      rest.list(
        "events",
        "Events",
        "List published events in time order (keyset pages)",
        '`total` counts every event matching the filters (up to 10,000; `capped: true` past it). The next page\'s URL is in the `Link` header (`rel="next"`), as are the previous page\'s (`rel="prev"`) and the first page\'s.',
      ),
    )
    .input(EventListInput)
    .output(EventPage)
    .query(async ({ ctx, input }) => {
      // The total beside the page: a capped count of the same filters (the rollup when it can answer), in parallel.
      const [page, total] = await Promise.all([listEvents(ctx.db, input, ctx.scope), countEvents(ctx.db, input, ctx.scope)]);
      return { ...page, total };
    }),
  /** Events per day with the timeline's filters, for a chart: one query instead of paging through every event. */
  perDay: publicProcedure
    .meta(rest.list("event-days", "Events", "Count published events per day (the timeline's filters, no paging)"))
    .input(EventCountsInput)
    .output(EventDayCounts)
    .query(({ ctx, input }) => countEventsByDay(ctx.db, input, ctx.scope)),
  /** How many events match the filters, counted up to 10,000 ("more than" beyond): an index range, never the whole table. */
  count: publicProcedure
    .meta(rest.list("event-count", "Events", "Count published events matching the timeline's filters (capped at 10,000)"))
    .input(EventCountsInput)
    .output(EventCount)
    .query(({ ctx, input }) => countEvents(ctx.db, input, ctx.scope)),
  /** Per event type, how many events match the other filters (each count capped). */
  facets: publicProcedure
    .meta(rest.list("event-facets", "Events", "Per event type, how many published events match the other filters (capped counts)"))
    .input(EventCountsInput)
    .output(EventFacets)
    .query(({ ctx, input }) => eventFacets(ctx.db, input, ctx.scope)),
  /** The timeline's chart: events per day, week, month or year over the range, from one aggregate query. */
  histogram: publicProcedure
    .meta(rest.list("event-histogram", "Events", "Published events per day, week, month or year over the filtered range"))
    .input(EventHistogramInput)
    .output(EventHistogram)
    .query(({ ctx, input }) => eventHistogram(ctx.db, input, ctx.scope)),
  /** The map: published events gathered into grid cells over a view (bbox and zoom), with the timeline's filters, counted in SQL. */
  clusters: publicProcedure
    .meta(
      rest.list(
        "event-clusters",
        "Events",
        "Published events in grid cells over a map view (bbox, zoom) with the timeline's filters",
        "Each event is drawn at its site place. `bbox` is west, south, east, north (repeat the parameter: `bbox=35&bbox=32&bbox=43&bbox=38`).",
      ),
    )
    .input(EventClustersInput)
    .output(EventClusters)
    .query(({ ctx, input }) => eventClusters(ctx.db, input, ctx.scope)),
  /** Events this one points to and events pointing to it (part of, response to, follows…), both ways, bounded. */
  related: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/events/{id}/related",
        tags: ["Events"],
        summary: "Events related to one event, both ways (part of, response to, follows…)",
        description:
          "The relations this event names and those naming it, each with the other event's summary; only published events appear, and the list is bounded.",
        protect: false,
        errorResponses: { 400: "Bad input: `fieldErrors` names the field" },
      },
    })
    .input(RelatedEventsInput)
    .output(RelatedEvents)
    .query(({ ctx, input }) => relatedEvents(ctx.db, input, ctx.scope)),
  /** The newest published or changed events first (the Atom feeds): at most 100, for "what is new", not for sync. */
  latest: publicProcedure
    .meta(rest.list("event-latest", "Events", "The most recently published or changed events, newest first (at most 100; for a feed)"))
    .input(LatestEventsInput)
    .output(LatestEvents)
    .query(({ ctx, input }) => latestEvents(ctx.db, input.limit, ctx.scope)),
  /** One event with its place, actors, figures, claims, dispute links and every citation. */
  byId: publicProcedure
    .meta(rest.byId("events", "Events", "One event with its place, actors, figures, claims, dispute links and citations"))
    .input(ByIdInput)
    .output(EventDetail)
    .query(async ({ ctx, input }) => found("event", input.id, await getEvent(ctx.db, input.id, ctx.scope))),
});
