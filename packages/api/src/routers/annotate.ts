import { z } from "zod";
import {
  AdoptLexiconInput,
  AdoptResult,
  ByIdInput,
  CitationRef,
  CitedSpan,
  CiteSpanInput,
  EditorDocument,
  ImportDocumentInput,
  ImportResult,
  RecordCitationsInput,
  RecordCitationsPage,
  RichSuggestions,
  SpanInput,
  SpanReading,
  SuggestionAccepted,
  SuggestionRef,
} from "@waqai/schema";
import {
  acceptSuggestion,
  adoptLexicon,
  citationsOf,
  citeSpan,
  editorDocument,
  importArticle,
  readSpan,
  rejectSuggestion,
  removeCitation,
  restoreCitation,
  richSuggestions,
} from "@waqai/db/editorial";
import { editorProcedure, router } from "../trpc";
import { actorOf } from "./actor";

export const annotateRouter = router({
  /** Paste or upload (UTF-8 or Windows-1256) -> NFC canonical text, sha256, a draft document; idempotent on the text. */
  importDocument: editorProcedure
    .input(ImportDocumentInput)
    .output(ImportResult)
    .mutation(({ ctx, input }) => importArticle(ctx.db, { ...input, actor: actorOf(ctx) })),
  /** The text to annotate, whatever its status, with the spans already cited. */
  document: editorProcedure
    .input(ByIdInput)
    .output(EditorDocument)
    .query(({ ctx, input }) => editorDocument(ctx.db, input.id)),
  /** A selection becomes a citation: snapped on the server, quote and hash taken from the stored text. */
  citeSpan: editorProcedure
    .input(CiteSpanInput)
    .output(CitedSpan)
    .mutation(({ ctx, input }) => citeSpan(ctx.db, { ...input, actor: actorOf(ctx) })),
  /** Deletes a wrong citation (kept in the revisions; `restoreCitation` undoes it). */
  removeCitation: editorProcedure
    .input(CitationRef)
    .output(z.object({ id: z.string(), removed: z.boolean() }))
    .mutation(({ ctx, input }) => removeCitation(ctx.db, { id: input.id, actor: actorOf(ctx) })),
  restoreCitation: editorProcedure
    .input(CitationRef)
    .output(z.object({ id: z.string(), removed: z.boolean() }))
    .mutation(({ ctx, input }) => restoreCitation(ctx.db, { id: input.id, actor: actorOf(ctx) })),
  /** The citations that support one record (an event's include its figures'), page by page. */
  citationsOf: editorProcedure
    .input(RecordCitationsInput)
    .output(RecordCitationsPage)
    .query(({ ctx, input }) => citationsOf(ctx.db, input.kind, input.id, input.limit, input.cursor)),
  /** What the text engine reads in a selection (date, figures, places, actors, event type): the workspace's prefill. */
  readSpan: editorProcedure
    .input(SpanInput)
    .output(SpanReading)
    .query(({ ctx, input }) => readSpan(ctx.db, input)),
  /** The extraction assistant's candidate events (packages/arabic) not yet accepted or rejected, every piece with its span. */
  suggestions: editorProcedure
    .input(ByIdInput)
    .output(RichSuggestions)
    .query(({ ctx, input }) => richSuggestions(ctx.db, input.id)),
  /** Makes the suggested event with its place, actors, figures and date, each cited at its words; the suggestion does not come back. */
  acceptSuggestion: editorProcedure
    .input(SuggestionRef)
    .output(SuggestionAccepted)
    .mutation(({ ctx, input }) => acceptSuggestion(ctx.db, { documentId: input.documentId, key: input.key, actor: actorOf(ctx) })),
  /** Remembers the rejection, so the suggestion does not come back on reload. */
  rejectSuggestion: editorProcedure
    .input(SuggestionRef)
    .output(z.object({ documentId: z.string(), key: z.string() }))
    .mutation(({ ctx, input }) => rejectSuggestion(ctx.db, { documentId: input.documentId, key: input.key, actorId: actorOf(ctx).id })),
  /** A gazetteer place or lexicon actor as a draft record under the entry's id (or the existing record). */
  adoptLexicon: editorProcedure
    .input(AdoptLexiconInput)
    .output(AdoptResult)
    .mutation(({ ctx, input }) => adoptLexicon(ctx.db, { kind: input.kind, lexiconId: input.lexiconId, actor: actorOf(ctx) })),
});
