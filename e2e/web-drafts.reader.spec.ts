import { expect, test } from "@playwright/test";
import { apiSession, mutate, READER_URL } from "./session";
import { userOf } from "./users";

// Drafts, records in review and retracted records never reach the public reader: not by URL, not in
// the timeline, search, exports or feed.
test("a draft, an event in review and a retracted event never leak to the reader", async ({ page, request }) => {
  const marker = `تسريب${Date.now()}`;
  const editor = await apiSession(userOf("editor"));
  const reviewer = await apiSession(userOf("reviewer"));
  const draft = await mutate<{ id: string; version: number }>(editor, "edit.event.create", {
    type: "air_strike",
    titleAr: `مسودة ${marker}`,
    summaryAr: marker,
  });
  const inReview = await mutate<{ id: string; version: number }>(editor, "edit.event.create", {
    type: "air_strike",
    titleAr: `مراجعة ${marker}`,
    summaryAr: marker,
  });
  await mutate(editor, "edit.event.setStatus", { id: inReview.id, baseVersion: inReview.version, to: "in_review" });
  const retracted = await mutate<{ id: string; version: number }>(editor, "edit.event.create", {
    type: "air_strike",
    titleAr: `مسحوب ${marker}`,
    summaryAr: marker,
  });
  const r1 = await mutate<{ version: number }>(editor, "edit.event.setStatus", { id: retracted.id, baseVersion: retracted.version, to: "in_review" });
  const r2 = await mutate<{ version: number }>(reviewer, "edit.event.setStatus", { id: retracted.id, baseVersion: r1.version, to: "published" });
  // Seen once while published (so its page is cached), then retracted: the cached page must go too.
  await expect(async () => {
    const res = await page.goto(`${READER_URL}/events/${retracted.id}`);
    expect(res?.status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  await mutate(reviewer, "edit.event.setStatus", { id: retracted.id, baseVersion: r2.version, to: "retracted" });

  for (const id of [draft.id, inReview.id]) {
    const res = await page.goto(`${READER_URL}/events/${id}`);
    expect(res?.status(), id).toBe(404);
  }
  await expect(async () => {
    const res = await page.goto(`${READER_URL}/events/${retracted.id}`);
    expect(res?.status()).toBe(404);
  }).toPass({ timeout: 20_000 });

  // The search page repeats the query itself, so there the check is that no hit points at the records.
  for (const path of ["/", "/en", `/search?q=${encodeURIComponent(marker)}`, "/export/events.json", "/export/events.csv", "/feed.xml"]) {
    const body = await (await request.get(`${READER_URL}${path}`)).text();
    for (const id of [draft.id, inReview.id, retracted.id]) expect(body, `${path} names ${id}`).not.toContain(id);
    if (!path.startsWith("/search")) expect(body, path).not.toContain(marker);
  }
});
