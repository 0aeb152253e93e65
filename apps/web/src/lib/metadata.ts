import type { Metadata } from "next";
import { localePath, type Locale } from "@/i18n/routing";

/** Title, description, canonical URL, the other language's URL, and OpenGraph for one page. */
export function pageMetadata(locale: Locale, path: string, title: string, description?: string, type: "website" | "article" = "website"): Metadata {
  const canonical = localePath(locale, path);
  return {
    title,
    description,
    alternates: { canonical, languages: { ar: localePath("ar", path), en: localePath("en", path), "x-default": localePath("ar", path) } },
    openGraph: { title, description, type, url: canonical },
  };
}
