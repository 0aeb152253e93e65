import type { ReactNode } from "react";
import { Localized } from "@waqai/ui";
import type { Locale } from "@/i18n/routing";

type Text = { ar: string; en?: string };

/**
 * The header of a record's page (event, actor, place): badges, the title in the page's language, the
 * title in the other language beneath it (marked with its own language and direction), a summary.
 */
export function RecordHeader({ titleId, kicker, title, summary, locale }: { titleId: string; kicker: ReactNode; title: Text; summary?: Text; locale: Locale }) {
  const other = locale === "ar" ? title.en : title.ar;
  return (
    <header className="event__header">
      <p className="event__kicker">{kicker}</p>
      <h1 id={titleId}>
        <Localized text={title} lang={locale} />
      </h1>
      {other ? (
        <p className="event__title-other" lang={locale === "ar" ? "en" : "ar"} dir={locale === "ar" ? "ltr" : "rtl"}>
          {other}
        </p>
      ) : null}
      {summary ? (
        <p className="event__summary">
          <Localized text={summary} lang={locale} />
        </p>
      ) : null}
    </header>
  );
}
