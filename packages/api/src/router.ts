import { HealthOutput } from "@waqai/schema";
import { publicProcedure, registerProcedureInputs, router } from "./trpc";
import { eventsRouter } from "./routers/events";
import { citationsRouter, documentsRouter, outletsRouter } from "./routers/sources";
import { actorsRouter, placesRouter } from "./routers/actors";
import { claimsRouter, disputesRouter, issuesRouter, positionsRouter } from "./routers/disputes";
import { conflictsRouter } from "./routers/conflicts";
import { recordsRouter } from "./routers/records";
import { searchRouter } from "./routers/search";
import { syncRouter } from "./routers/sync";
import { editRouter } from "./routers/edit";
import { mergeRouter, revisionsRouter, workflowRouter } from "./routers/revisions";
import { annotateRouter } from "./routers/annotate";
import { reviewRouter } from "./routers/review";
import { lookupRouter } from "./routers/lookup";
import { accountRouter, auditRouter, usersRouter } from "./routers/people";
import { tokensRouter } from "./routers/tokens";
import { releasesRouter } from "./routers/releases";
import { referenceRouter, statusProcedure } from "./routers/reference";

export const API_VERSION = "0.1.0";

export const appRouter = router({
  health: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/health",
        tags: ["Service"],
        summary: "Whether the API is up, which database it uses, its version",
        description:
          'Answers 200 `{ status: "ok" }` while the API serves; during a graceful shutdown the server\'s own `/health` (outside `/api/v1`) answers 503 so a proxy takes the instance out.',
        protect: false,
        errorResponses: {},
      },
    })
    .output(HealthOutput)
    .query(({ ctx }) => ({ status: "ok" as const, database: ctx.dbKind, version: API_VERSION })),
  outlets: outletsRouter,
  documents: documentsRouter,
  citations: citationsRouter,
  actors: actorsRouter,
  places: placesRouter,
  events: eventsRouter,
  claims: claimsRouter,
  disputes: disputesRouter,
  issues: issuesRouter,
  positions: positionsRouter,
  conflicts: conflictsRouter,
  releases: releasesRouter,
  reference: referenceRouter,
  status: statusProcedure,
  records: recordsRouter,
  search: searchRouter,
  sync: syncRouter,
  account: accountRouter,
  edit: editRouter,
  revisions: revisionsRouter,
  workflow: workflowRouter,
  merge: mergeRouter,
  review: reviewRouter,
  lookup: lookupRouter,
  annotate: annotateRouter,
  users: usersRouter,
  audit: auditRouter,
  tokens: tokensRouter,
});

// Every procedure's input schema, for refusing unknown keys before a procedure runs (trpc.ts).
registerProcedureInputs(appRouter._def.procedures as never);

export type AppRouter = typeof appRouter;
