import { defineRouting } from "next-intl/routing";

/**
 * Arabic is the reader's home (no prefix, so "/" is Arabic for everyone); English lives under /en.
 * No detection from Accept-Language: the same URL must show the same page to every reader and cache.
 */
export const routing = defineRouting({
  locales: ["ar", "en"],
  defaultLocale: "ar",
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(x: unknown): x is Locale {
  return x === "ar" || x === "en";
}

/** A path in the given language: "/events/x" for Arabic, "/en/events/x" for English. */
export function localePath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export const dirOf = (locale: Locale) => (locale === "ar" ? "rtl" : "ltr");
