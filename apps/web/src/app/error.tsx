"use client";

import { t } from "@/lib/messages";

/** Shown when the API cannot be reached or fails; the reader gets an honest message, not a stack. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
