import { createWaqaiClient, paginate, type RouterOutputs } from "@waqai/client";
import { createDraft, syncSince, type SyncRound } from "./sync";

export { createDraft, syncSince, type SyncRound };

type EventItem = RouterOutputs["events"]["list"]["items"][number];

export interface Summary {
  health: RouterOutputs["health"];
  /** Every published event, in timeline order, gathered page by page. */
  eventIds: string[];
  pages: number;
  eventsByType: Record<string, number>;
  search: { q: string; hits: number; top: { kind: string; id: string; title: string }[] };
  /** With a write token: the draft it made, and the sync round since just before it. */
  draft: { id: string; version: number } | null;
  sync: SyncRound | null;
}

/**
 * What an outside developer writes: read health, page through every event, run a search; and with a
 * write token, create a draft event and sync what changed since just before it.
 */
export async function main({
  url,
  token,
  writeToken,
  since,
  pageSize = 5,
  q = "حلب",
}: {
  url: string;
  token?: string;
  writeToken?: string;
  /** Where the sync round starts; by default a little before the draft is made. */
  since?: string;
  pageSize?: number;
  q?: string;
}): Promise<Summary> {
  const client = createWaqaiClient({ url, token, headers: { "accept-language": "en" } });
  const health = await client.health.query();

  let pages = 0;
  const events: EventItem[] = [];
  const countingList = (input: { limit: number; cursor?: string }) => {
    pages += 1;
    return client.events.list.query(input);
  };
  for await (const ev of paginate(countingList, { limit: pageSize })) events.push(ev);

  const eventsByType: Record<string, number> = {};
  for (const ev of events) eventsByType[ev.type] = (eventsByType[ev.type] ?? 0) + 1;

  // The procedure is named `search.query`, so its call is `.query.query()`.
  const found = await client.search.query.query({ q, limit: 10 });

  let draft: Summary["draft"] = null;
  let sync: SyncRound | null = null;
  if (writeToken) {
    const writer = createWaqaiClient({ url, token: writeToken, headers: { "accept-language": "en" } });
    // A real job keeps `since` from its previous round; here it is "just before the draft", with a margin (docs/api.md, Sync).
    const from = since ?? new Date(Date.now() - 2_000).toISOString();
    draft = await createDraft(writer, { ar: "حدث تجريبي من مستهلك المثال", en: "Test event from the example consumer" });
    sync = await syncSince(writer, from, { editorial: true });
  }
  return {
    health,
    eventIds: events.map((e) => e.id),
    pages,
    eventsByType,
    draft,
    sync,
    search: {
      q,
      hits: found.items.length,
      top: found.items.slice(0, 3).map((h) => ({ kind: h.kind, id: h.id, title: h.title.en ?? h.title.ar })),
    },
  };
}

export function format(s: Summary): string {
  return [
    `API ${s.health.version} (${s.health.database}): ${s.health.status}`,
    `${s.eventIds.length} events in ${s.pages} pages`,
    ...Object.entries(s.eventsByType)
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => `  ${type}: ${n}`),
    `search "${s.search.q}": ${s.search.hits} hits`,
    ...s.search.top.map((h) => `  ${h.kind} ${h.id} — ${h.title}`),
    ...(s.draft ? [`draft event ${s.draft.id} created (version ${s.draft.version})`] : []),
    ...(s.sync
      ? [
          `since ${s.sync.since}: ${s.sync.changed.length} published events changed, ${s.sync.removed.length} removed` +
            (s.sync.editorial ? `, ${s.sync.editorial.length} editorial changes` : ""),
          ...(s.sync.editorial ?? []).map((e) => `  ${e.status} ${e.id} — ${e.label}`),
        ]
      : []),
  ].join("\n");
}
