import { createRecord, type EditorActor } from "../src/editorial";
import type { Db } from "../src/client";

// The editorial tests write as these people, and start from the smallest event an editor can create,
// so each file does not spell them out again.

export const editor: EditorActor = { id: "u-editor", email: "editor@example.org", role: "editor" };
/** A second editor, for writes that race the first one's (compare-and-set). */
export const secondEditor: EditorActor = { id: "u-editor-2", email: "editor2@example.org", role: "editor" };

/** A draft event holding only the fields an event must have, written through the editorial path (version 1). */
export const createDraftEvent = (db: Db, actor: EditorActor, titleAr: string) =>
  createRecord(db, {
    kind: "event",
    fields: {
      type: "air_strike",
      titleAr,
      timePrecision: "unknown",
      timeBasis: "unknown",
      locationPrecision: "unknown",
      grading: "unassessed",
      clarity: "low",
    },
    actor,
  });
