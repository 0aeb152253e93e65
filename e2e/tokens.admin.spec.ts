import { expect, test, type Page } from "@playwright/test";
import { API_URL, expectNoA11yViolations, snap } from "./support";
import { ADMIN_URL, apiSession, mutate, signInUi } from "./session";
import { userOf } from "./users";

/** A call straight to the API with a bearer token, as a program would make it (no cookie, no Origin). */
async function withToken(token: string, proc: string, input: unknown, mutation = false): Promise<number> {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const res = mutation
    ? await fetch(`${API_URL}/trpc/${proc}`, { method: "POST", headers, body: JSON.stringify(input) })
    : await fetch(`${API_URL}/trpc/${proc}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, { headers });
  return res.status;
}

async function createToken(
  page: Page,
  {
    name,
    user,
    write,
    days,
    labels,
  }: {
    name: string;
    user: string;
    write: boolean;
    days: number;
    labels: { name: RegExp; user: RegExp; write: RegExp; read: RegExp; days: RegExp; create: RegExp };
  },
) {
  const form = page.getByTestId("new-token-form");
  await form.getByLabel(labels.name).fill(name);
  const option = await form.getByLabel(labels.user).locator("option", { hasText: user }).getAttribute("value");
  await form.getByLabel(labels.user).selectOption(option);
  await form.getByRole("radio", { name: write ? labels.write : labels.read }).check();
  await form.getByLabel(labels.days).fill(String(days));
  await form.getByRole("button", { name: labels.create }).click();
  const shown = page.getByTestId("token-secret");
  await expect(shown).toBeFocused();
  const token = (await shown.locator("code").textContent())!.trim();
  expect(token).toMatch(/^wq_[A-Za-z0-9_-]{43}$/);
  return token;
}

const AR = { name: /الغرض/, user: /يعمل باسم/, write: /قراءة وكتابة/, read: /^قراءة read/, days: /مدة الصلاحية/, create: /إنشاء الرمز/ };
const EN = { name: /What it is for/, user: /Acts as/, write: /read and write/, read: /^read \(/, days: /Expires in/, create: /Create token/ };

test("an admin makes an API token (shown once, copied), a program writes with it, then the admin revokes it (Arabic)", async ({ page, context }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ADMIN_URL });
  await signInUi(page, userOf("admin"));
  await page
    .getByRole("navigation")
    .getByRole("link", { name: /رموز API/ })
    .click();
  await expect(page).toHaveURL(/\/tokens$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("رموز API للبرامج");

  // A name is required: refused in the browser, in both languages, before anything is sent.
  await page.getByTestId("new-token-form").getByRole("button", { name: AR.create }).click();
  await expect(page.locator("#te-name")).toContainText(/[\u0600-\u06FF]/);

  const name = `مستورد الأخبار ${Date.now()}`;
  const token = await createToken(page, { name, user: userOf("editor").email, write: true, days: 30, labels: AR });
  await expect(page.getByTestId("token-secret")).toContainText("لن يظهر مرة أخرى");
  await page.getByRole("button", { name: /نسخ الرمز/ }).click();
  await expect(page.getByTestId("token-secret").getByRole("status")).toContainText("نُسخ الرمز");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const row = page.getByTestId("tokens-table").locator(`tr[data-prefix="${token.slice(0, 9)}"]`);
  await expect(row).toHaveAttribute("data-status", "active");
  await expect(row).toContainText(userOf("editor").email);
  await expect(row).toContainText("قراءة وكتابة");
  await expect(row).toContainText("لم يُستخدم");
  await expectNoA11yViolations(page);
  await snap(page, testInfo, "admin-tokens-ar");

  // A program uses it: reads as the editor, and writes a draft.
  expect(await withToken(token, "account.me", undefined)).toBe(200);
  expect(await withToken(token, "edit.event.create", { type: "air_strike", titleAr: "غارة من برنامج" }, true)).toBe(200);
  expect(await withToken(token, "tokens.list", undefined)).toBe(403); // never admin procedures

  // Shown once: a reload lists the token (now used) but never the secret again.
  await page.reload();
  await expect(page.getByTestId("token-secret")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  await expect(row).not.toContainText("لم يُستخدم");

  // Revoke, by keyboard, with a confirmation that offers the safe choice first.
  await row.getByRole("button", { name: /إلغاء الرمز/ }).focus();
  await page.keyboard.press("Enter");
  const confirm = row.getByRole("group");
  await expect(confirm).toContainText("نهائياً");
  await expect(confirm.getByRole("button", { name: /تراجع/ })).toBeFocused();
  await expectNoA11yViolations(page);
  await snap(page, testInfo, "admin-tokens-revoke-ar");
  await page.keyboard.press("Enter"); // "keep it": nothing happens
  await expect(confirm).toHaveCount(0);
  await expect(row).toHaveAttribute("data-status", "active");
  await page.keyboard.press("Enter"); // the revoke button has the focus back
  await row.getByRole("button", { name: /نعم، ألغِ الرمز/ }).click();
  await expect(row.getByRole("status")).toContainText("أُلغي الرمز");
  await expect(row).toHaveAttribute("data-status", "revoked");
  await expect(row).toContainText("ملغى");
  expect(await withToken(token, "account.me", undefined)).toBe(401);

  await page.goto("/audit?action=token_revoked");
  await expect(page.getByTestId("audit-table").locator("tbody tr").first()).toContainText(token.slice(0, 9));
});

test("the tokens page in English (left to right), for an admin who chose English", async ({ browser }, testInfo) => {
  // A separate admin, so switching the language touches no other test's account.
  const session = await apiSession(userOf("admin"));
  const email = `tokens.en.${Date.now()}@e2e.test`;
  await mutate(session, "users.create", { email, role: "admin", password: "tokens-en-password-1" });
  await session.dispose();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInUi(page, { email, password: "tokens-en-password-1" });
  await page.getByTestId("switch-language").click();
  await expect(page.locator("html[lang=en][dir=ltr]")).toHaveCount(1);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens for programs");
  const token = await createToken(page, { name: "dashboard reader", user: userOf("reviewer").email, write: false, days: 7, labels: EN });
  await expect(page.getByTestId("token-secret")).toContainText("it will not be shown again");
  const row = page.getByTestId("tokens-table").locator(`tr[data-prefix="${token.slice(0, 9)}"]`);
  await expect(row).toContainText("read");
  await expect(row).toContainText("active");
  // Read only: reads as the reviewer, cannot write.
  expect(await withToken(token, "edit.event.list", {})).toBe(200);
  expect(await withToken(token, "edit.event.create", { type: "air_strike", titleAr: "لا" }, true)).toBe(403);
  await expectNoA11yViolations(page);
  await snap(page, testInfo, "admin-tokens-en");
  await row.getByRole("button", { name: /Revoke/ }).click();
  await row.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(row.getByRole("status")).toContainText("Token revoked");
  await expect(row).toHaveAttribute("data-status", "revoked");
  expect(await withToken(token, "edit.event.list", {})).toBe(401);
  await context.close();
});
