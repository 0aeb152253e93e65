import { z } from "zod";
import {
  AddFigureInput,
  ByIdInput,
  ContentWritten,
  EditableRecord,
  EditListInput,
  EditListItem,
  EventParts,
  FIELDS_BY_KIND,
  RemoveFigureInput,
  SetParticipantsInput,
  SetPlacesInput,
  SetRelationsInput,
  SetStatusInput,
  UpdateFigureInput,
  updateInputOf,
  type EditableKind,
} from "@waqai/schema";
import {
  addFigure,
  createRecord,
  editableRecord,
  eventParts,
  listRecords,
  removeFigure,
  reresolveDocumentDates,
  setParticipants,
  setPlaces,
  setRelations,
  setStatus,
  updateFigure,
  updateRecord,
} from "@waqai/db/editorial";
import { editorProcedure, router } from "../trpc";
import { actorOf, asCaller } from "./actor";

const Written = z.object({ id: z.string(), version: z.number().int() });

/** create / update (compare-and-set) / setStatus (workflow) / get / list for one editable kind. */
function editRouterFor<K extends EditableKind>(kind: K) {
  const fields = FIELDS_BY_KIND[kind];
  return {
    get: editorProcedure
      .input(ByIdInput)
      .output(EditableRecord)
      .query(({ ctx, input }) => editableRecord(ctx.db, kind, input.id)),
    list: editorProcedure
      .input(EditListInput.omit({ kind: true }))
      .output(z.object({ items: z.array(EditListItem), total: z.number().int(), totalCapped: z.boolean() }))
      .query(({ ctx, input }) => listRecords(ctx.db, { ...input, kind })),
    /**
     * Writes exactly the fields the patch names. On a published record the edit waits beside it as
     * pending changes (`pending: true`) until a reviewer accepts them; readers keep the live record.
     */
    update: editorProcedure
      .input(updateInputOf(fields))
      .output(ContentWritten)
      .mutation(async ({ ctx, input }) => {
        const written = await updateRecord(ctx.db, {
          kind,
          id: input.id,
          baseVersion: input.baseVersion,
          patch: input.patch,
          actor: actorOf(ctx),
          summary: input.summary,
        });
        // A new publication date moves every date resolved against it («أمس», «أول من أمس»...).
        if (
          kind === "document" &&
          !written.pending &&
          written.changed.some((f) => ["publishedDate", "publishedPrecision", "publishedEarliest", "publishedLatest"].includes(f))
        ) {
          await reresolveDocumentDates(ctx.db, { documentId: input.id, actor: actorOf(ctx) });
        }
        return written;
      }),
    setStatus: editorProcedure
      .input(SetStatusInput)
      .output(Written)
      .mutation(({ ctx, input }) =>
        setStatus(ctx.db, { kind, id: input.id, baseVersion: input.baseVersion, to: input.to, actor: actorOf(ctx), summary: input.summary }),
      ),
  };
}

const create = <K extends Exclude<EditableKind, "document">>(kind: K) =>
  editorProcedure
    .input(FIELDS_BY_KIND[kind].extend({ summary: z.string().trim().max(500).optional() }))
    .output(Written)
    .mutation(({ ctx, input }) => {
      const { summary, ...fields } = input as Record<string, unknown> & { summary?: string };
      return createRecord(ctx.db, { kind, fields, actor: actorOf(ctx), summary, idempotencyKey: ctx.idempotencyKey });
    });

export const editRouter = router({
  // Documents are created by annotate.importDocument, with their text fixed at import.
  document: router(editRouterFor("document")),
  event: router({
    ...editRouterFor("event"),
    create: create("event"),
    addFigure: editorProcedure
      .input(AddFigureInput)
      .output(ContentWritten.extend({ figureId: z.string() }))
      .mutation(asCaller(addFigure)),
    /** Changes the fields the patch names of one figure (an edit of its event, under the event's version). */
    updateFigure: editorProcedure.input(UpdateFigureInput).output(ContentWritten).mutation(asCaller(updateFigure)),
    /** Removes a figure; refused while a citation or a claim points at it. */
    removeFigure: editorProcedure.input(RemoveFigureInput).output(ContentWritten).mutation(asCaller(removeFigure)),
    /** Figures, participants and relations as the editor's form shows them (pending changes included), with the event's head version. */
    parts: editorProcedure
      .input(ByIdInput)
      .output(EventParts)
      .query(({ ctx, input }) => eventParts(ctx.db, input.id)),
    /** Replaces the participant list (compare-and-set on the event, one revision). */
    setParticipants: editorProcedure.input(SetParticipantsInput).output(ContentWritten).mutation(asCaller(setParticipants)),
    /** Replaces the relations to other events (compare-and-set on the event, one revision). */
    setRelations: editorProcedure.input(SetRelationsInput).output(ContentWritten).mutation(asCaller(setRelations)),
    /** Replaces the places the event involves besides its site: other sites, origins, destinations, subjects (compare-and-set, one revision). */
    setPlaces: editorProcedure.input(SetPlacesInput).output(ContentWritten).mutation(asCaller(setPlaces)),
  }),
  claim: router({ ...editRouterFor("claim"), create: create("claim") }),
  actor: router({ ...editRouterFor("actor"), create: create("actor") }),
  place: router({ ...editRouterFor("place"), create: create("place") }),
  dispute: router({ ...editRouterFor("dispute"), create: create("dispute") }),
  issue: router({ ...editRouterFor("issue"), create: create("issue") }),
  position: router({ ...editRouterFor("position"), create: create("position") }),
  conflict: router({ ...editRouterFor("conflict"), create: create("conflict") }),
});
