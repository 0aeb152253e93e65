import { Localized } from "@waqai/ui";
import type { Locale } from "@/i18n/routing";

/**
 * A value the record infers rather than reads in the text (a publication date, a title), marked as such:
 * the badge opens to say how it was inferred. <details> works by tap, click and keyboard, and a screen
 * reader announces it as a disclosure.
 */
export function Inferred({ label, hint, note, locale }: { label: string; hint: string; note?: { ar: string; en?: string }; locale: Locale }) {
  return (
    <details className="inferred" data-testid="inferred">
      <summary>
        <span className="badge badge--quiet">{label}</span>
      </summary>
      <p className="inferred__note">
        {hint} {note ? <Localized text={note} lang={locale} /> : null}
      </p>
    </details>
  );
}
