"use client";

import { useParams } from "next/navigation";
import catalog from "../../../messages/error-boundary.json";

/**
 * Shown when the API cannot be reached or fails; the reader gets an honest message, not a stack.
 * Its three strings have their own small catalog: a client i18n runtime here would be the largest
 * script on every page, for a page that is almost never shown.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const t = catalog[locale === "en" ? "en" : "ar"];
  return (
    <div className="page narrow" role="alert">
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          {t.retry}
        </button>
      </p>
    </div>
  );
}
