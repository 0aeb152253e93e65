import { expect, test } from "@playwright/test";
import { API_URL } from "./support";
import { ADMIN_URL, READER_URL, signInUi } from "./session";
import { userOf } from "./users";

const SECURITY = ["x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy"];

test("the reader, the admin and the API send security headers; nothing may frame them", async ({ request }) => {
  for (const url of [`${READER_URL}/`, `${READER_URL}/en/map`, `${ADMIN_URL}/sign-in`, `${API_URL}/health`, `${API_URL}/api/v1/events`]) {
    const res = await request.get(url);
    const headers = res.headers();
    for (const h of SECURITY) expect(headers[h], `${h} on ${url}`).toBeTruthy();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
  }
  // The admin's scripts run only with the response's own nonce.
  const admin = (await request.get(`${ADMIN_URL}/sign-in`)).headers()["content-security-policy"]!;
  expect(admin).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(admin).not.toContain("'unsafe-inline' 'unsafe-eval'");
});

test("pages work under their policies: no script or style is refused in the reader or the admin", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && refused.push(m.text()));
  await page.goto(`${READER_URL}/`);
  await page.goto(`${READER_URL}/en/map`);
  await signInUi(page, userOf("editor"));
  const docs = (await (await page.request.get(`${API_URL}/trpc/documents.list?input=${encodeURIComponent('{"limit":1}')}`)).json()) as {
    result: { data: { items: { id: string }[] } };
  };
  await page.goto(`/annotate/${docs.result.data.items[0]!.id}`);
  // Hydrated: the keyboard works in the text.
  await page.getByTestId("document-text").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("selection")).not.toHaveText(/لا تحديد/);
  expect(refused).toEqual([]);
});
