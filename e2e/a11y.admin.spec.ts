import { expect, test, type Page } from "@playwright/test";
import { apiQuery, expectNoA11yViolations, snap } from "./support";
import { apiSession, mutate, signInUi } from "./session";
import { userByEmail, userOf } from "./users";

const WIDTH = 1366;

/** The page fits the window: nothing wider than the viewport makes it scroll sideways. */
async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, page.url()).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: WIDTH, height: 900 } });

test("every admin page passes axe and fits 1,366 px, in Arabic (RTL) and in English (LTR)", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const user = userByEmail("admin.a11y@e2e.test");
  const editor = await apiSession(userOf("editor"));
  const events = await apiQuery<{ items: { id: string }[] }>("events.list", { limit: 1 });
  const docs = await apiQuery<{ items: { id: string }[] }>("documents.list", { limit: 1 });
  // Something in review, so its review page exists.
  const draft = await mutate<{ id: string; version: number }>(editor, "edit.event.create", { type: "shelling", titleAr: "قصف للمراجعة" });
  await mutate(editor, "review.submit", { kind: "event", id: draft.id, baseVersion: draft.version });
  const pages = [
    "/",
    "/records/document",
    "/records/actor",
    "/records/place",
    "/records/claim",
    "/records/dispute",
    "/records/issue",
    "/records/position",
    `/records/event/${events.items[0]!.id}`,
    `/records/event/${events.items[0]!.id}/history`,
    "/records/event/new",
    `/records/document/${docs.items[0]!.id}`,
    `/annotate/${docs.items[0]!.id}`,
    "/import",
    "/review",
    `/review/event/${draft.id}`,
    "/account",
    "/users",
    "/audit",
    "/tokens",
  ];
  await signInUi(page, user);
  for (const locale of ["ar", "en"] as const) {
    if (locale === "en") await page.getByTestId("switch-language").click();
    await expect(page.locator(`html[lang=${locale}][dir=${locale === "ar" ? "rtl" : "ltr"}]`)).toHaveCount(1);
    for (const path of pages) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.locator(`html[lang=${locale}]`)).toHaveCount(1);
      await expectNoA11yViolations(page);
      await expectNoHorizontalOverflow(page);
    }
    await page.goto(`/annotate/${docs.items[0]!.id}`);
    await snap(page, testInfo, `admin-annotate-${locale}`);
    await page.goto(`/records/event/${events.items[0]!.id}`);
    await snap(page, testInfo, `admin-event-${locale}`);
    await page.goto(`/review/event/${draft.id}`);
    await snap(page, testInfo, `admin-review-${locale}`);
  }
  // Back to Arabic, as this account started.
  await page.getByTestId("switch-language").click();
  await expect(page.locator("html[lang=ar][dir=rtl]")).toHaveCount(1);
});

test("keyboard focus stays on screen in the RTL workspace, and every action key is listed", async ({ page }) => {
  await signInUi(page, userOf("editor"));
  const docs = await apiQuery<{ items: { id: string }[] }>("documents.list", { limit: 1 });
  await page.goto(`/annotate/${docs.items[0]!.id}`);
  const text = page.getByTestId("document-text");
  await text.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("selection")).not.toHaveText(/لا تحديد/);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const box = await page.evaluate(() => {
      const r = document.activeElement?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, width: window.innerWidth } : null;
    });
    expect(box && box.left >= 0 && box.right <= box.width + 1, JSON.stringify(box)).toBe(true);
  }
  for (const key of ["e", "d", "p", "a", "f", "c", "v"]) await expect(page.locator("#ws-keys kbd", { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
});
