import { expect, test } from "@playwright/test";
import { snap } from "./support";
import { apiSession, mutate, signInUi } from "./session";
import { userOf } from "./users";

test("an editor adds and removes an event's participants and relations; bad rows get field errors in Arabic and English", async ({ page }, testInfo) => {
  const editor = await apiSession(userOf("editor"));
  const actor = await mutate<{ id: string }>(editor, "edit.actor.create", { nameAr: "سلاح الجو", kind: "state" });
  const ev = await mutate<{ id: string }>(editor, "edit.event.create", { type: "air_strike", titleAr: "غارة للمشاركين" });
  const other = await mutate<{ id: string }>(editor, "edit.event.create", { type: "air_strike", titleAr: "غارة سابقة" });
  await signInUi(page, userOf("editor"));
  await page.goto(`/records/event/${ev.id}`);
  const people = page.getByTestId("participants-form");
  await people.getByRole("button", { name: /إضافة صف/ }).click();
  await people.getByRole("button", { name: /^حفظ/ }).click();
  // Checked in the browser with the API's schema: the message in both languages, at the field.
  const error = people.locator(".field-error");
  await expect(error).toHaveCount(1);
  await expect(error).toContainText(/[\u0600-\u06FF]/);
  await expect(error).toContainText(/too small/i);
  await people.getByLabel("معرّف الفاعل 1").fill(actor.id);
  await people.getByLabel("الدور في الحدث 1").selectOption("initiator");
  await people.getByLabel("درجة الإسناد 1").selectOption("alleged");
  await people.getByRole("button", { name: /إضافة صف/ }).click();
  await people.getByLabel("معرّف الفاعل 2").fill("act-nobody-here");
  await people.getByRole("button", { name: /^حفظ/ }).click();
  // Only the server knows the actor does not exist: it names the row.
  await expect(people.locator("#e-participants\\.1\\.actorId")).toBeVisible();
  await expect(page.getByTestId("record-version")).toHaveText("1");
  await people.getByRole("button", { name: "حذف الصف 2" }).click();
  await people.getByRole("button", { name: /^حفظ/ }).click();
  await expect(page.getByTestId("record-version")).toHaveText("2");
  await expect(page.getByTestId("participants-form").getByLabel("معرّف الفاعل 1")).toHaveValue(actor.id);
  await expect(page.getByTestId("participants-form").getByLabel("درجة الإسناد 1")).toHaveValue("alleged");

  const relations = page.getByTestId("relations-form");
  await relations.getByRole("button", { name: /إضافة صف/ }).click();
  await relations.getByLabel("نوع الصلة 1").selectOption("response_to");
  await relations.getByLabel("معرّف الحدث المرتبط 1").fill(other.id);
  await relations.getByRole("button", { name: /^حفظ/ }).click();
  await expect(page.getByTestId("record-version")).toHaveText("3");
  await expect(page.getByTestId("relations-form").getByLabel("معرّف الحدث المرتبط 1")).toHaveValue(other.id);
  await snap(page, testInfo, "admin-event-parts");

  // Removing the last row is an edit too; each save is a revision in the event's history.
  await page.getByTestId("relations-form").getByRole("button", { name: "حذف الصف 1" }).click();
  await page.getByTestId("relations-form").getByRole("button", { name: /^حفظ/ }).click();
  await expect(page.getByTestId("record-version")).toHaveText("4");
  await page.goto(`/records/event/${ev.id}/history`);
  await expect(page.getByText(/Participants: /)).toBeVisible();
  await expect(page.getByText("Relations: none")).toBeVisible();
});
