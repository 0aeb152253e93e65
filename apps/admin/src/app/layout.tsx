import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/ibm-plex-sans-arabic/400.css";
import "@fontsource/ibm-plex-sans-arabic/600.css";
import "@waqai/ui/styles.css";
import "./globals.css";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { m } from "@/lib/messages";
import { Bi } from "./Bi";

export const metadata: Metadata = {
  title: { default: m.siteName.ar, template: `%s · ${m.siteName.ar}` },
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <a className="skip-link" href="#main">
          {m.skipToContent.ar}
        </a>
        <header className="admin-header">
          <p className="admin-name">
            <Link href="/">
              <Bi text={m.siteName} />
            </Link>
          </p>
          <nav aria-label={m.mainNav.ar}>
            <ul>
              <li>
                <Link href="/">
                  <Bi text={m.navEvents} />
                </Link>
              </li>
              <li>
                <Link href="/sign-in">
                  <Bi text={m.navSignIn} />
                </Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
