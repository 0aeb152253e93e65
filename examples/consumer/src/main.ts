import { createWaqaiClient, paginate, type RouterOutputs } from "@waqai/client";

type EventItem = RouterOutputs["events"]["list"]["items"][number];

export interface Summary {
  health: RouterOutputs["health"];
  /** Every published event, in timeline order, gathered page by page. */
  eventIds: string[];
  pages: number;
  eventsByType: Record<string, number>;
  search: { q: string; hits: number; top: { kind: string; id: string; title: string }[] };
}

/** What an outside developer writes: read health, page through every event, run a search. */
export async function main({ url, token, pageSize = 5, q = "حلب" }: { url: string; token?: string; pageSize?: number; q?: string }): Promise<Summary> {
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
  return {
    health,
    eventIds: events.map((e) => e.id),
    pages,
    eventsByType,
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
  ].join("\n");
}
