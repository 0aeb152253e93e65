import type { EditableKind } from "@waqai/schema";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { eventParticipants, events } from "../tables";
import { reindexSearch } from "../search/reindex";
import { dbLog } from "../log";
import type { SearchKindName } from "../search/entries";

export interface RecordWritten {
  kind: EditableKind;
  id: string;
  /** The fields an edit changed, when known; an actor or place edit that touches neither a name nor the status leaves its events' search keys alone. */
  fields?: string[];
}

// Events carry the names of their published place and participants in their search keys (search/reindex.ts).
const NAME_FIELDS = new Set(["nameAr", "nameEn", "variants", "status"]);
export type WriteListener = (written: RecordWritten[]) => void | Promise<void>;

const listeners = new Set<WriteListener>();

/**
 * Lets the host react to committed writes (apps/api asks the reader to revalidate its cached pages).
 * Returns the unsubscribe function.
 */
export function onRecordsWritten(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const SEARCHABLE: Partial<Record<EditableKind, SearchKindName>> = {
  event: "event",
  document: "document",
  actor: "actor",
  place: "place",
  dispute: "dispute",
  issue: "issue",
};

async function mentioningEvents(db: Db, kind: "place" | "actor", id: string): Promise<string[]> {
  const rows =
    kind === "place"
      ? await db.select({ id: events.id }).from(events).where(eq(events.placeId, id))
      : await db.selectDistinct({ id: eventParticipants.eventId }).from(eventParticipants).where(eq(eventParticipants.actorId, id));
  return rows.map((r) => r.id);
}

/**
 * Runs after a write has committed: refresh the search entries of what changed (their text, and
 * their status, which decides visibility), then tell listeners. A listener's failure is logged,
 * never undoes the write.
 */
export async function afterWrite(db: Db, written: RecordWritten[]) {
  for (const w of written) {
    const kind = SEARCHABLE[w.kind];
    if (kind) await reindexSearch(db, { kinds: [kind], ids: [w.id] });
    // An event is found by its place's and participants' names too: renaming, publishing or retracting one re-keys them.
    if ((w.kind === "place" || w.kind === "actor") && (!w.fields || w.fields.some((f) => NAME_FIELDS.has(f)))) {
      const events = await mentioningEvents(db, w.kind, w.id);
      if (events.length) await reindexSearch(db, { kinds: ["event"], ids: events });
    }
  }
  for (const l of listeners) {
    try {
      await l(written);
    } catch (err) {
      dbLog.warn(`[db] a write listener failed: ${(err as Error).message}`);
    }
  }
}
