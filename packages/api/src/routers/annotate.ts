import { ByIdInput, CitedSpan, CiteSpanInput, EditorDocument, ImportDocumentInput, ImportResult, SuggestionsOutput } from "@waqai/schema";
import { extractEvents } from "@waqai/arabic";
import { citeSpan, documentForExtraction, editorDocument, importArticle } from "@waqai/db";
import { editorProcedure, router } from "../trpc";
import { actorOf } from "./actor";

export const annotateRouter = router({
  /** Paste or upload (UTF-8 or Windows-1256) -> NFC canonical text, sha256, a draft document; idempotent on the text. */
  importDocument: editorProcedure
    .input(ImportDocumentInput)
    .output(ImportResult)
    .mutation(({ ctx, input }) => importArticle(ctx.db, input, actorOf(ctx))),
  /** The text to annotate, whatever its status, with the spans already cited. */
  document: editorProcedure.input(ByIdInput).output(EditorDocument).query(({ ctx, input }) => editorDocument(ctx.db, input.id)),
  /** A selection becomes a citation: snapped on the server, quote and hash taken from the stored text. */
  citeSpan: editorProcedure
    .input(CiteSpanInput)
    .output(CitedSpan)
    .mutation(({ ctx, input }) => citeSpan(ctx.db, input, actorOf(ctx))),
  /** The extraction assistant's candidate events (packages/arabic), each with the span it came from, for the editor to accept or reject. */
  suggestions: editorProcedure
    .input(ByIdInput)
    .output(SuggestionsOutput)
    .query(async ({ ctx, input }) => {
      const doc = await documentForExtraction(ctx.db, input.id);
      const candidates = extractEvents(doc.text, { publication: { date: doc.date ?? undefined, precision: doc.precision } });
      return {
        available: true,
        items: candidates.map((c) => ({ kind: c.type, start: c.trigger.start, end: c.trigger.end, text: c.trigger.words, label: `${c.type} (${Math.round(c.confidence * 100)}%)` })),
      };
    }),
});
