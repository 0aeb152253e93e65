import { Localized } from "@waqai/ui";
import { localePath, type Locale } from "@/i18n/routing";

/** The record an actor or a place belongs to, as a definition-list row linking to its page. */
export function ParentFact({ label, path, name, locale }: { label: string; path: string; name: { ar: string; en?: string }; locale: Locale }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <a href={localePath(locale, path)}>
          <Localized text={name} lang={locale} />
        </a>
      </dd>
    </>
  );
}
