import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/ibm-plex-sans-arabic/400.css";
import "@fontsource/ibm-plex-sans-arabic/600.css";
import "@waqai/ui/styles.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { t } from "@/lib/messages";

export const metadata: Metadata = {
  title: { default: t.siteName, template: `%s · ${t.siteName}` },
  description: t.tagline,
};

export const viewport: Viewport = { themeColor: "#fbfaf7" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <p className="site-name">
              <Link href="/">{t.siteName}</Link>
            </p>
            <p className="site-tagline">{t.tagline}</p>
            <nav aria-label={t.mainNav} className="site-nav">
              <Link href="/">{t.navEvents}</Link>
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>{t.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
