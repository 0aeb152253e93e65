import { allEvents } from "@/lib/data";
import { apiUrl } from "@/lib/api";
import { parseFilter, type EventFilter } from "@/lib/filters";

/** CSV and GeoJSON come straight from the API's streaming exports (no cap, one implementation of the columns). */
const STREAMED = new Set(["events.csv", "events.geojson"]);

/**
 * The home page's current filter, downloaded: /export/events.csv?type=air_strike&from=2017-04.
 * events.json is the reader's own shape (`{ filter, truncated, events }`, the timeline's items, at most 10,000).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const url = new URL(request.url);
  const filter = parseFilter(Object.fromEntries(url.searchParams));
  if (STREAMED.has(file)) return streamFromApi(file, filter);
  if (file !== "events.json") return new Response("Not found", { status: 404 });
  const events = await allEvents(JSON.stringify(filter), 10_000);
  return new Response(JSON.stringify({ filter, truncated: events.capped, events: events.items }), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="waqai-${file}"`,
      "cache-control": "public, max-age=60",
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
    },
  });
}
