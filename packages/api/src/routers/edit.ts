import { z } from "zod";
import { AddFigureInput, ByIdInput, EventParts, SetParticipantsInput, SetRelationsInput, EditableRecord, EditListInput, EditListItem, FIELDS_BY_KIND, SetStatusInput, updateInputOf, type EditableKind } from "@waqai/schema";
import { addFigure, createRecord, editableRecord, eventParts, setParticipants, setRelations, listRecords, reresolveDocumentDates, setStatus, updateRecord } from "@waqai/db";
import { editorProcedure, router } from "../trpc";
import { actorOf } from "./actor";

const Written = z.object({ id: z.string(), version: z.number().int() });
/** An update says which fields it changed: none when the patch held the values already stored (no new version). */
const Updated = Written.extend({ changed: z.array(z.string()) });

/** create / update (compare-and-set) / setStatus (workflow) / get / list for one editable kind. */
function editRouterFor<K extends EditableKind>(kind: K) {
  const fields = FIELDS_BY_KIND[kind];
  return {
    get: editorProcedure.input(ByIdInput).output(EditableRecord).query(({ ctx, input }) => editableRecord(ctx.db, kind, input.id)),
    list: editorProcedure
      .input(EditListInput.omit({ kind: true }))
      .output(z.object({ items: z.array(EditListItem), total: z.number().int() }))
      .query(({ ctx, input }) => listRecords(ctx.db, { ...input, kind })),
    update: editorProcedure
      .input(updateInputOf(fields))
      .output(Updated)
      .mutation(async ({ ctx, input }) => {
        const written = await updateRecord(ctx.db, kind, input.id, input.baseVersion, input.patch, actorOf(ctx), input.summary);
        // A new publication date moves every date resolved against it («أمس», «أول من أمس»...).
        if (kind === "document" && written.changed.some((f) => f === "publishedDate" || f === "publishedPrecision")) {
          await reresolveDocumentDates(ctx.db, input.id, actorOf(ctx));
        }
        return written;
      }),
    setStatus: editorProcedure
      .input(SetStatusInput)
      .output(Written)
      .mutation(({ ctx, input }) => setStatus(ctx.db, kind, input.id, input.baseVersion, input.to, actorOf(ctx), input.summary)),
  };
}

const create = <K extends Exclude<EditableKind, "document">>(kind: K) =>
  editorProcedure
    .input(FIELDS_BY_KIND[kind].extend({ summary: z.string().trim().max(500).optional() }))
    .output(Written)
    .mutation(({ ctx, input }) => {
      const { summary, ...fields } = input as Record<string, unknown> & { summary?: string };
      return createRecord(ctx.db, kind, fields, actorOf(ctx), summary);
    });

export const editRouter = router({
  // Documents are created by annotate.importDocument, with their text fixed at import.
  document: router(editRouterFor("document")),
  event: router({
    ...editRouterFor("event"),
    create: create("event"),
    addFigure: editorProcedure
      .input(AddFigureInput)
      .output(Written.extend({ figureId: z.string() }))
      .mutation(({ ctx, input }) => addFigure(ctx.db, input.eventId, input.baseVersion, input.figure, actorOf(ctx))),
    /** Participants and relations as the editor's form shows them, with the event's version to edit them under. */
    parts: editorProcedure.input(ByIdInput).output(EventParts).query(({ ctx, input }) => eventParts(ctx.db, input.id)),
    /** Replaces the participant list (compare-and-set on the event, one revision). */
    setParticipants: editorProcedure
      .input(SetParticipantsInput)
      .output(Written)
      .mutation(({ ctx, input }) => setParticipants(ctx.db, input.eventId, input.baseVersion, input.participants, actorOf(ctx))),
    /** Replaces the relations to other events (compare-and-set on the event, one revision). */
    setRelations: editorProcedure
      .input(SetRelationsInput)
      .output(Written)
      .mutation(({ ctx, input }) => setRelations(ctx.db, input.eventId, input.baseVersion, input.relations, actorOf(ctx))),
  }),
  claim: router({ ...editRouterFor("claim"), create: create("claim") }),
  actor: router({ ...editRouterFor("actor"), create: create("actor") }),
  place: router({ ...editRouterFor("place"), create: create("place") }),
  dispute: router({ ...editRouterFor("dispute"), create: create("dispute") }),
  issue: router({ ...editRouterFor("issue"), create: create("issue") }),
  position: router({ ...editRouterFor("position"), create: create("position") }),
});
