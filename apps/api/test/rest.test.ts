import { readFileSync } from "node:fs";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { RULES, TRPC_ONLY_READS, type RestError } from "@waqai/api";
import type { EventDayCounts, SearchHit } from "@waqai/schema";
import type { z } from "zod";
import { seededApiPerFile } from "./seeded-api";

const api = seededApiPerFile();

/** A list's answer, as far as these tests read it. */
interface Page<T = { id: string }> {
  items: T[];
  nextCursor: string | null;
}
/** The parts of the OpenAPI document these tests read. */
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, { get?: { operationId: string; responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
  components: { schemas: Record<string, { required: string[] }> };
}
/** What @readme/openapi-parser's validate() takes: an OpenAPI document (whether it is a valid one is what it checks). */
type ApiDocument = Exclude<Parameters<typeof validate>[0], string>;

const en = { "accept-language": "en" };
/** A REST call; `T` is what the test expects the JSON body to be (`unknown` when it only compares it). */
async function rest<T = unknown>(path: string, headers: Record<string, string> = en): Promise<{ status: number; type: string | null; body: T }> {
  const res = await fetch(`${api.base}/api/v1${path}`, { headers });
  return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as T };
}
/** The same read through tRPC; `T` as for `rest`. */
async function trpc<T = unknown>(procedure: string, input?: unknown): Promise<T> {
  const q = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(`${api.base}/trpc/${procedure}${q}`, { headers: en });
  expect(res.status, procedure).toBe(200);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

// Every public read except the session probe, by REST path.
const RESOURCES = ["outlets", "documents", "citations", "actors", "places", "events", "claims", "disputes", "issues", "positions"] as const;
const PUBLIC_READS = Object.entries(RULES)
  .filter(([path, tier]) => tier === "public" && !TRPC_ONLY_READS.includes(path))
  .map(([path]) => path)
  .sort();

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 according to @readme/openapi-parser", async () => {
    const { status, type, body } = await rest<OpenApiDoc>("/openapi.json");
    expect(status).toBe(200);
    expect(type).toContain("application/json");
    expect(body.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(body) as ApiDocument);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("names an absolute server, describes its tags, and gives each export its real body and the 429", async () => {
    const { body } = await rest<OpenApiDoc & { servers: { url: string }[]; tags: { name: string; description?: string }[] }>("/openapi.json");
    expect(body.servers[0]!.url).toBe(`${api.base}/api/v1`);
    expect(body.tags.every((t) => !!t.description)).toBe(true);
    const used = new Set(Object.values(body.paths).flatMap((p) => (p.get as { tags?: string[] } | undefined)?.tags ?? []));
    for (const tag of used) expect(body.tags.map((t) => t.name)).toContain(tag);
    const media = (file: string) => (body.paths[`/export/${file}`]!.get!.responses["200"]!.content ?? {}) as Record<string, { schema: { type?: string } }>;
    expect(media("events.geojson")["application/geo+json"]!.schema.type).toBe("object");
    expect(media("citations.jsonld")["application/ld+json"]!.schema.type).toBe("object");
    expect(media("events.csv")["text/csv"]!.schema.type).toBe("string");
    for (const [path, item] of Object.entries(body.paths)) expect(Object.keys(item.get!.responses), path).toContain("429");
  });

  it("describes every public read procedure and nothing else", async () => {
    const { body } = await rest<OpenApiDoc>("/openapi.json");
    // The bulk exports (/export/*), release downloads and a document's text are plain routes, not procedures:
    // exports.test.ts, releases.test.ts and contract.test.ts check them.
    const procedurePaths = Object.entries(body.paths as Record<string, { get?: { operationId: string } }>).filter(
      ([path]) => !path.startsWith("/export/") && path !== "/releases/{version}/download" && path !== "/documents/{id}/text",
    );
    const operationIds = procedurePaths.map(([, p]) => p.get!.operationId.replace("-", "."));
    expect(operationIds.sort()).toEqual(PUBLIC_READS);
    const methods = Object.values(body.paths as Record<string, object>).flatMap((p) => Object.keys(p));
    expect(new Set(methods)).toEqual(new Set(["get"]));
    // Errors are documented with the one body shape.
    expect(body.paths["/events/{id}"]!.get!.responses["404"]!.content["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/RestError" });
    expect(body.components.schemas.RestError!.required.sort()).toEqual(["code", "fieldErrors", "message"]);
  });

  it("serves the domain JSON Schema and a reference page that loads nothing from elsewhere", async () => {
    const schema = await fetch(`${api.base}/api/v1/schema.json`);
    expect(schema.status).toBe(200);
    const committed = readFileSync(new URL("../../../packages/schema/generated/domain.schema.json", import.meta.url), "utf8");
    expect(await schema.text()).toBe(committed);

    const page = await fetch(`${api.base}/api/v1/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/api/v1/openapi.json");
    const srcs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) expect(src).not.toMatch(/^(https?:)?\/\//);
    const script = await fetch(new URL(srcs[0]!, `${api.base}/api/v1/docs/`));
    expect(script.status).toBe(200);
  });
});

describe("REST answers what tRPC answers", () => {
  it("health", async () => {
    expect((await rest("/health")).body).toEqual(await trpc("health"));
  });

  it.each(RESOURCES)("%s: the list and one record", async (resource) => {
    const list = await rest<Page>(`/${resource}?limit=100`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual(await trpc(`${resource}.list`, { limit: 100 }));
    expect(list.body.items.length, `the seed has ${resource}`).toBeGreaterThan(0);
    const id = list.body.items[0]!.id;
    const one = await rest(`/${resource}/${encodeURIComponent(id)}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(await trpc(`${resource}.byId`, { id }));
  });

  it("events with filters, pages through the whole timeline with cursors in the same order", async () => {
    const all = (await trpc<Page>("events.list", { limit: 100 })).items.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: Page } = await rest<Page>(`/events?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);

    const desc = await rest("/events?limit=100&order=desc&type=air_strike");
    expect(desc.body).toEqual(await trpc("events.list", { limit: 100, order: "desc", type: "air_strike" }));
  });

  it("events: a total beside the page, and Link headers that walk the timeline", async () => {
    const page = await rest<Page & { total: { count: number; capped: boolean } }>("/events?limit=2&type=air_strike");
    expect(page.body.total).toEqual(await trpc("events.count", { type: "air_strike" }));
    const all = (await trpc<Page>("events.list", { limit: 100 })).items.map((e) => e.id);
    /** A page by its Link URL: its ids and where its `rel` links point. */
    const follow = async (url: string) => {
      // Compressed answers too: the header is written before the body is compressed.
      const res: Response = await fetch(new URL(url, api.base), { headers: { ...en, "accept-encoding": "gzip" } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Page & { prevCursor: string | null };
      const link = res.headers.get("link") ?? "";
      expect(link).toContain('</api/v1/events?limit=3>; rel="first"');
      const rel = (name: string) => new RegExp(`<([^>]+)>; rel="${name}"`).exec(link)?.[1] ?? null;
      expect(rel("next") === null).toBe(body.nextCursor === null);
      expect(rel("prev") === null).toBe(body.prevCursor === null);
      return { ids: body.items.map((e) => e.id), next: rel("next"), prev: rel("prev") };
    };
    const pages = [await follow(`/api/v1/events?limit=3`)];
    expect(pages[0]!.prev).toBeNull();
    while (pages.at(-1)!.next) pages.push(await follow(pages.at(-1)!.next!));
    expect(pages.flatMap((p) => p.ids)).toEqual(all);
    // And back by `prev`: the same pages in reverse, to the first, which has none.
    const back = [pages.at(-1)!];
    while (back.at(-1)!.prev) back.push(await follow(back.at(-1)!.prev!));
    expect(back.map((p) => p.ids)).toEqual(pages.map((p) => p.ids).reverse());
  });

  it("every public list: a capped total of its filters and a prev link past the first page", async () => {
    for (const list of ["actors", "places", "documents", "citations", "claims", "disputes", "issues", "positions", "conflicts", "outlets"]) {
      const first = await rest<Page & { prevCursor: string | null; total: { count: number; capped: boolean } }>(`/${list}?limit=1`);
      expect(first.status, list).toBe(200);
      expect(first.body.prevCursor, list).toBeNull();
      expect(first.body.total.capped, list).toBe(false);
      let shown = 0;
      for (let cursor: string | null | undefined; cursor !== null;) {
        const page: Page = await trpc<Page>(`${list}.list`, { limit: 100, cursor });
        shown += page.items.length;
        cursor = page.nextCursor;
      }
      expect(first.body.total.count, list).toBe(shown);
      if (!first.body.nextCursor) continue;
      const second = await fetch(`${api.base}/api/v1/${list}?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.headers.get("link") ?? "", list).toMatch(/rel="prev"/);
      expect(((await second.json()) as { total: unknown }).total, list).toEqual(first.body.total);
    }
  });

  it("events with the ACLED-style filters: several types, country, bbox, actor kind, fatalities", async () => {
    const input = { types: ["air_strike", "shelling"], country: "SY", bbox: "35,32,43,38", minFatalities: 0, limit: 100 };
    const res = await rest<Page>("/events?types=air_strike&types=shelling&country=SY&bbox=35,32,43,38&minFatalities=0&limit=100");
    expect(res.status).toBe(200);
    expect(res.body).toEqual(await trpc("events.list", input));
    const one = await rest<Page<{ id: string; type: string }>>("/events?types=air_strike&limit=100");
    expect(one.body.items.length).toBeGreaterThan(0);
    expect(new Set(one.body.items.map((e) => e.type))).toEqual(new Set(["air_strike"]));
    const kind = await rest("/event-count?actorKind=armed_forces");
    expect(kind.body).toEqual(await trpc("events.count", { actorKind: "armed_forces" }));
    // The exports take the same filters from the query string.
    const csv = await fetch(`${api.base}/api/v1/export/events.jsonl?types=air_strike&minFatalities=0&country=SY`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split("\n").filter(Boolean);
    expect(lines.every((l) => (JSON.parse(l) as { waqai_type: string }).waqai_type === "air_strike")).toBe(true);
  });

  it("reference lists and the archive's status", async () => {
    for (const [path, proc] of [
      ["/reference/event-types", "reference.eventTypes"],
      ["/reference/countries", "reference.countries"],
      ["/reference/actor-types", "reference.actorTypes"],
      ["/status", "status"],
    ] as const) {
      const res = await rest(path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toEqual(await trpc(proc));
    }
    const types = await rest<{ items: { value: string; count: number }[] }>("/reference/event-types");
    const airStrikes = types.body.items.find((i) => i.value === "air_strike")!.count;
    expect(airStrikes).toBe((await trpc<{ count: number }>("events.count", { type: "air_strike" })).count);
    const status = await rest<{ publishedEvents: number; eventsUpdatedAt: string }>("/status");
    expect(status.body.publishedEvents).toBe((await trpc<{ count: number }>("events.count", {})).count);
    expect(Date.parse(status.body.eventsUpdatedAt)).toBeGreaterThan(0);
  });

  it("events per day, with the timeline's filters", async () => {
    const res = await rest<z.infer<typeof EventDayCounts>>("/event-days?type=air_strike");
    expect(res.status).toBe(200);
    expect(res.body).toEqual(await trpc("events.perDay", { type: "air_strike" }));
    expect(res.body.days.length).toBeGreaterThan(0);
  });

  it("the map's clusters, with the view as a repeated bbox and the timeline's filters", async () => {
    const res = await rest<{ clusters: { count: number }[]; total: number }>("/event-clusters?bbox=-180&bbox=-90&bbox=180&bbox=90&zoom=4&type=air_strike");
    expect(res.status).toBe(200);
    expect(res.body).toEqual(await trpc("events.clusters", { bbox: [-180, -90, 180, 90], zoom: 4, type: "air_strike" }));
    expect(res.body.total).toBeGreaterThan(0);
  });

  it("sync: updatedSince on a list and the removals feed", async () => {
    const since = "2000-01-01T00:00:00Z";
    const changed = await rest<Page>(`/events?limit=100&updatedSince=${since}`);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual(await trpc("events.list", { limit: 100, updatedSince: since }));
    expect(changed.body.items.length).toBeGreaterThan(0);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await rest<Page>(`/actors?updatedSince=${encodeURIComponent(future)}`)).body.items).toEqual([]);
    const removals = await rest(`/removals?since=${since}&limit=5`);
    expect(removals.status).toBe(200);
    expect(removals.body).toEqual(await trpc("sync.removals", { since, limit: 5 }));
  });

  it("search, with repeated kinds", async () => {
    const q = "حلب";
    const res = await rest<Page<SearchHit>>(`/search?q=${encodeURIComponent(q)}&kinds=place&kinds=event`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(await trpc("search.query", { q, kinds: ["place", "event"] }));
    expect(res.body.items.length).toBeGreaterThan(0);
    const one = await rest<Page<SearchHit>>(`/search?q=${encodeURIComponent(q)}&kinds=place`);
    expect(new Set(one.body.items.map((h) => h.kind))).toEqual(new Set(["place"]));
  });
});

