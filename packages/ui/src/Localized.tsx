import type { Lang } from "./dates";
import { localized, type Shown } from "./localize";

/**
 * Record text in the page's language. When only the Arabic exists on an English page, it is shown
 * as Arabic (lang and direction isolated), so bidi and fonts stay right and nothing pretends to be a
 * translation. `text` is the record's bilingual text, or a string already chosen (as a client component
 * gets it from the server, without the language it was not shown in).
 */
export function Localized({ text, lang, className }: { text: { ar: string; en?: string } | Shown; lang: Lang; className?: string }) {
  const shown = "lang" in text ? text : localized(text, lang);
  if (shown.lang === lang) return <span className={className}>{shown.text}</span>;
  return (
    <bdi lang={shown.lang} dir={shown.lang === "ar" ? "rtl" : "ltr"} className={className}>
      {shown.text}
    </bdi>
  );
}
