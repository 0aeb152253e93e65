import { expect, test } from "@playwright/test";
import { apiQuery, snap } from "./support";
import { READER_URL, signInUi, signOutUi } from "./session";
import { userOf } from "./users";

/** Polls the reader's page of a record the whole time, as a reader refreshing it would: every answer is kept. */
function watchReader(path: string) {
  const statuses: number[] = [];
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      statuses.push((await fetch(`${READER_URL}${path}`, { redirect: "manual" })).status);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return {
    statuses,
    async done() {
      stop = true;
      await loop;
      return statuses;
    },
  };
}

test("a published event is fixed in place: the edit waits beside it, a reviewer accepts what changed, and the reader never returns 404", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const list = await apiQuery<{ items: { id: string; title: { ar: string } }[] }>("events.list", { limit: 5 });
  const target = list.items[0]!;
  const title = target.title.ar;
  const fixed = `${title} (مصحح)`;
  const reader = watchReader(`/events/${target.id}`);

  await signInUi(page, userOf("editor"));
  await page.goto(`/records/event/${target.id}`);
  await expect(page.getByTestId("status-bar")).toContainText("منشور");
  await page.locator("#f-titleAr").fill(fixed);
  await page.keyboard.press("Control+s");
  await expect(page.getByTestId("form-status")).toContainText("حُفظ");
  await expect(page.getByTestId("pending-notice")).toContainText("العنوان بالعربية");
  // Readers keep the published title meanwhile.
  await expect.poll(async () => (await apiQuery<{ title: { ar: string } }>("events.byId", { id: target.id })).title.ar).toBe(title);
  await snap(page, testInfo, "published-edit-1-pending");
  await page.getByRole("button", { name: "إرسال التغييرات للمراجعة" }).click();
  await expect(page.getByTestId("pending-notice")).toContainText("قيد المراجعة");
  await signOutUi(page);

  await signInUi(page, userOf("reviewer"));
  await page.goto("/review");
  await page.getByTestId("review-queue").locator(`tr[data-record-id="${target.id}"] a`).click();
  const changes = page.getByTestId("review-changes");
  await expect(changes).toContainText("العنوان بالعربية");
  // A word-level diff: the added words marked, the rest as it was.
  await expect(changes.locator("ins.diff-new")).toContainText("مصحح");
  await snap(page, testInfo, "published-edit-2-review");
  await page.getByTestId("review-accept").click();
  await expect(page).toHaveURL(/\/review$/);

  expect((await apiQuery<{ title: { ar: string } }>("events.byId", { id: target.id })).title.ar).toBe(fixed);
  await expect(async () => {
    const res = await fetch(`${READER_URL}/events/${target.id}`);
    expect(await res.text()).toContain("مصحح");
  }).toPass({ timeout: 20_000 });
  const statuses = await reader.done();
  expect(statuses.length).toBeGreaterThan(5);
  expect([...new Set(statuses)]).toEqual([200]);
});
