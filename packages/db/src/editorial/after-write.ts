import type { EditableKind } from "@waqai/schema";
import type { Db } from "../client";
import { reindexSearch } from "../search/reindex";
import type { SearchKindName } from "../search/entries";

export interface RecordWritten {
  kind: EditableKind;
  id: string;
}
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

/**
 * Runs after a write has committed: refresh the search entries of what changed (their text, and
 * their status, which decides visibility), then tell listeners. A listener's failure is logged,
 * never undoes the write.
 */
export async function afterWrite(db: Db, written: RecordWritten[]) {
  for (const w of written) {
    const kind = SEARCHABLE[w.kind];
    if (kind) await reindexSearch(db, { kinds: [kind], ids: [w.id] });
  }
  for (const l of listeners) {
    try {
      await l(written);
    } catch (err) {
      console.warn(`[db] a write listener failed: ${(err as Error).message}`);
    }
  }
}
