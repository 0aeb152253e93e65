import {
  ByIdInput,
  Citation,
  CitationListInput,
  CitationPage,
  Document,
  DocumentListInput,
  DocumentPage,
  Outlet,
  OutletListInput,
  OutletPage,
} from "@waqai/schema";
import { getCitation, getDocument, getOutlet, listCitations, listDocuments, listOutlets } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

export const outletsRouter = router({
  list: publicProcedure
    .meta(rest.list("outlets", "Sources", "List news outlets"))
    .input(OutletListInput)
    .output(OutletPage)
    .query(({ ctx, input }) => listOutlets(ctx.db, input)),
  byId: publicProcedure
    .meta(rest.byId("outlets", "Sources", "One outlet"))
    .input(ByIdInput)
    .output(Outlet)
    .query(async ({ ctx, input }) => found("outlet", input.id, await getOutlet(ctx.db, input.id))),
});

export const documentsRouter = router({
  /** Documents without their text; byId returns the canonical text that citations point into. */
  list: publicProcedure
    .meta(rest.list("documents", "Sources", "List documents (without their text)"))
    .input(DocumentListInput)
    .output(DocumentPage)
    .query(({ ctx, input }) => listDocuments(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("documents", "Sources", "One document with its canonical text"))
    .input(ByIdInput)
    .output(Document)
    .query(async ({ ctx, input }) => found("document", input.id, await getDocument(ctx.db, input.id, ctx.scope))),
});

export const citationsRouter = router({
  list: publicProcedure
    .meta(rest.list("citations", "Sources", "List citations (spans of document text)"))
    .input(CitationListInput)
    .output(CitationPage)
    .query(({ ctx, input }) => listCitations(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("citations", "Sources", "One citation"))
    .input(ByIdInput)
    .output(Citation)
    .query(async ({ ctx, input }) => found("citation", input.id, await getCitation(ctx.db, input.id, ctx.scope))),
});
