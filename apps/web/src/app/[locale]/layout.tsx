import "../fonts.css";
import "@waqai/ui/styles.css";
import "../globals.css";
import "../reader.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "@/components/layout/SiteChrome";
import { dirOf, isLocale, localePath } from "@/i18n/routing";
import { siteUrl } from "@/lib/site";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No page is built ahead of time (the API is not running at build); each is rendered on its first
// visit and then served from the cache until a publish revalidates it (docs/reader.md).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("tagline"),
    openGraph: { siteName: t("siteName"), locale: locale === "ar" ? "ar_AR" : "en_GB", type: "website" },
    alternates: { types: { "application/atom+xml": [{ url: localePath(locale, "/feed.xml"), title: t("feed") }] } },
  };
}

export const viewport: Viewport = { themeColor: "#fbfaf7" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale} dir={dirOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
