import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localePath } from "@/i18n/routing";

/** A 404 that helps: it says what may have happened and offers the ways on (search, the events). */
export default async function NotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : "ar";
  const t = await getTranslations("errors");
  const c = await getTranslations("common");
  return (
    <div className="page narrow">
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
      <p>{t("notFoundTry")}</p>
      <form method="get" action={localePath(locale, "/search")} role="search" className="search-form">
        <label htmlFor="nf-q">{c("navSearch")}</label>
        <input id="nf-q" name="q" type="search" />
        <button type="submit" className="button">
          {c("navSearch")}
        </button>
      </form>
      <p>
        <a href={localePath(locale, "/")}>{c("navEvents")}</a> · <a href={localePath(locale, "/disputes")}>{c("navDisputes")}</a>
      </p>
    </div>
  );
}
