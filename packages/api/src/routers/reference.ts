import { ArchiveStatus, ReferenceList } from "@waqai/schema";
import { actorKindReference, archiveStatus, countryReference, eventTypeReference } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";

/** The values of the events' filters, each with its labels (ar/en) and how many published events have it. */
export const referenceRouter = router({
  eventTypes: publicProcedure
    .meta(
      rest.list(
        "reference/event-types",
        "Reference",
        "Every event type (the `type`/`types` filter) with its labels and published events (exact, from a rollup)",
      ),
    )
    .output(ReferenceList)
    .query(({ ctx }) => eventTypeReference(ctx.db)),
  countries: publicProcedure
    .meta(
      rest.list(
        "reference/countries",
        "Reference",
        "Countries of the events' sites (the `country` filter) with their names and published events (exact, from a rollup)",
      ),
    )
    .output(ReferenceList)
    .query(({ ctx }) => countryReference(ctx.db)),
  actorTypes: publicProcedure
    .meta(
      rest.list(
        "reference/actor-types",
        "Reference",
        "Actor kinds (the `actorKind` filter) with their labels and published events with such a participant (capped at 10,000)",
      ),
    )
    .output(ReferenceList)
    .query(({ ctx }) => actorKindReference(ctx.db)),
});

/** How current the archive is: the newest change to a published event, the count, the latest release. */
export const statusProcedure = publicProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/status",
      tags: ["Service"],
      summary: "How current the archive is: the newest change to a published event, the number of published events, the latest release",
      description:
        "A cheap poll for mirrors and dashboards: `eventsUpdatedAt` moves whenever a published event is added or changed; fetch `events.list` with `updatedSince` only when it has.",
      protect: false,
      errorResponses: {},
    },
  })
  .output(ArchiveStatus)
  .query(({ ctx }) => archiveStatus(ctx.db));
