import { describe, expect, expectTypeOf, it } from "vitest";
import { createWaqaiClient, paginate, type Page, type RouterOutputs } from "../src/index";

// A keyset list over 0..n-1, like the API's: the cursor is opaque, the page after it starts past it.
function fakeList(n: number, calls: { limit: number; cursor?: string; kind?: string }[]) {
  return (input: { limit: number; cursor?: string; kind?: string }): Promise<Page<number>> => {
    calls.push(input);
    const start = input.cursor ? Number(Buffer.from(input.cursor, "base64url").toString()) + 1 : 0;
    const items = Array.from({ length: Math.max(0, Math.min(input.limit, n - start)) }, (_, i) => start + i);
    const last = items.at(-1);
    return Promise.resolve({ items, nextCursor: last !== undefined && last < n - 1 ? Buffer.from(String(last)).toString("base64url") : null });
  };
}

describe("paginate", () => {
  it("yields every item once, in order, passing each nextCursor back with the rest of the input", async () => {
    const calls: { limit: number; cursor?: string; kind?: string }[] = [];
    const seen: number[] = [];
    for await (const x of paginate(fakeList(11, calls), { limit: 4, kind: "air_strike" })) seen.push(x);
    expect(seen).toEqual([...Array(11).keys()]);
    expect(calls.map((c) => c.kind)).toEqual(["air_strike", "air_strike", "air_strike"]);
    expect(calls[0]!.cursor).toBeUndefined();
    expect(calls[1]!.cursor).toBeDefined();
  });

  it("handles an empty list and stops early when the caller breaks", async () => {
    const calls: { limit: number }[] = [];
    const none: number[] = [];
    for await (const x of paginate(fakeList(0, calls), { limit: 5 })) none.push(x);
    expect(none).toEqual([]);
    const few: number[] = [];
    const lazy: { limit: number }[] = [];
    for await (const x of paginate(fakeList(100, lazy), { limit: 10 })) {
      few.push(x);
      if (few.length === 3) break;
    }
    expect(lazy).toHaveLength(1);
  });

  it("refuses to loop when a server repeats a cursor", async () => {
    const stuck = () => Promise.resolve({ items: [1], nextCursor: "same" });
    const run = async () => {
      for await (const _ of paginate(stuck, { limit: 1, cursor: "same" })) void _;
    };
    await expect(run()).rejects.toThrow(/same cursor/);
  });
});

describe("paginate's types", () => {
  it("yields the list's item type and checks the input against the procedure's (docs/api.md's example)", () => {
    const client = createWaqaiClient({ url: "http://api.test", fetch: () => Promise.reject(new Error("not called")) });
    // Types only: the generator is made, never iterated.
    const events = paginate((input) => client.events.list.query(input), { limit: 100, type: "air_strike" });
    expectTypeOf(events).toEqualTypeOf<AsyncGenerator<RouterOutputs["events"]["list"]["items"][number], void, undefined>>();
    const removals = paginate((i) => client.sync.removals.query(i), { since: "2026-01-01T00:00:00Z", limit: 100 });
    expectTypeOf(removals).toEqualTypeOf<AsyncGenerator<RouterOutputs["sync"]["removals"]["items"][number], void, undefined>>();
    // @ts-expect-error not an event type
    void paginate((input) => client.events.list.query(input), { limit: 100, type: "no_such_type" });
  });
});

describe("createWaqaiClient", () => {
  it("calls <url>/trpc with the bearer token and extra headers, batching calls made together", async () => {
    const requests: { url: string; headers: Headers }[] = [];
    const fake: typeof fetch = (input, init) => {
      requests.push({ url: input instanceof Request ? input.url : input.toString(), headers: new Headers(init?.headers) });
      const body = [{ result: { data: { status: "ok", database: "pglite", version: "0" } } }, { result: { data: { items: [], nextCursor: null } } }];
      return Promise.resolve(new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } }));
    };
    const client = createWaqaiClient({ url: "http://api.test/", token: "abc", fetch: fake, headers: { "accept-language": "en" } });
    const [health, page] = await Promise.all([client.health.query(), client.events.list.query({ limit: 5 })]);
    expect(health.status).toBe("ok");
    expect(page.items).toEqual([]);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toMatch(/^http:\/\/api\.test\/trpc\/health,events\.list\?batch=1/);
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer abc");
    expect(requests[0]!.headers.get("accept-language")).toBe("en");
  });

  it("sends no Authorization header without a token", async () => {
    let auth: string | null = "unset";
    const fake: typeof fetch = (_input, init) => {
      auth = new Headers(init?.headers).get("authorization");
      return Promise.resolve(new Response(JSON.stringify([{ result: { data: { status: "ok", database: "pglite", version: "0" } } }])));
    };
    await createWaqaiClient({ url: "http://api.test", fetch: fake }).health.query();
    expect(auth).toBeNull();
  });
});
