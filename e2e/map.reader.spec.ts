import path from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { apiQuery, snap } from "./support";

type Clusters = { clusters: { count: number; place?: { id: string } }[]; total: number };

/**
 * The map once drawn and its clusters in (the container's data-idle), as an element screenshot: a full-page one
 * resizes the viewport, which moves the map and catches it mid-draw. Then the whole page.
 */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const map = page.getByTestId("cluster-map");
  await expect(map).toHaveAttribute("data-idle", "true");
  const file = path.join(testInfo.project.testDir, "artifacts", `${name}-map.png`);
  await map.screenshot({ path: file });
  await testInfo.attach(`${name}-map`, { path: file, contentType: "image/png" });
  await snap(page, testInfo, name);
}

/** The map's current zoom level as the page last asked the clusters for (set on the map's container). */
const zoomOf = async (page: Page) => Number(await page.getByTestId("cluster-map").getAttribute("data-zoom"));

for (const lang of ["ar", "en"] as const) {
  test(`the map (${lang}): MapLibre over a bundled basemap, clusters from the API, a click zooms in, a place opens a popup linking to its page`, async ({
    page,
  }, testInfo) => {
    const outside: string[] = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.hostname !== "127.0.0.1" && u.protocol !== "data:" && u.protocol !== "blob:") outside.push(r.url());
    });
    const prefix = lang === "ar" ? "" : "/en";
    await page.goto(`${prefix}/map`);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    // The canvas, then the clusters of the first view.
    await expect(page.locator(".cluster-map canvas")).toBeVisible();
    const clusters = page.getByTestId("map-cluster");
    await expect(clusters.first()).toBeVisible();
    // The clusters of the whole world add up to every published event with a site: the list under the map says so too.
    const world = await apiQuery<Clusters>("events.clusters", { bbox: [-180, -90, 180, 90], zoom: 0 });
    expect(world.total).toBeGreaterThan(0);
    await expect(page.getByTestId("map-places").locator("li a").first()).toHaveAttribute("href", new RegExp(`^${prefix}/places/[a-z0-9-]+$`));

    // Zoomed out until several places share a cluster, then a click on it zooms in.
    const zoomOut = page.getByRole("button", { name: lang === "ar" ? "تبعيد" : "Zoom out" });
    const multi = page.locator(".map-cluster:not(.map-cluster--place)");
    for (let i = 0; i < 4 && (await multi.count()) === 0; i++) {
      const before = await zoomOf(page);
      await zoomOut.click();
      await expect.poll(() => zoomOf(page)).toBeLessThan(before);
    }
    await expect(multi.first()).toBeVisible();
    await shoot(page, testInfo, `web-map-${lang}-clusters`);
    const before = await zoomOf(page);
    await multi.first().click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before);

    // A cluster of one place (zooming in until there is one), by keyboard: a popup with a link to the place's page.
    const single = page.locator(".map-cluster--place");
    for (let i = 0; i < 5 && (await single.count()) === 0; i++) {
      const z = await zoomOf(page);
      await multi.first().click();
      await expect.poll(() => zoomOf(page)).toBeGreaterThan(z);
    }
    await single.first().focus();
    await page.keyboard.press("Enter");
    const link = page.locator(".maplibregl-popup").getByTestId("map-popup-link").last();
    await expect(link).toBeVisible();
    await shoot(page, testInfo, `web-map-${lang}-popup`);
    const href = await link.getAttribute("href");
    expect(href).toMatch(new RegExp(`^${prefix}/places/[a-z0-9-]+$`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Offline: nothing was asked of another host (no tile server, no glyphs, no CDN).
    expect(outside).toEqual([]);
  });
}

test("the map's list follows the timeline's filters and the page stays small", async ({ page, request }) => {
  const filtered = await apiQuery<Clusters>("events.clusters", { bbox: [-180, -90, 180, 90], zoom: 22, type: "air_strike" });
  await page.goto("/map?type=air_strike");
  const items = page.getByTestId("map-places").locator("li");
  await expect(items).toHaveCount(Math.min(50, filtered.clusters.filter((c) => c.place).length));
  // The clusters the browser asks for carry the filter.
  const res = await request.get("/api/map-clusters?bbox=-180,-90,180,90&zoom=0&type=air_strike");
  expect(res.ok()).toBe(true);
  expect(((await res.json()) as Clusters).total).toBe(filtered.total);
  const html = await (await request.get("/en/map")).text();
  expect(html.length).toBeLessThanOrEqual(150_000);
});
