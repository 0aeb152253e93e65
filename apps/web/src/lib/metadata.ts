import type { Metadata } from "next";
import { localePath, type Locale } from "@/i18n/routing";

const SITE_NAME: Record<Locale, string> = { ar: "وقائع", en: "Waqai" };
const FEED_TITLE: Record<Locale, string> = { ar: "خلاصة Atom للأحداث المنشورة", en: "Atom feed of published events" };

/**
 * Title, description, canonical URL, the other language's URL, and OpenGraph for one page. Next replaces
 * the layout's `openGraph` and `alternates` with a page's rather than merging them, so the site-wide parts
 * (og:site_name, og:locale, the feed link) are repeated here, or every page would lose them.
 */
export function pageMetadata(
  locale: Locale,
  path: string,
  title: string,
  description?: string,
  type: "website" | "article" = "website",
  image?: { url: string; alt: string },
): Metadata {
  const canonical = localePath(locale, path);
  return {
    title,
    description,
    alternates: {
      canonical,
      languages: { ar: localePath("ar", path), en: localePath("en", path), "x-default": localePath("ar", path) },
      types: { "application/atom+xml": [{ url: localePath(locale, "/feed.xml"), title: FEED_TITLE[locale] }] },
    },
    openGraph: {
      title,
      description,
      type,
      url: canonical,
      siteName: SITE_NAME[locale],
      locale: locale === "ar" ? "ar_AR" : "en_GB",
      alternateLocale: locale === "ar" ? "en_GB" : "ar_AR",
      ...(image ? { images: [{ url: image.url, width: 1200, height: 630, alt: image.alt }] } : {}),
    },
    ...(image ? { twitter: { card: "summary_large_image", title, description, images: [image.url] } } : {}),
  };
}
