import { paginate, type RouterOutputs, type WaqaiClient } from "@waqai/client";

type EventItem = RouterOutputs["events"]["list"]["items"][number];
type Removal = RouterOutputs["sync"]["removals"]["items"][number];
type EditItem = RouterOutputs["edit"]["event"]["list"]["items"][number];

export interface SyncRound {
  since: string;
  /** Published events created, edited or published after `since`: upsert these by id. */
  changed: EventItem[];
  /** Records retracted or merged away after `since`: drop these (apply before `changed`). */
  removed: Removal[];
  /** With a token whose user edits: drafts and records in review changed after `since` (not public). */
  editorial: EditItem[] | null;
}

/** One sync round: what changed since an instant, public first, then (with a token) the editorial view. */
export async function syncSince(client: WaqaiClient, since: string, { editorial = false } = {}): Promise<SyncRound> {
  const removed: Removal[] = [];
  const removalsPage = (i: { since: string; limit: number; cursor?: string }) => client.sync.removals.query(i);
  for await (const r of paginate(removalsPage, { since, limit: 100 })) removed.push(r);
  const changed: EventItem[] = [];
  const eventsPage = (i: { updatedSince: string; limit: number; cursor?: string }) => client.events.list.query(i);
  for await (const ev of paginate(eventsPage, { updatedSince: since, limit: 100 })) changed.push(ev);
  // The editors' list pages by offset, not cursor; a sync job with a token reads it the same way.
  let drafts: EditItem[] | null = null;
  if (editorial) {
    drafts = [];
    for (let offset = 0; ; offset += 100) {
      const page = await client.edit.event.list.query({ updatedSince: since, sort: "updated_asc", limit: 100, offset });
      drafts.push(...page.items);
      if (drafts.length >= page.total || page.items.length === 0) break;
    }
  }
  return { since, changed, removed, editorial: drafts };
}

/** Creates a draft event with a write token: it waits in the editors' queue until a reviewer publishes it. */
export async function createDraft(client: WaqaiClient, title: { ar: string; en?: string }) {
  return client.edit.event.create.mutate({
    type: "other",
    titleAr: title.ar,
    titleEn: title.en,
    summary: "Created by the example consumer with an API token",
  });
}
