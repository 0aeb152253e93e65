import { expect, request, type APIRequestContext, type Page } from "@playwright/test";
import type { E2EUser } from "./users";

export const ADMIN_URL = `http://127.0.0.1:${3101 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;
export const READER_URL = `http://127.0.0.1:${3100 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;

/** Signs in through the form, as a person would. */
export async function signInUi(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel(/البريد الإلكتروني/).fill(user.email);
  await page.getByLabel(/كلمة المرور/).fill(user.password);
  await page.getByRole("button", { name: /تسجيل الدخول/ }).click();
  await expect(page.getByTestId("user-menu")).toContainText(user.email);
}

export async function signOutUi(page: Page) {
  await page.getByRole("button", { name: /^تسجيل الخروج/ }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** A signed-in API session through the admin's same-origin proxy (cookie jar + the admin's Origin). */
export async function apiSession(user: Pick<E2EUser, "email" | "password">): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: ADMIN_URL, extraHTTPHeaders: { origin: ADMIN_URL } });
  const res = await ctx.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
  expect(res.status()).toBe(200);
  return ctx;
}

export async function mutate<T>(ctx: APIRequestContext, proc: string, input: unknown): Promise<T> {
  const res = await ctx.post(`/trpc/${proc}`, { data: input });
  expect(res.status(), `${proc}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

export async function query<T>(ctx: APIRequestContext, proc: string, input: unknown): Promise<T> {
  const res = await ctx.get(`/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.status(), `${proc}: ${await res.text()}`).toBe(200);
  return ((await res.json()) as { result: { data: T } }).result.data;
}
