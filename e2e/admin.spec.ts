import { expect, test } from "@playwright/test";
import { allPublishedEvents, expectNoA11yViolations, snap } from "./support";

test("sign-in has labelled fields and answers honestly that accounts are not enabled yet", async ({ page, context }, testInfo) => {
  const res = await page.goto("/sign-in");
  expect(res?.status()).toBe(200);
  await expect(page.locator("html[dir=rtl][lang=ar]")).toHaveCount(1);

  const email = page.getByLabel(/البريد الإلكتروني/);
  const password = page.getByLabel(/كلمة المرور/);
  await expect(email).toHaveAttribute("type", "email");
  await expect(password).toHaveAttribute("type", "password");
  await expectNoA11yViolations(page);

  await email.fill("editor@example.org");
  await password.fill("correct horse battery staple");
  await page.getByRole("button", { name: /تسجيل الدخول/ }).click();

  const status = page.getByRole("status");
  await expect(status).toContainText("حسابات المحررين غير مفعّلة في هذا الإصدار بعد");
  await expect(status).toContainText("Editor accounts are not enabled in this build yet");
  // No pretend session: nothing was set, and the panel did not move on.
  expect(await context.cookies()).toEqual([]);
  await expect(page).toHaveURL(/\/sign-in$/);
  await snap(page, testInfo, "admin-sign-in");
});

test("the event list shows the published events from the API", async ({ page }, testInfo) => {
  const res = await page.goto("/");
  expect(res?.status()).toBe(200);
  const table = page.getByTestId("events-table");
  await expect(table.getByRole("columnheader")).toHaveCount(5);

  const published = await allPublishedEvents();
  expect(published.length).toBeGreaterThan(0);
  const rows = table.locator("tbody tr");
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-event-id")));
  expect(ids).toEqual(published.slice(0, ids.length).map((e) => e.id));
  for (const e of published.slice(0, ids.length)) {
    await expect(table.locator(`tr[data-event-id="${e.id}"]`)).toContainText(e.title.ar);
    await expect(table.locator(`tr[data-event-id="${e.id}"]`)).toContainText("منشور");
  }

  await expectNoA11yViolations(page);
  await snap(page, testInfo, "admin-events");
});
