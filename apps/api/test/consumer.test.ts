import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWaqaiClient } from "@waqai/client";
import { format, main, syncSince } from "@waqai/example-consumer";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";

// The seed's published events, straight from the annotation files the server loaded at boot.
const seedDir = new URL("../../../seeds/", import.meta.url);
const seedEventIds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".annotation.json"))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, seedDir), "utf8")) as { events: { id: string; status?: string }[] }).events)
  .filter((e) => (e.status ?? "published") === "published")
  .map((e) => e.id);

let database: ApiDatabase;
let api: ApiProcess;
let admin: Session;
beforeAll(async () => {
  database = await freshApiDatabase("waqai_consumer_test");
  api = await spawnApi({ ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN, WAQAI_ADMIN_EMAIL: "consumer.admin@example.org" });
  admin = await signIn(api, "consumer.admin@example.org", firstStartPassword(api));
});
afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

describe("the example consumer (@waqai/client by package name) against the real server", () => {
  it("reads health, pages through every seed event exactly once, and searches", async () => {
    const summary = await main({ url: api.url, pageSize: 5 });
    expect(summary.health.status).toBe("ok");
    expect(seedEventIds.length).toBeGreaterThan(5);
    expect([...summary.eventIds].sort()).toEqual([...seedEventIds].sort());
    expect(new Set(summary.eventIds).size).toBe(summary.eventIds.length);
    // 5 per page: several pages, the last one partial or empty.
    expect(summary.pages).toBeGreaterThanOrEqual(Math.ceil(seedEventIds.length / 5));
    expect(summary.search.hits).toBeGreaterThan(0);
    expect(format(summary)).toContain(`${seedEventIds.length} events in ${summary.pages} pages`);
  });

  it("sends the bearer token when given one (an unknown token is refused with 401, never read as anonymous)", async () => {
    const seen: (string | null)[] = [];
    const { createWaqaiClient } = await import("@waqai/client");
    const client = createWaqaiClient({
      url: `${api.url}/`,
      token: "t0k3n",
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers).get("authorization"));
        return fetch(input, init);
      },
    });
    const err = await client.health.query().catch((e: unknown) => e);
    expect((err as { data?: { httpStatus?: number } }).data?.httpStatus).toBe(401);
    expect(seen).toEqual(["Bearer t0k3n"]);
  });

  it("with a write token: creates a draft, sees it in its editorial sync, and sees it in the public sync once a reviewer publishes it", async () => {
    const editor = await admin.mutate<{ id: string }>("users.create", {
      email: "consumer.bot@example.org",
      role: "editor",
      password: "consumer-bot-password-1",
    });
    const made = await admin.mutate<{ token: string }>("tokens.create", {
      name: "example consumer",
      userId: editor.id,
      scopes: ["read", "write"],
      expiresInDays: 1,
    });

    // From now on (the seed was loaded at boot, earlier): only what this test does is "changed since".
    const since = new Date().toISOString();
    const summary = await main({ url: api.url, writeToken: made.token, since, pageSize: 50 });
    expect(summary.draft).toMatchObject({ id: expect.stringMatching(/^ev-/) as unknown, version: 1 });
    const round = summary.sync!;
    // A draft is not public: the public half of the round is empty, the token's editorial half has exactly it.
    expect(round.changed).toEqual([]);
    expect(round.removed).toEqual([]);
    expect(round.editorial!.map((e) => [e.id, e.status])).toEqual([[summary.draft!.id, "draft"]]);
    expect(format(summary)).toContain(`draft event ${summary.draft!.id} created`);

    // The editor submits with the token; a reviewer (here the admin) publishes: the next round's public half has it.
    const writer = createWaqaiClient({ url: api.url, token: made.token });
    const sub = await writer.edit.event.setStatus.mutate({ id: summary.draft!.id, baseVersion: 1, to: "in_review" });
    await admin.mutate("edit.event.setStatus", { id: summary.draft!.id, baseVersion: sub.version, to: "published" });
    const next = await syncSince(createWaqaiClient({ url: api.url }), round.since);
    expect(next.changed.map((e) => e.id)).toEqual([summary.draft!.id]);
    expect(next.editorial).toBeNull();
    // …and the whole timeline, read anonymously, now has one event more than the seed.
    expect((await main({ url: api.url, pageSize: 50 })).eventIds).toContain(summary.draft!.id);
  });

  it("over HTTP with the client: a one-field update leaves every other field as stored (no defaults written back)", async () => {
    const editor = await admin.mutate<{ id: string }>("users.create", {
      email: "consumer.patch@example.org",
      role: "editor",
      password: "consumer-patch-password-1",
    });
    const made = await admin.mutate<{ token: string }>("tokens.create", {
      name: "patch check",
      userId: editor.id,
      scopes: ["read", "write"],
      expiresInDays: 1,
    });
    const writer = createWaqaiClient({ url: api.url, token: made.token });
    const set = { timePrecision: "day", timeBasis: "stated", locationPrecision: "near", civilianTargeting: "yes", grading: "fair", clarity: "high" } as const;
    const ev = await writer.edit.event.create.mutate({ type: "air_strike", titleAr: "غارة", dateStart: "2017-04-22", ...set });
    const saved = await writer.edit.event.update.mutate({ id: ev.id, baseVersion: ev.version, patch: { summaryAr: "ملخص" } });
    expect(saved).toMatchObject({ version: ev.version + 1, changed: ["summaryAr"] });
    expect((await writer.edit.event.get.query({ id: ev.id })).fields).toMatchObject({ ...set, summaryAr: "ملخص" });
  });
});
