import { api, apiUrl } from "@/lib/api";
import { parseFilter, type EventFilter } from "@/lib/filters";

/** CSV and GeoJSON come straight from the API's streaming exports (no cap, one implementation of the columns). */
const STREAMED = new Set(["events.csv", "events.geojson"]);

/**
 * The home page's current filter, downloaded: /export/events.csv?type=air_strike&from=2017-04.
 * events.json is the reader's own shape (`{ filter, events }`, the timeline's items), streamed a page at a time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const url = new URL(request.url);
  const filter = parseFilter(Object.fromEntries(url.searchParams));
  if (STREAMED.has(file)) return streamFromApi(file, filter);
  if (file !== "events.json") return new Response("Not found", { status: 404 });
  return new Response(timelineJson(filter), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="waqai-${file}"`,
      "cache-control": "public, max-age=60",
      "access-control-allow-origin": "*",
    },
  });
}

/** Passes the API's chunked body through as it arrives; the reader holds none of it. */
async function streamFromApi(file: string, filter: EventFilter): Promise<Response> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, String(value));
  // Spreadsheet programs read the Arabic as UTF-8 only with a byte order mark.
  if (file === "events.csv") query.set("bom", "1");
  const upstream = await fetch(`${apiUrl()}/api/v1/export/${file}?${query}`, { cache: "no-store" });
  if (!upstream.ok || !upstream.body) {
    return new Response(await upstream.text(), {
      status: upstream.status,
      headers: { "content-type": upstream.headers.get("content-type") ?? "text/plain; charset=utf-8" },
    });
  }
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": `attachment; filename="waqai-${file}"`,
      "cache-control": "public, max-age=60",
      "access-control-allow-origin": "*",
    },
  });
}

/** `{"filter":…,"events":[…]}` written page by page (100 events a page): the reader holds one page, whatever the selection. */
function timelineJson(filter: EventFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let first = true;
  let done = false;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(`{"filter":${JSON.stringify(filter)},"events":[`));
    },
    async pull(controller) {
      if (done) return;
      const page = await api().events.list.query({ ...filter, limit: 100, cursor, order: "asc" });
      const chunk = page.items.map((e) => JSON.stringify(e)).join(",");
      if (chunk) controller.enqueue(encoder.encode(`${first ? "" : ","}${chunk}`));
      first = first && !chunk;
      cursor = page.nextCursor ?? undefined;
      if (!cursor) {
        done = true;
        controller.enqueue(encoder.encode("]}\n"));
        controller.close();
      }
    },
  });
}
