/** Router namespace -> record kind used in `<kind>:<id>` cache tags. */
const KIND: Record<string, string> = {
  events: "event",
  disputes: "dispute",
  issues: "issue",
  positions: "position",
  claims: "claim",
  actors: "actor",
  places: "place",
  documents: "document",
  citations: "citation",
  outlets: "outlet",
  conflicts: "conflict",
  search: "search",
};

/**
 * Cache tags for one tRPC GET (batched or not): "all", the collection of each procedure ("events"),
 * and, for byId, the record ("event:ev-x"). Filters that name a record tag it too, so a list of an
 * actor's events is refreshed when that actor changes.
 */
export function tagsForTrpcUrl(url: string): string[] {
  const tags = new Set(["all"]);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [...tags];
  }
  const procedures = decodeURIComponent(parsed.pathname.replace(/^.*\/trpc\//, "")).split(",");
  const batched = parsed.searchParams.has("batch");
  let inputs: unknown = undefined;
  try {
    inputs = JSON.parse(parsed.searchParams.get("input") ?? "null");
  } catch {
    inputs = undefined;
  }
  procedures.forEach((path, i) => {
    const [ns, proc] = path.split(".");
    if (!ns || !KIND[ns]) return;
    tags.add(ns);
    const input = (batched ? (inputs as Record<string, unknown> | null)?.[String(i)] : inputs) as Record<string, unknown> | null | undefined;
    if (proc === "byId" && typeof input?.id === "string") tags.add(`${KIND[ns]}:${input.id}`);
    for (const [field, kind] of [
      ["documentId", "document"],
      ["disputeId", "dispute"],
      ["actorId", "actor"],
      ["placeId", "place"],
      ["issueId", "issue"],
      ["conflictId", "conflict"],
    ] as const) {
      const v = input?.[field];
      if (typeof v === "string") tags.add(`${kind}:${v}`);
    }
  });
  return [...tags].slice(0, 64);
}
