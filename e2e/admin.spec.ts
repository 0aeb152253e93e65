import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, snap } from "./support";
import { signInUi, signOutUi } from "./session";
import { userOf, E2E_USERS } from "./users";

test("sign-in has labelled fields; a wrong password is refused and sets no cookie", async ({ page, context }, testInfo) => {
  const res = await page.goto("/sign-in");
  expect(res?.status()).toBe(200);
  await expect(page.locator("html[dir=rtl][lang=ar]")).toHaveCount(1);
  const email = page.getByLabel(/البريد الإلكتروني/);
  const password = page.getByLabel(/كلمة المرور/);
  await expect(email).toHaveAttribute("type", "email");
  await expect(password).toHaveAttribute("type", "password");
  await expectNoA11yViolations(page);
  await email.fill(userOf("editor").email);
  await password.fill("not the password at all");
  await page.getByRole("button", { name: /تسجيل الدخول/ }).click();
  await expect(page.getByRole("status")).toContainText("البريد الإلكتروني أو كلمة المرور غير صحيحة");
  // One language at a time: the Arabic panel does not repeat itself in English.
  await expect(page.getByRole("status")).not.toContainText("Wrong email");
  expect(await context.cookies()).toEqual([]);
  await snap(page, testInfo, "admin-sign-in");
});

test("an editor signs in (HttpOnly cookie), sees every status, signs out; pages need a session", async ({ page, context }, testInfo) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInUi(page, userOf("editor"));
  const cookie = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  const table = page.getByTestId("records-table");
  await expect(table.locator("tbody tr").first()).toBeVisible();
  await page.getByRole("combobox", { name: /الحالة/ }).selectOption("published");
  await page.getByRole("button", { name: /تصفية/ }).click();
  await expect(page).toHaveURL(/status=published/);
  await expect(table.locator("tbody tr .status--published").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /سجل الأمان/ })).toHaveCount(0); // not an admin
  await expectNoA11yViolations(page);
  await snap(page, testInfo, "admin-events");
  await signOutUi(page);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("repeated wrong passwords pause sign-in to the account from this device, and the admin sees it in the audit log", async ({ page }, testInfo) => {
  const victim = E2E_USERS.find((u) => u.email.startsWith("locked"))!;
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel(/البريد الإلكتروني/).fill(victim.email);
    await page.getByLabel(/كلمة المرور/).fill(`wrong-${i}-password`);
    await page.getByRole("button", { name: /تسجيل الدخول/ }).click();
    await expect(page.getByRole("status")).toContainText(/غير صحيحة|أُوقف الدخول/);
  }
  await page.getByLabel(/كلمة المرور/).fill(victim.password);
  await page.getByRole("button", { name: /تسجيل الدخول/ }).click();
  await expect(page.getByRole("status")).toContainText("أُوقف الدخول إلى هذا الحساب من هذا الجهاز مؤقتاً");
  await signInUi(page, userOf("admin"));
  await page.goto(`/audit?email=${encodeURIComponent(victim.email)}`);
  const rows = page.getByTestId("audit-table").locator("tbody tr");
  await expect(rows.and(page.locator('[data-action="lockout"]'))).toHaveCount(1);
  await expect(rows.and(page.locator('[data-action="sign_in_failed"]'))).toHaveCount(6);
  await snap(page, testInfo, "admin-audit-lockout");
});
