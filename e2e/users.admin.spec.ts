import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, snap } from "./support";
import { signInUi } from "./session";
import { userOf } from "./users";

test("an admin creates a user (password shown once) and changes a role, which is audited; that user switches the panel to English and back", async ({
  page,
  browser,
}, testInfo) => {
  await signInUi(page, userOf("admin"));
  await page.getByRole("link", { name: /المستخدمون/ }).click();
  await expect(page).toHaveURL(/\/users$/);
  const table = page.getByTestId("users-table");
  await expect(table.locator(`tr[data-email="${userOf("editor").email}"]`)).toContainText("editor");
  const form = page.getByTestId("new-user-form");
  await form.getByLabel(/البريد الإلكتروني/).fill("not an email");
  await form.getByRole("button", { name: /إنشاء المستخدم/ }).click();
  await expect(form.locator("#ue-email")).toContainText(/[\u0600-\u06FF]/);
  await expect(form.locator("#ue-email")).toContainText("عنوان بريد إلكتروني صحيح");
  const email = `lang.${Date.now()}@e2e.test`;
  await form.getByLabel(/البريد الإلكتروني/).fill(email);
  await form.getByRole("button", { name: /إنشاء المستخدم/ }).click();
  const password = (await page.getByTestId("generated-password").locator("code").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(20);
  await expectNoA11yViolations(page);
  await snap(page, testInfo, "admin-users");
  await page.reload();
  await expect(page.getByTestId("generated-password")).toHaveCount(0); // never shown again
  await page.getByLabel(`تغيير الدور: ${email}`).selectOption("reviewer");
  await expect(page.locator(`tr[data-email="${email}"] td:nth-child(3) [role=status]`)).toContainText("تغيّر الدور");
  await page.goto(`/audit?action=role_changed`);
  await expect(page.getByTestId("audit-table").locator("tbody tr").filter({ hasText: email })).toContainText("reviewer");

  const context = await browser.newContext();
  const them = await context.newPage();
  await signInUi(them, { email, password });
  await expect(them.locator("html[lang=ar][dir=rtl]")).toHaveCount(1);
  await them.getByTestId("switch-language").click();
  await expect(them.locator("html[lang=en][dir=ltr]")).toHaveCount(1);
  await expect(them.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Events", exact: true })).toBeVisible();
  await expect(them.getByRole("heading", { level: 1 })).toHaveText("Events");
  await expectNoA11yViolations(them);
  await snap(them, testInfo, "admin-english");
  // Kept on the account, so every page of the panel follows it.
  await them.goto("/");
  await expect(them.locator("html[lang=en][dir=ltr]")).toHaveCount(1);
  await them.getByTestId("switch-language").click();
  await expect(them.locator("html[lang=ar][dir=rtl]")).toHaveCount(1);

  // They change their own password from the account page (too short, wrong current, then right).
  await them.getByTestId("user-menu").getByRole("link", { name: email }).click();
  await expect(them).toHaveURL(/\/account$/);
  const status = them.getByTestId("password-status");
  await them.getByLabel(/كلمة المرور الحالية/).fill(password);
  await them.getByLabel(/كلمة المرور الجديدة/).fill("short");
  await them.getByRole("button", { name: /تغيير كلمة المرور/ }).click();
  await expect(status).toContainText("أقصر من 12");
  // A common password is refused with the API's reason, in the panel's language.
  await them.getByLabel(/كلمة المرور الحالية/).fill(password);
  await them.getByLabel(/كلمة المرور الجديدة/).fill("password1234");
  await them.getByRole("button", { name: /تغيير كلمة المرور/ }).click();
  await expect(status).toContainText("سهلة التخمين");
  const next = `new-${password}`;
  await them.getByLabel(/كلمة المرور الحالية/).fill("wrong-password-123");
  await them.getByLabel(/كلمة المرور الجديدة/).fill(next);
  await them.getByRole("button", { name: /تغيير كلمة المرور/ }).click();
  await expect(status).toContainText("لم تتغير كلمة المرور");
  await them.getByLabel(/كلمة المرور الحالية/).fill(password);
  await them.getByLabel(/كلمة المرور الجديدة/).fill(next);
  await them.getByRole("button", { name: /تغيير كلمة المرور/ }).click();
  await expect(status).toContainText("تغيّرت كلمة المرور");
  await expectNoA11yViolations(them);
  await snap(them, testInfo, "admin-account");
  await context.close();

  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await signInUi(again, { email, password: next });
  await expect(again.getByTestId("user-menu")).toContainText(email);

  // The admin resets it (a user who forgot it, or whose sign-in is paused): a new one shown once, their sessions end.
  await page.goto("/users");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: `إعادة تعيين كلمة المرور: ${email}` }).click();
  const reset = (await page.getByTestId("reset-password").locator("code").textContent())!.trim();
  expect(reset.length).toBeGreaterThanOrEqual(20);
  await again.reload();
  await expect(again).toHaveURL(/\/sign-in/);
  await signInUi(again, { email, password: reset });
  await expect(again.getByTestId("user-menu")).toContainText(email);
  await fresh.close();
});
