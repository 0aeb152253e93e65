import { expect, test, type Page } from "@playwright/test";
import { apiQuery, expectNoA11yViolations, snap } from "./support";

// Every page type of the reader, in Arabic (no prefix, rtl) and English (/en, ltr): it answers 200,
// has one h1, passes axe (WCAG 2.1 A/AA) and is screenshotted at desktop and phone widths.
// (File name ends in reader.spec.ts so the "web" project's testMatch picks it up.)

interface Ids {
  event: string;
  document: string;
  dispute: string;
  actor: string;
  place: string;
}

async function seedIds(): Promise<Ids> {
  const events = await apiQuery<{ items: { id: string; placeId?: string; participants: { actorId: string }[] }[] }>("events.list", { limit: 100 });
  const darat = events.items.find((e) => e.id === "ev-darat-izza-strikes") ?? events.items[0]!;
  const docs = await apiQuery<{ items: { id: string }[] }>("documents.list", { limit: 1 });
  const disputes = await apiQuery<{ items: { id: string }[] }>("disputes.list", { limit: 1 });
  return { event: darat.id, document: docs.items[0]!.id, dispute: disputes.items[0]!.id, actor: darat.participants[0]!.actorId, place: darat.placeId! };
}

const pages = (ids: Ids) => [
  { name: "home", path: "/" },
  { name: "event", path: `/events/${ids.event}` },
  { name: "source", path: `/sources/${ids.document}` },
  { name: "disputes", path: "/disputes" },
  { name: "dispute", path: `/disputes/${ids.dispute}` },
  { name: "actor", path: `/actors/${ids.actor}` },
  { name: "place", path: `/places/${ids.place}` },
  { name: "map", path: "/map" },
  { name: "search", path: "/search?q=%D8%AD%D9%84%D8%A8" },
  { name: "not-found", path: "/events/no-such-event-e2e", status: 404 },
];

async function check(page: Page, path: string, lang: "ar" | "en", status = 200) {
  const url = lang === "ar" ? path : `/en${path === "/" ? "" : path}`;
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(status);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoA11yViolations(page);
}

for (const lang of ["ar", "en"] as const) {
  test(`every page type renders, passes axe and is screenshotted (${lang})`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const ids = await seedIds();
    for (const p of pages(ids)) {
      await check(page, p.path, lang, p.status);
      await snap(page, testInfo, `web-${p.name}-${lang}`);
    }
    // A phone: nothing wider than the screen on the pages with tables, maps and long text.
    await page.setViewportSize({ width: 375, height: 800 });
    for (const p of pages(ids).filter((x) => ["home", "event", "source", "dispute", "map"].includes(x.name))) {
      await check(page, p.path, lang, p.status);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${p.name} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
      await snap(page, testInfo, `web-${p.name}-${lang}-mobile`);
    }
  });
}

test("English pages are in English, and the language switch keeps the page", async ({ page }) => {
  await page.goto("/events/ev-darat-izza-strikes");
  await expect(page.getByRole("heading", { name: "متى" })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/events\/ev-darat-izza-strikes$/);
  await expect(page.getByRole("heading", { name: "When" })).toBeVisible();
  await expect(page.getByTestId("event-place")).toContainText("Darat Izza");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/events\/ev-darat-izza-strikes$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
