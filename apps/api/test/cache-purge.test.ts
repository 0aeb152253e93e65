import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVarnish, varnishInstalled, type RunningVarnish } from "../../../scripts/varnish.mjs";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";
import { freePort, freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

// The HTTP cache in front of the readers: a real Varnish with the committed deploy/varnish/waqai.vcl, in front of
// a stand-in reader that numbers every page it renders; the real API purges through its outbox after each write.
// A write must purge exactly the pages that show it: its own (both locales), the pages that list it, and no other.

const installed = varnishInstalled();
let rendered = 0;
let reader: Server;
let varnish: RunningVarnish;
let database: ApiDatabase;
let api: ApiProcess;
let admin: Session;

beforeAll(async () => {
  if (!installed) return;
  const readerPort = await freePort();
  reader = createServer((req, res) => {
    rendered++;
    res.writeHead(200, { "content-type": "text/plain", "cache-control": "s-maxage=300, stale-while-revalidate=31535700" });
    res.end(`${req.url} #${rendered}`);
  });
  await new Promise<void>((resolve) => reader.listen(readerPort, "127.0.0.1", resolve));
  varnish = await startVarnish({ port: await freePort(), readerPorts: [readerPort], memoryMb: 32 });
  database = await freshApiDatabase("waqai_cache_purge_test");
  api = await spawnApi({
    ...database.env,
    WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN,
    WAQAI_ADMIN_EMAIL: "cache.admin@example.org",
    WAQAI_CACHE_URLS: varnish.url,
  });
  admin = await signIn(api, "cache.admin@example.org", firstStartPassword(api));
});

afterAll(async () => {
  await api?.stop();
  await database?.dispose();
  await varnish?.stop();
  reader?.close();
});

/** The page through the cache: whether it was a hit, and which rendering it is. */
async function page(path: string): Promise<{ hit: boolean; body: string }> {
  const res = await fetch(`${varnish.url}${path}`);
  expect(res.status).toBe(200);
  return { hit: res.headers.get("x-cache") === "HIT", body: await res.text() };
}

const purges = () => (api.output().match(/"msg":"caches purged"/g) ?? []).length;
async function untilPurged(count: number) {
  const end = Date.now() + 15_000;
  while (purges() < count) {
    if (Date.now() > end) throw new Error(`no purge ${count} within 15 s:\n${api.output().slice(-3000)}\n${varnish.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!installed)("the HTTP cache in front of the readers", () => {
  it("a write purges its own pages, the pages that list it and the lists, and leaves every other page cached", async () => {
    const ev = await admin.mutate<{ id: string; version: number }>("edit.event.create", {
      type: "air_strike",
      titleAr: "غارة على حلب",
      placeId: "pl-aleppo",
    });
    await untilPurged(1);
    const shown = [`/events/${ev.id}`, `/en/events/${ev.id}`, "/places/pl-aleppo", "/", "/en/search?q=x", "/feed.xml"];
    const other = [`/events/ev-darat-izza-strikes`, "/places/pl-damascus", "/actors/act-sy-opposition"];
    const before = new Map<string, string>();
    for (const p of [...shown, ...other]) before.set(p, (await page(p)).body);
    for (const p of [...shown, ...other]) expect((await page(p)).hit, p).toBe(true);

    await admin.mutate("edit.event.update", { id: ev.id, baseVersion: ev.version, patch: { summaryAr: "ملخص جديد" } });
    await untilPurged(2);
    for (const p of shown) {
      const now = await page(p);
      expect(now.hit, `${p} was purged`).toBe(false);
      expect(now.body, p).not.toBe(before.get(p));
    }
    for (const p of other) expect(await page(p), `${p} stays cached`).toEqual({ hit: true, body: before.get(p) });
  });
});
