import { expect, test } from "@playwright/test";
import { snap } from "./support";
import { ARCHIVE_EVENTS, ARCHIVE_WEB, archiveQuery, ensureArchive, quickMode, startArchiveServers } from "./archive";

// The reader on a synthetic archive of 100,000 events (PGlite): the pages a reader walks through stay whole
// and small, and the pickers and the map work where a list of every record would not.
test.describe.configure({ mode: "serial" });
test.use({ baseURL: ARCHIVE_WEB });

let stop: (() => Promise<void>) | undefined;

test.beforeAll(async ({}, testInfo) => {
  if (quickMode()) return;
  // Building the archive the first time takes minutes (db:synth prints its progress); later runs reuse it.
  testInfo.setTimeout(30 * 60_000);
  ensureArchive((line) => console.log(line));
  stop = await startArchiveServers();
});

test.afterAll(async () => {
  await stop?.();
});

test.beforeEach(() => {
  if (quickMode()) console.log("[archive] WAQAI_QUICK=1: the 100k-event archive tests are skipped (run without it to build and test the archive)");
  test.skip(quickMode(), "WAQAI_QUICK=1: the 100k-event archive is not built in quick mode");
});

test("home at 100k events: the first page of the timeline, a bounded page size, an actor picked through the combobox", async ({ page }, testInfo) => {
  const total = await archiveQuery<{ count: number; capped?: boolean }>("events.count", {});
  expect(total.count).toBeGreaterThanOrEqual(Math.min(ARCHIVE_EVENTS, 10_000));

  const res = await page.goto("/");
  expect(res?.status()).toBe(200);
  // What a reader downloads does not grow with the archive (bench:scale's target: ≤ 150 KB of HTML).
  const html = await res!.body();
  expect(html.byteLength).toBeLessThan(150 * 1024);
  await expect(page.locator("[data-event-id]").first()).toBeVisible();
  expect(await page.locator("[data-event-id]").count()).toBeLessThanOrEqual(50);
  // No <select> of every actor or place: the filters are suggest boxes.
  expect(await page.locator("select#actor, select[name=actor], select#place, select[name=place]").count()).toBe(0);

  // An actor of the archive, picked by typing its name (one of 150 synthetic actors; many share a first word).
  const actors = await archiveQuery<{ items: { id: string; name: { ar: string } }[] }>("actors.list", { limit: 1 });
  const actor = actors.items[0]!;
  const box = page.getByTestId("combobox-actor").getByRole("combobox");
  await box.fill(actor.name.ar);
  const option = page.getByTestId("combobox-actor").getByRole("option", { name: actor.name.ar }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(box).toHaveValue(actor.name.ar);
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${actor.id}`));

  // The page lists what the API lists for that actor, in the same order.
  const expected = await archiveQuery<{ items: { id: string }[] }>("events.list", { actorId: actor.id, limit: 50, order: "asc" });
  expect(expected.items.length).toBeGreaterThan(0);
  const shown = await page.locator("[data-event-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
  expect(shown).toEqual(expected.items.map((e) => e.id));
  await snap(page, testInfo, "archive-home-actor");
});

test("the map at 100k events: server clusters, a click on a cluster zooms in", async ({ page }, testInfo) => {
  await page.goto("/en/map");
  const map = page.getByTestId("cluster-map");
  await expect(page.locator(".cluster-map canvas")).toBeVisible();
  await expect(map).toHaveAttribute("data-idle", "true");
  const multi = page.locator(".map-cluster:not(.map-cluster--place)");
  await expect(multi.first()).toBeVisible();
  // A cluster stands for many events: the page never draws one marker per event.
  expect(await page.getByTestId("map-cluster").count()).toBeLessThan(500);
  const before = Number(await map.getAttribute("data-zoom"));
  await multi.first().click();
  await expect.poll(async () => Number(await map.getAttribute("data-zoom"))).toBeGreaterThan(before);
  await expect(map).toHaveAttribute("data-idle", "true");
  await snap(page, testInfo, "archive-map-zoomed");
});

test("an event of the archive opens from the timeline", async ({ page }) => {
  await page.goto("/en");
  const first = page.locator("[data-event-id]").first();
  const id = await first.getAttribute("data-event-id");
  await first.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/en/events/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
