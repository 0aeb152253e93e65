import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { format, main } from "@waqai/example-consumer";
import { startSeededApi } from "./seeded-api";

// The seed's published events, straight from the annotation files the server loaded at boot.
const seedDir = new URL("../../../seeds/", import.meta.url);
const seedEventIds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".annotation.json"))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, seedDir), "utf8")) as { events: { id: string; status?: string }[] }).events)
  .filter((e) => (e.status ?? "published") === "published")
  .map((e) => e.id);

let started: Awaited<ReturnType<typeof startSeededApi>>;
beforeAll(async () => {
  started = await startSeededApi();
});
afterAll(async () => {
  await started?.stop();
});

describe("the example consumer (@waqai/client by package name) against the real server", () => {
  it("reads health, pages through every seed event exactly once, and searches", async () => {
    const summary = await main({ url: started.api.url, pageSize: 5 });
    expect(summary.health.status).toBe("ok");
    expect(seedEventIds.length).toBeGreaterThan(5);
    expect([...summary.eventIds].sort()).toEqual([...seedEventIds].sort());
    expect(new Set(summary.eventIds).size).toBe(summary.eventIds.length);
    // 5 per page: several pages, the last one partial or empty.
    expect(summary.pages).toBeGreaterThanOrEqual(Math.ceil(seedEventIds.length / 5));
    expect(summary.search.hits).toBeGreaterThan(0);
    expect(format(summary)).toContain(`${seedEventIds.length} events in ${summary.pages} pages`);
  });

  it("sends the bearer token when given one (tokens are not issued yet: public reads still answer)", async () => {
    const seen: (string | null)[] = [];
    const { createWaqaiClient } = await import("@waqai/client");
    const client = createWaqaiClient({
      url: `${started.api.url}/`,
      token: "t0k3n",
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get("authorization"));
        return fetch(input, init);
      },
    });
    expect((await client.health.query()).status).toBe("ok");
    expect(seen).toEqual(["Bearer t0k3n"]);
  });
});
