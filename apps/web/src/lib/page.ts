import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/routing";

export type LocaleParams<T = object> = { params: Promise<{ locale: string } & T> };

/** Every page starts here: an unknown locale is a 404, a known one is fixed for the render (static rendering). */
export async function pageLocale<T extends object>(params: Promise<{ locale: string } & T>): Promise<{ locale: Locale } & T> {
  const p = await params;
  if (!isLocale(p.locale)) notFound();
  setRequestLocale(p.locale);
  return p as { locale: Locale } & T;
}

/** A record that the API does not serve (unknown, malformed, or not published) is a 404, never a 500. */
export async function orNotFound<T>(call: Promise<T>, errorCode: (err: unknown) => string | undefined): Promise<T> {
  try {
    return await call;
  } catch (err) {
    const code = errorCode(err);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw err;
  }
}
