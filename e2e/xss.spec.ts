import { expect, test } from "@playwright/test";
import { apiSession, mutate, READER_URL, signInUi } from "./session";
import { userOf } from "./users";

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"'><svg onload=window.__xss=1>`;
const TEXT_FIELDS = ["titleAr", "titleEn", "summaryAr", "summaryEn", "timeExpression", "assessmentNoteAr", "assessmentNoteEn"] as const;

test("markup saved in every text field is stored as text and stays inert in the admin and the reader", async ({ page }) => {
  const editor = await apiSession(userOf("editor"));
  const reviewer = await apiSession(userOf("reviewer"));
  const fields = Object.fromEntries(TEXT_FIELDS.map((f) => [f, `${f} ${PAYLOAD}`]));
  const ev = await mutate<{ id: string; version: number }>(editor, "edit.event.create", { type: "air_strike", ...fields });
  const actor = await mutate<{ id: string }>(editor, "edit.actor.create", { kind: "person", nameAr: `اسم ${PAYLOAD}`, descriptionAr: PAYLOAD });
  const stored = (await (await editor.get(`/trpc/edit.event.get?input=${encodeURIComponent(JSON.stringify({ id: ev.id }))}`)).json()) as {
    result: { data: { fields: Record<string, string> } };
  };
  for (const f of TEXT_FIELDS) expect(stored.result.data.fields[f]).toBe(`${f} ${PAYLOAD}`);
  const sub = await mutate<{ version: number }>(editor, "edit.event.setStatus", { id: ev.id, baseVersion: ev.version, to: "in_review" });
  await mutate(reviewer, "edit.event.setStatus", { id: ev.id, baseVersion: sub.version, to: "published" });

  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  await signInUi(page, userOf("editor"));
  // Pages that show the text as text, and forms that hold it as an input's value.
  const pages = [
    `/`,
    `/records/event/${ev.id}`,
    `/records/event/${ev.id}/history`,
    `/records/actor/${actor.id}`,
    `${READER_URL}/events/${ev.id}`,
    `${READER_URL}/search?q=titleAr`,
  ];
  for (const url of pages) {
    await page.goto(url);
    if (url.includes("/records/event/") && !url.endsWith("history")) await expect(page.locator("#f-titleAr")).toHaveValue(`titleAr ${PAYLOAD}`);
    else if (url.includes("/records/actor/")) await expect(page.locator("#f-nameAr")).toHaveValue(`اسم ${PAYLOAD}`);
    else if (!url.endsWith("history")) await expect(page.locator("body")).toContainText("onerror=");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
    expect(await page.locator('img[src="x"], svg[onload]').count(), url).toBe(0);
  }
  expect(dialogs).toEqual([]);
});