describe("REST errors: one shape, the right status", () => {
  it.each([
    ["/events?limit=0", "limit"],
    ["/events?limit=lots", "limit"],
    ["/events?order=sideways", "order"],
    ["/events?from=April", "from"],
    ["/events?cursor=forged", "cursor"],
    ["/search?q=", "q"],
    ["/search?q=x&kinds=bogus", "kinds.0"],
    ["/events/NOT%20AN%20ID", "id"],
    ["/events?updatedSince=yesterday", "updatedSince"],
    ["/removals", "since"],
    ["/event-clusters?bbox=40&bbox=30&bbox=35&bbox=35&zoom=3", "bbox"],
    ["/events?country=syria", "country"],
    ["/events?bbox=35,32,43", "bbox"],
    ["/events?bbox=43,32,35,38", "bbox"],
    ["/events?minFatalities=-1", "minFatalities"],
    ["/events?types=picnic", "types.0"],
    ["/events?actorKind=aliens", "actorKind"],
    ["/event-count?adminId=NOT%20AN%20ID", "adminId"],
  ])("%s -> 400 naming %s", async (path, field) => {
    const res = await rest<RestError>(path);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body).sort()).toEqual(["code", "fieldErrors", "message"]);
    expect(res.body.code).toBe("BAD_REQUEST");
    expect(Object.keys(res.body.fieldErrors!)).toEqual([field]);
    expect(res.body.message.startsWith(`${field}: `)).toBe(true);
  });

  it("speaks Arabic by default", async () => {
    const res = await rest<RestError>("/events?limit=0", {});
    expect(res.body.message).toMatch(/^limit: .*[\u0600-\u06FF]/);
  });

  it.each(RESOURCES)("%s/{unknown id} -> 404", async (resource) => {
    const res = await rest(`/${resource}/zz-does-not-exist`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: "NOT_FOUND", message: expect.stringContaining("zz-does-not-exist") as unknown, fieldErrors: null });
  });

  it("an unknown path or a write method -> 404 in the same shape", async () => {
    expect((await rest("/nothing-here")).body).toEqual({ code: "NOT_FOUND", message: expect.any(String) as unknown, fieldErrors: null });
    const post = await fetch(`${api.base}/api/v1/events`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(post.status).toBe(404);
  });

  it("editorial procedures are not served as REST", async () => {
    for (const path of ["/edit/event/list", "/users", "/audit", "/account/me"]) expect((await rest(path)).status).toBe(404);
  });
});
