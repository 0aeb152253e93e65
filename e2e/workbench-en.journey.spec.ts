import { expect, test } from "@playwright/test";
import { snap } from "./support";
import { apiSession, query, signInUi } from "./session";
import { userByEmail } from "./users";

const ARTICLE = "شنت الطائرات الروسية أمس عشرات الغارات الجوية على مدينة دارة عزة في ريف حلب الغربي، وقتل سبعة مدنيين بحسب مصادر محلية.";

test("in English, an editor accepts an extraction suggestion as an event with its place, date, actors and figures, each cited; a rejected one stays rejected after a reload", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const user = userByEmail("editor.en@e2e.test");
  await signInUi(page, user);
  await page.getByTestId("switch-language").click();
  await expect(page.locator("html[lang=en][dir=ltr]")).toHaveCount(1);

  await page.getByRole("link", { name: "Import article" }).click();
  await page.getByLabel(/Article title/).fill("Strikes on Darat Izza");
  await page.getByLabel(/Publication date/).fill("2017-04-23");
  await page.getByLabel(/^Text/).fill(`${ARTICLE} وقصفت المدفعية بلدة الأتارب صباح اليوم.`);
  await page.getByRole("button", { name: /^Import/ }).click();
  await expect(page).toHaveURL(/\/annotate\/doc-/);
  const documentId = page.url().split("/").pop()!;

  const suggestions = page.getByTestId("suggestion-list");
  const strike = suggestions.locator("li[data-suggestion]").filter({ hasText: "Air strike" }).first();
  await expect(strike).toContainText("Darat Izza");
  await expect(strike).toContainText("2017-04-22");
  const others = await suggestions.locator("li[data-suggestion]").count();
  expect(others).toBeGreaterThan(1);
  await strike.getByRole("button", { name: /^Accept/ }).click();
  await expect(page.getByTestId("workspace-status")).toContainText("Created the event");
  await expect(page.getByTestId("current-event")).toContainText("الغارات الجوية");
  await snap(page, testInfo, "workbench-en-1-accepted");

  // Every other suggestion rejected; after a reload none comes back.
  for (let i = 1; i < others; i++)
    await suggestions
      .locator("li[data-suggestion]")
      .first()
      .getByRole("button", { name: /^Reject/ })
      .click();
  await expect(suggestions.locator("li[data-suggestion]")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("suggestion-list").locator("li[data-suggestion]")).toHaveCount(0);

  const eventId = (await page.getByTestId("current-event-link").getAttribute("href"))!.split("/").pop()!;
  const api = await apiSession(user);
  const ev = await query<{ fields: Record<string, unknown> }>(api, "edit.event.get", { id: eventId });
  expect(ev.fields).toMatchObject({ type: "air_strike", placeId: "pl-darat-izza", dateStart: "2017-04-22" });
  const doc = await query<{ spans: { role: string }[] }>(api, "annotate.document", { id: documentId });
  expect(doc.spans.map((s) => s.role)).toEqual(expect.arrayContaining(["evidence", "date", "place", "actor", "number"]));

  await page.getByTestId("current-event-link").click();
  await expect(page.getByRole("group", { name: "When" })).toBeVisible();
  await expect(page.locator("#f-timeBasis")).toHaveValue("relative");
  await expect(page.locator("#f-timeBasis option:checked")).toHaveText("resolved from a relative expression");
  await expect(page.getByTestId("figures")).toContainText("killed");
  await snap(page, testInfo, "workbench-en-2-event");
  // Back to Arabic for whoever signs in as this user next.
  await page.getByTestId("switch-language").click();
  await expect(page.locator("html[lang=ar][dir=rtl]")).toHaveCount(1);
});
