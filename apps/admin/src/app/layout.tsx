import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/ibm-plex-sans-arabic/400.css";
import "@fontsource/ibm-plex-sans-arabic/600.css";
import "@waqai/ui/styles.css";
import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { m, w } from "@/lib/messages";
import { currentUser } from "@/lib/api";
import { LocaleProvider } from "@/lib/locale";
import { Bi } from "@/components/Bi";
import { UserMenu } from "@/components/layout/UserMenu";

/** The tab's title in the user's language. */
export async function generateMetadata(): Promise<Metadata> {
  const locale = (await currentUser())?.locale ?? "ar";
  return { title: { default: m.siteName[locale], template: `%s · ${m.siteName[locale]}` }, robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The menu follows the session, but it grants nothing: every call is checked by the API.
  const me = await currentUser();
  // Each user's interface language (stored on the account); Arabic, right to left, for everyone else.
  const locale = me?.locale ?? "ar";
  return (
    <html lang={locale} dir={locale === "ar" ? "rtl" : "ltr"}>
      <body>
        <LocaleProvider locale={locale}>
          <a className="skip-link" href="#main">
            {m.skipToContent[locale]}
          </a>
          <header className="admin-header">
            <p className="admin-name">
              <Link href="/">
                <Bi text={m.siteName} />
              </Link>
            </p>
            <nav aria-label={m.mainNav[locale]}>
              <ul>
                <li>
                  <Link href="/">
                    <Bi text={m.navEvents} />
                  </Link>
                </li>
                {me ? (
                  <li>
                    <Link href="/review">{w.navReview[locale]}</Link>
                  </li>
                ) : null}
                {me ? (
                  <li>
                    <Link href="/import">
                      <Bi text={m.navImport} />
                    </Link>
                  </li>
                ) : null}
                {me?.role === "admin" ? (
                  <li>
                    <Link href="/users">
                      <Bi text={m.navUsers} />
                    </Link>
                  </li>
                ) : null}
                {me?.role === "admin" ? (
                  <li>
                    <Link href="/audit">
                      <Bi text={m.navAudit} />
                    </Link>
                  </li>
                ) : null}
                {me?.role === "admin" ? (
                  <li>
                    <Link href="/tokens">
                      <Bi text={m.navTokens} />
                    </Link>
                  </li>
                ) : null}
                {me ? null : (
                  <li>
                    <Link href="/sign-in">
                      <Bi text={m.navSignIn} />
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
            {me ? <UserMenu email={me.email} role={me.role} locale={locale} /> : null}
          </header>
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </LocaleProvider>
      </body>
    </html>
  );
}
