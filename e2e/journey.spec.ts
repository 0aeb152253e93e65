import { expect, test, type Page } from "@playwright/test";
import { Interactions } from "./count";
import { snap } from "./support";
import { apiSession, query, READER_URL, signOutUi } from "./session";
import { userOf } from "./users";

/** A short report nobody tuned for: an air raid on a village the gazetteer does not know, two figures, two actors, a source. */
const ARTICLE =
  "قُتل سبعة مدنيين وأصيب اثنا عشر آخرون أمس في غارات جوية شنتها طائرات روسية على بلدة تل حديا في ريف حلب الجنوبي، بحسب ما أفاد المرصد السوري لحقوق الإنسان. واتهمت فصائل المعارضة قوات النظام السوري بالمشاركة في الهجوم.";

async function signIn(page: Page, count: Interactions, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await count.fill(page.getByLabel(/البريد الإلكتروني/), user.email, "email");
  await count.fill(page.getByLabel(/كلمة المرور/), user.password, "password");
  await count.click(page.getByRole("button", { name: /تسجيل الدخول/ }), "sign in");
  await expect(page.getByTestId("user-menu")).toContainText(user.email);
}

/** One workspace action: select the words, press the key, confirm with Enter where the action asks. */
async function label(page: Page, count: Interactions, words: string, key: string, confirm: "enter" | "pick" | "none" = "enter") {
  await count.selectWords(page, words);
  await count.press(page.getByTestId("document-text"), key, `key ${key}`);
  const status = page.getByTestId("workspace-status");
  const before = await status.textContent();
  if (confirm === "pick") {
    // Enter at once, as a fast editor does: it takes the list's first option when the picker's search answers.
    await count.press(page.locator(".action-panel [role=combobox]").last(), "Enter", "pick the first option");
  } else if (confirm === "enter") await count.press(page.locator(".action-panel").locator("select, input").first(), "Enter", "confirm");
  await expect(status).not.toHaveText(before ?? "");
  await expect(status).toContainText(`«${words}»`);
}

test("an editor curates a new report into an event with a new place, two figures, two participants, a claim and seven citations in at most 40 interactions and no typed id; a reviewer publishes it in a few more; the reader shows it", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const editor = new Interactions();
  await signIn(page, editor, userOf("editor"));

  await editor.click(page.getByRole("link", { name: "استيراد مقال" }), "open import");
  await editor.fill(page.getByLabel(/عنوان المقال/), "غارات على تل حديا", "title");
  await editor.fill(page.getByLabel(/تاريخ النشر/), "2017-04-23", "publication date");
  await editor.fill(page.getByLabel(/^النص/), ARTICLE, "paste the text");
  await snap(page, testInfo, "journey-ar-1-import");
  await editor.click(page.getByRole("button", { name: /^استيراد/ }), "import");
  await expect(page).toHaveURL(/\/annotate\/doc-/);
  const documentId = page.url().split("/").pop()!.split("?")[0]!;

  await label(page, editor, "غارات جوية", "e"); // the event: its type read from the words
  await label(page, editor, "أمس", "d"); // its date, resolved against the publication date
  await label(page, editor, "تل حديا", "p", "pick"); // a new place, created from the selected words
  await label(page, editor, "سبعة مدنيين", "f");
  await label(page, editor, "اثنا عشر", "f");
  await label(page, editor, "طائرات روسية", "a", "pick");
  await label(page, editor, "قوات النظام السوري", "a", "pick");
  await label(page, editor, "بحسب ما أفاد المرصد السوري لحقوق الإنسان", "c", "pick");
  await snap(page, testInfo, "journey-ar-2-workspace");
  await editor.click(page.getByTestId("current-event").getByRole("button", { name: "إرسال للمراجعة" }), "send to review");
  await expect(page.getByTestId("workspace-status")).toContainText("أُرسل للمراجعة");
  const eventId = (await page.getByTestId("current-event-link").getAttribute("href"))!.split("/").pop()!;

  // What the record holds now, as the API says.
  const api = await apiSession(userOf("editor"));
  const ev = await query<{ status: string; fields: Record<string, unknown> }>(api, "edit.event.get", { id: eventId });
  expect(ev).toMatchObject({ status: "in_review", fields: { type: "air_strike", dateStart: "2017-04-22", timeBasis: "relative", timeExpression: "أمس" } });
  const place = await query<{ fields: Record<string, unknown>; status: string }>(api, "edit.place.get", { id: String(ev.fields.placeId) });
  expect(place).toMatchObject({ status: "in_review", fields: { nameAr: "تل حديا", feature: "town" } });
  const parts = await query<{ figures: { kind: string; best: number | null }[]; participants: { actorId: string }[] }>(api, "edit.event.parts", {
    id: eventId,
  });
  expect(parts.figures.map((f) => [f.kind, f.best])).toEqual([
    ["killed", 7],
    ["injured", 12],
  ]);
  expect(parts.participants).toHaveLength(2);
  const doc = await query<{ spans: { role: string; targetKind: string }[] }>(api, "annotate.document", { id: documentId });
  expect(doc.spans.filter((s) => s.targetKind !== "claim")).toHaveLength(7);
  expect(doc.spans.filter((s) => s.targetKind === "claim")).toHaveLength(1);

  console.log(`editor: ${editor.summary()}`);
  testInfo.annotations.push({ type: "editor interactions", description: editor.summary() });
  expect(editor.typedIds).toBe(0);
  expect(editor.interactions).toBeLessThanOrEqual(40);

  await page.goto(`/records/event/${eventId}`);
  await expect(page.getByTestId("figures")).toContainText("سبعة مدنيين");
  await expect(page.getByTestId("record-citations")).toContainText("أمس");
  await snap(page, testInfo, "journey-ar-3-event");
  await signOutUi(page);

  // The reviewer: the queue, the item, accept with what its page needs (checked already).
  const reviewer = new Interactions();
  const rv = await (await browser.newContext({ locale: "ar" })).newPage();
  await signIn(rv, reviewer, userOf("reviewer"));
  await reviewer.click(rv.getByRole("link", { name: "قائمة المراجعة" }), "open the queue");
  await reviewer.click(rv.getByTestId("review-queue").getByRole("link", { name: "غارات جوية", exact: true }), "open the event");
  await expect(rv.getByTestId("review-changes")).toContainText("تل حديا");
  await expect(rv.getByTestId("review-dependencies")).toContainText("تل حديا");
  await snap(rv, testInfo, "journey-ar-4-review");
  await reviewer.click(rv.getByTestId("review-accept"), "accept and publish");
  await expect(rv).toHaveURL(/\/review$/);
  // Its claim went with it (offered, ticked): the queue holds nothing of this report any more.
  await expect(rv.getByTestId("review-queue").getByRole("link", { name: /غارات جوية/ })).toHaveCount(0);
  console.log(`reviewer: ${reviewer.summary()}`);
  testInfo.annotations.push({ type: "reviewer interactions", description: reviewer.summary() });
  expect(reviewer.interactions).toBeLessThanOrEqual(8);

  // The reader shows it, with its place and the cited words; the cached home page was told to re-render.
  await rv.goto(`${READER_URL}/events/${eventId}`);
  await expect(rv.getByRole("heading", { level: 1 })).toContainText("غارات جوية");
  await expect(rv.locator("body")).toContainText("تل حديا");
  await expect(rv.locator("body")).toContainText("سبعة مدنيين");
  await snap(rv, testInfo, "journey-ar-5-reader");
  await expect(async () => {
    await rv.goto(READER_URL);
    await expect(rv.locator("body")).toContainText("غارات جوية", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
});
