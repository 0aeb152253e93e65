import { expect, test } from "@playwright/test";
import { allPublishedEvents, expectNoA11yViolations, expectNonDecreasing, seedTexts, snap } from "./support";

test("home lists the seed's events in time order, in Arabic, right to left, in the self-hosted font", async ({ page, baseURL }, testInfo) => {
  const fontRequests: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "font" || /\.woff2?(\?|$)/.test(r.url())) fontRequests.push(r.url());
  });

  const res = await page.goto("/");
  expect(res?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html[dir=rtl][lang=ar]")).toHaveCount(1);
  await expect(page.getByText("وقائع", { exact: true }).first()).toBeVisible();

  const list = page.getByTestId("event-list");
  const items = list.locator("li[data-event-id]");
  expect(await items.count()).toBeGreaterThan(0);
  // Names that exist only in the seed article, reaching the page through the API and the database.
  await expect(list).toContainText("دارة عزة");
  await expect(list).toContainText("خان شيخون");

  // Everything the API publishes is listed, in the API's order.
  const published = await allPublishedEvents();
  const shownIds = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event-id")));
  expect(shownIds).toEqual(published.slice(0, shownIds.length).map((e) => e.id));

  // Time order, read from the dates the page shows (<time datetime>, never finer than the precision).
  // An event shown by its window (no single day vouched for) is read at the window's earliest day.
  const dates = await items.evaluateAll((lis) =>
    lis.map((li) => li.querySelector(".timeline__date time[data-edge=start], .timeline__date time[data-edge=earliest]")?.getAttribute("datetime") ?? null),
  );
  const known = dates.filter((d): d is string => d !== null);
  expect(known.length).toBeGreaterThan(1);
  expectNonDecreasing(known);
  // A month-precision date is shown as a month: its datetime has no day.
  for (const e of published.filter((e) => e.time.precision === "month")) {
    await expect(list.locator(`li[data-event-id="${e.id}"] .timeline__date time[data-edge=start]`).first()).toHaveAttribute("datetime", /^\d{4}-\d{2}$/);
  }

  // The font: defined, loaded, served by this app, and the one body text is set in.
  await page.evaluate(() => document.fonts.ready);
  const font = await page.evaluate(() => {
    const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Noto Naskh Arabic");
    const body = document.querySelector(".timeline__title") ?? document.body;
    return {
      check: document.fonts.check('16px "Noto Naskh Arabic"', "دارة عزة"),
      loaded: faces.filter((f) => f.status === "loaded").length,
      bodyFamily: getComputedStyle(document.body).fontFamily,
      titleFamily: getComputedStyle(body).fontFamily,
    };
  });
  expect(font.loaded).toBeGreaterThan(0);
  expect(font.check).toBe(true);
  expect(font.bodyFamily).toMatch(/^"?Noto Naskh Arabic"?/);
  expect(fontRequests.length).toBeGreaterThan(0);
  const origin = new URL(baseURL!).origin;
  for (const url of fontRequests) expect(new URL(url).origin).toBe(origin);

  await expectNoA11yViolations(page);
  await snap(page, testInfo, "reader-home");
});

test("an event page shows what, when, where, who, and the sources' own words", async ({ page }, testInfo) => {
  await page.goto("/");
  const item = page.getByTestId("event-list").locator("li[data-event-id]").filter({ hasText: "دارة عزة" }).first();
  const title = (await item.locator("h3").innerText()).trim();
  await item.getByRole("link").first().click();

  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "متى" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "أين" })).toBeVisible();
  await expect(page.getByText("ACLED", { exact: true })).toBeVisible();
  await expect(page.getByText("CAMEO", { exact: true })).toBeVisible();

  // Each quote links to the source view at its span.
  await expect(page.getByTestId("citation-quote").first()).toHaveAttribute("href", /\/sources\/[a-z0-9-]+#cite-[a-z0-9-]+$/);
  const quotes = page.getByTestId("citation-quote");
  expect(await quotes.count()).toBeGreaterThan(0);
  const sources = seedTexts();
  for (const quote of await quotes.allInnerTexts()) {
    const words = quote.trim();
    expect(words.length).toBeGreaterThan(0);
    expect(
      sources.some((s) => s.includes(words)),
      `quote not found verbatim in a seed article: ${words}`,
    ).toBe(true);
  }

  await expectNoA11yViolations(page);
  await snap(page, testInfo, "event");
});

test("an unknown event id answers 404 with an Arabic page", async ({ page }) => {
  const res = await page.goto("/events/no-such-event-e2e");
  expect(res?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});
