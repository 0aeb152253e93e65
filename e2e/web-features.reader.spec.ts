import { expect, test } from "@playwright/test";
import { apiQuery, snap } from "./support";

test("home filters live in the URL, the chart draws the API's histogram, and Hijri dates are an option", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByTestId("histogram")).toBeVisible();
  await page.getByLabel("النوع").selectOption("air_strike");
  await page.getByLabel("التقويم").selectOption("hijri");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/[?&]type=air_strike/);
  const ids = await page.locator("[data-event-id]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event-id")));
  const api = await apiQuery<{ items: { id: string }[] }>("events.list", { type: "air_strike", limit: 100 });
  expect(ids).toEqual(api.items.map((e) => e.id));
  await expect(page.locator(".timeline__hijri").first()).toContainText("1438");
  // One bar per bucket the API counts for the same filter, each a link narrowing the dates to it.
  const hist = await apiQuery<{ bins: { start: string; count: number }[]; bucket: string }>("events.histogram", { type: "air_strike" });
  await expect(page.locator(".day-chart__bar")).toHaveCount(hist.bins.length);
  await expect(page.getByTestId("histogram")).toHaveAttribute("data-bucket", hist.bucket);
  await expect(page.getByRole("link", { name: /CSV/ })).toHaveAttribute("href", /\/export\/events\.csv\?type=air_strike/);
  await snap(page, testInfo, "web-home-filtered");
  await page.locator(`[data-testid=histogram] a[data-start="${hist.bins[0]!.start}"]`).click();
  await expect(page).toHaveURL(/[?&]from=/);
  await expect(page).toHaveURL(/[?&]type=air_strike/);
});

test("a place is picked by name from a suggest box, by keyboard, never from a list of every place", async ({ page }) => {
  await page.goto("/");
  const box = page.getByTestId("combobox-place").getByRole("combobox");
  await box.fill("دارة");
  await expect(page.getByTestId("combobox-place").getByRole("option", { name: "دارة عزة" })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue("دارة عزة");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/[?&]place=pl-darat-izza/);
  await expect(page.locator("[data-event-id]").first()).toBeVisible();
  // The page carries no list of places: a box, not a <select> of every record.
  expect(await page.locator("select#place, select[name=place]").count()).toBe(0);
  await expect(page.getByTestId("combobox-place").getByRole("combobox")).toHaveValue("دارة عزة");
});

test("the event page shows a map pin, related events and links to the source view", async ({ page }) => {
  await page.goto("/events/ev-north-aleppo-countryside-strikes");
  await expect(page.locator(".region-map circle")).toHaveCount(1);
  const related = page.getByTestId("related-events");
  await expect(related).toContainText("هجوم بري");
  await page.getByTestId("citation-quote").first().click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+#cite-/);
  // The inspector lights up the cited passage and says what it supports.
  await expect(page.locator("mark.is-active").first()).toBeVisible();
  await expect(page.locator("#span-panel")).toContainText("حدث");
});

test("the source view keeps every citation reachable, by hover and by keyboard", async ({ page }) => {
  const docs = await apiQuery<{ items: { id: string }[] }>("documents.list", { limit: 1 });
  const id = docs.items[0]!.id;
  const cites = await apiQuery<{ items: { id: string }[]; nextCursor: string | null }>("citations.list", { documentId: id, limit: 100 });
  await page.goto(`/sources/${id}`);
  // Every citation owns at least one mark, so nested and overlapping spans can all be reached.
  const covered = await page.locator("mark[data-cites]").evaluateAll((ms) => new Set(ms.flatMap((m) => m.getAttribute("data-cites")!.split(" "))).size);
  const listed = await page.locator(".span-entry").count();
  expect(covered).toBe(listed);
  expect(listed).toBeGreaterThanOrEqual(cites.items.length);
  // Some passages are cited by more than one record.
  expect(await page.locator("mark[data-depth='2'], mark[data-depth='3']").count()).toBeGreaterThan(0);
  // Keyboard: Tab reaches the first cited passage, and the panel says what it supports.
  await page.locator("#highlights-hint a").focus();
  await page.keyboard.press("Tab");
  await expect(page.locator("mark[data-cites]").first()).toBeFocused();
  await expect(page.locator("#span-panel .span-entry")).not.toHaveCount(0);
});

