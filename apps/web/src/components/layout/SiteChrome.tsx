import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import { LanguageSwitch } from "./LanguageSwitch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const href = (p: string) => localePath(locale, p);
  const other: Locale = locale === "ar" ? "en" : "ar";
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-name">
          <a href={href("/")}>{t("siteName")}</a>
        </p>
        <p className="site-tagline">{t("tagline")}</p>
        <nav aria-label={t("mainNav")} className="site-nav">
          <ul>
            <li>
              <a href={href("/")}>{t("navEvents")}</a>
            </li>
            <li>
              <a href={href("/disputes")}>{t("navDisputes")}</a>
            </li>
            <li>
              <a href={href("/map")}>{t("navMap")}</a>
            </li>
            <li>
              <a href={href("/search")}>{t("navSearch")}</a>
            </li>
            <li>
              <LanguageSwitch to={other}>{t("otherLanguage")}</LanguageSwitch>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("footer")}</p>
        <p>
          <a href={localePath(locale, "/feed.xml")} type="application/atom+xml">
            {t("feed")}
          </a>
        </p>
      </div>
    </footer>
  );
}
