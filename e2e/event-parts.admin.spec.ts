import { expect, test } from "@playwright/test";
import { snap } from "./support";
import { apiSession, mutate, query, signInUi } from "./session";
import { userOf } from "./users";

test("an editor fills an event's fields, figures, participants and relations by name, never by id; errors are in the panel's language at the field; the version moves on with each save", async ({
  page,
}, testInfo) => {
  const editor = await apiSession(userOf("editor"));
  const actor = await mutate<{ id: string }>(editor, "edit.actor.create", { nameAr: "سلاح الجو التجريبي", kind: "armed_forces" });
  const ev = await mutate<{ id: string }>(editor, "edit.event.create", {
    type: "air_strike",
    titleAr: "غارة للمشاركين",
    grading: "fair",
    timePrecision: "day",
    timeBasis: "stated",
    dateStart: "2017-04-20",
  });
  const other = await mutate<{ id: string }>(editor, "edit.event.create", { type: "air_strike", titleAr: "غارة سابقة للصلة" });
  await signInUi(page, userOf("editor"));
  await page.goto(`/records/event/${ev.id}`);
  const version = page.getByTestId("record-version");
  await expect(version).toHaveText("1");

  // A field error, in Arabic only, at the field; nothing is sent.
  await page.locator("#f-titleAr").fill("");
  await page.getByRole("button", { name: /^حفظ/ }).first().click();
  await expect(page.locator("#f-titleAr-error")).toHaveText("مطلوب");
  await expect(page.locator("#f-titleAr")).toHaveAttribute("aria-invalid", "true");
  await expect(version).toHaveText("1");
  // One field saved: the others (grading, precision...) stay as they were.
  await page.locator("#f-titleAr").fill("غارة للمشاركين المعدلة");
  await page.keyboard.press("Control+s");
  await expect(version).toHaveText("2");
  const saved = await query<{ fields: Record<string, unknown> }>(editor, "edit.event.get", { id: ev.id });
  expect(saved.fields).toMatchObject({ titleAr: "غارة للمشاركين المعدلة", grading: "fair", timePrecision: "day", timeBasis: "stated" });

  // The place by name, through its picker.
  const placePicker = page.getByTestId("f-placeId");
  await placePicker.getByRole("combobox").fill("دارة");
  await placePicker
    .getByRole("option", { name: /دارة عزة/ })
    .first()
    .click();
  await page.keyboard.press("Control+s");
  await expect(version).toHaveText("3");

  // A figure: added, then changed; the version moves on each time, without a reload.
  const figures = page.getByTestId("figures");
  await figures.getByRole("button", { name: "إضافة رقم" }).click();
  await figures.getByLabel(/الكلمات كما وردت/).fill("عشرات");
  await figures.getByLabel(/عدد غير محدد/).check();
  await figures.getByRole("button", { name: "إضافة رقم" }).click();
  await expect(figures).toContainText("«عشرات»");
  await expect(version).toHaveText("4");
  await figures.getByRole("button", { name: "تعديل: عشرات" }).click();
  await figures.getByLabel(/ما يُعدّ/).selectOption("injured");
  await figures.getByRole("button", { name: /^حفظ/ }).click();
  await expect(figures).toContainText("جرحى");
  await expect(version).toHaveText("5");

  // A participant picked by name; a relation to another event picked by its title.
  const people = page.getByTestId("participants-form");
  await people.getByRole("button", { name: "إضافة مشارك" }).click();
  await people.getByRole("combobox", { name: "الفاعل 1" }).fill("سلاح الجو التجريبي");
  // The record itself, not the "create a new actor" option that names the same text.
  await people.getByRole("option", { name: /^سلاح الجو التجريبي/ }).click();
  await people.getByLabel("درجة الإسناد 1").selectOption("alleged");
  await people.getByRole("button", { name: /^حفظ/ }).click();
  await expect(version).toHaveText("6");
  const relations = page.getByTestId("relations-form");
  await relations.getByRole("button", { name: "إضافة صلة" }).click();
  await relations.getByLabel("نوع الصلة 1").selectOption("response_to");
  await relations.getByRole("combobox", { name: "الحدث المرتبط 1" }).fill("غارة سابقة للصلة");
  await relations.getByRole("option", { name: /^غارة سابقة للصلة/ }).click();
  await relations.getByRole("button", { name: /^حفظ/ }).click();
  await expect(version).toHaveText("7");
  await snap(page, testInfo, "admin-event-parts");

  const parts = await query<{ participants: { actorId: string; attribution: string }[]; relations: { relatedEventId: string }[] }>(editor, "edit.event.parts", {
    id: ev.id,
  });
  expect(parts.participants).toEqual([expect.objectContaining({ actorId: actor.id, attribution: "alleged" })]);
  expect(parts.relations).toEqual([{ relation: "response_to", relatedEventId: other.id }]);

  // The history reads as fields and lists, and one edit can be undone on its own.
  await page.goto(`/records/event/${ev.id}/history`);
  await expect(page.getByTestId("history")).toContainText("العنوان بالعربية");
  await page.locator('tr[data-version="2"]').getByRole("button", { name: "التراجع عن هذا التعديل" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("العنوان بالعربية");
  await page.getByRole("alertdialog").getByRole("button", { name: "تأكيد" }).click();
  await expect(page.locator('tr[data-version="8"]')).toContainText("تراجع");
  expect((await query<{ fields: Record<string, unknown> }>(editor, "edit.event.get", { id: ev.id })).fields.titleAr).toBe("غارة للمشاركين");
});