test("exports, feed and sitemap follow the filter and are well-formed", async ({ request }) => {
  const csv = await request.get("/export/events.csv?type=air_strike");
  expect(csv.ok()).toBe(true);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/);
  // Streamed from the API's export: ACLED-like columns, one line per event of the filter.
  expect(lines[0]).toMatch(
    /^event_id_cnty,event_date,year,time_precision,date_precision,date_words,date_earliest,date_latest,date_window_basis,disorder_type,event_type,sub_event_type/,
  );
  expect(csv.headers()["content-disposition"]).toContain("waqai-events.csv");
  expect(csv.headers()["access-control-allow-origin"]).toBe("*");
  const api = await apiQuery<{ items: unknown[] }>("events.list", { type: "air_strike", limit: 100 });
  expect(lines.length - 1).toBe(api.items.length);
  const geo = (await (await request.get("/export/events.geojson")).json()) as { type: string; features: { geometry: { coordinates: number[] } }[] };
  expect(geo.type).toBe("FeatureCollection");
  expect(geo.features.length).toBeGreaterThan(0);
  const json = (await (await request.get("/export/events.json?place=pl-darat-izza")).json()) as { events: { id: string }[] };
  expect(json.events.map((e) => e.id)).toContain("ev-darat-izza-strikes");
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(feed.headers()["access-control-allow-origin"]).toBe("*");
  const arFeed = await feed.text();
  expect(arFeed).toContain("<entry>");
  expect(arFeed).toContain('xml:lang="ar"');
  expect(arFeed).toMatch(/<feed[^>]*>[\s\S]*<author><name>/);
  // Newest change first: the entries' <updated> never increase down the feed.
  const stamps = [...arFeed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
  expect(stamps.length).toBeGreaterThan(1);
  expect(stamps).toEqual(stamps.toSorted().reverse());
  const again = await request.get("/feed.xml", { headers: { "if-none-match": feed.headers().etag! } });
  expect(again.status()).toBe(304);
  const enFeed = await (await request.get("/en/feed.xml")).text();
  expect(enFeed).toContain('xml:lang="en"');
  expect(enFeed).toContain("/en/events/ev-darat-izza-strikes");
  expect(enFeed).toMatch(/<title>[A-Za-z]/);
  // A sitemap index; its files list every page in both languages.
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const month = /<loc>[^<]*(\/sitemaps\/events-\d{4}-\d{2}-0\.xml)<\/loc>/.exec(index)![1]!;
  const file = await (await request.get(month)).text();
  expect(file).toContain("/en/events/");
  expect(file).toContain("<lastmod>");
  // robots.txt points crawlers at that index, on this site's own origin, and keeps them off the API and exports.
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toContain(`Sitemap: ${new URL(robots.url()).origin}/sitemap.xml`);
  expect(rules).toMatch(/^Disallow: \/api\/$/m);
  expect(rules).toMatch(/^Disallow: \/export\/$/m);
});

test("revalidation needs the shared secret", async ({ request }) => {
  const anonymous = await request.post("/api/revalidate", { data: { tags: ["events"] } });
  expect(anonymous.status()).toBe(401);
  const secret = process.env.REVALIDATE_SECRET;
  const ok = await request.post("/api/revalidate", {
    data: { tags: ["events", "event:ev-darat-izza-strikes"] },
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(ok.status()).toBe(200);
  const bad = await request.post("/api/revalidate", { data: { tags: ["<script>"] }, headers: { authorization: `Bearer ${secret}` } });
  expect(bad.status()).toBe(400);
});
