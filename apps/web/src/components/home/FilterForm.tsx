import { EVENT_TYPES, TimePrecision } from "@waqai/schema";
import { eventTypeLabel, localized, TIME_PRECISION } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventFilter } from "@/lib/filters";

type Named = { id: string; name?: { ar: string; en?: string }; title?: { ar: string; en?: string } };

interface Props {
  filter: EventFilter;
  hijri: boolean;
  locale: Locale;
  actors: Named[];
  places: Named[];
  disputes: Named[];
}

/** A plain GET form: filters live in the URL, work without JavaScript, and can be shared or bookmarked. */
export async function FilterForm({ filter, hijri, locale, actors, places, disputes }: Props) {
  const t = await getTranslations("home");
  const name = (x: Named) => localized(x.name ?? x.title ?? { ar: x.id }, locale).text;
  const sorted = (xs: Named[]) => xs.toSorted((a, b) => name(a).localeCompare(name(b), locale));
  const select = (id: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value ?? ""}>
        <option value="">{t("any")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="filters" method="get" action={localePath(locale, "/")} aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading" className="filters__title">
        {t("filters")}
      </h2>
      <div className="filters__grid">
        {select(
          "type",
          t("type"),
          filter.type,
          EVENT_TYPES.map((ty) => [ty, eventTypeLabel(ty)[locale]]),
        )}
        {select(
          "actor",
          t("actor"),
          filter.actorId,
          sorted(actors).map((a) => [a.id, name(a)]),
        )}
        {select(
          "place",
          t("place"),
          filter.placeId,
          sorted(places).map((p) => [p.id, name(p)]),
        )}
        {select(
          "dispute",
          t("dispute"),
          filter.disputeId,
          disputes.map((d) => [d.id, name(d)]),
        )}
        <div className="field">
          <label htmlFor="from">{t("from")}</label>
          <input
            id="from"
            name="from"
            defaultValue={filter.from ?? ""}
            inputMode="numeric"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            placeholder="2017-04"
            aria-describedby="date-hint"
            dir="ltr"
          />
        </div>
        <div className="field">
          <label htmlFor="to">{t("to")}</label>
          <input
            id="to"
            name="to"
            defaultValue={filter.to ?? ""}
            inputMode="numeric"
            pattern="\d{4}(-\d{2}(-\d{2})?)?"
            placeholder="2017-04-30"
            aria-describedby="date-hint"
            dir="ltr"
          />
        </div>
        {select(
          "precision",
          t("precision"),
          filter.precision,
          TimePrecision.options.map((p) => [p, TIME_PRECISION[p][locale]]),
        )}
        <div className="field">
          <label htmlFor="cal">{t("calendar")}</label>
          <select id="cal" name="cal" defaultValue={hijri ? "hijri" : ""}>
            <option value="">{t("gregorian")}</option>
            <option value="hijri">{t("withHijri")}</option>
          </select>
        </div>
      </div>
      <p id="date-hint" className="filters__hint muted">
        {t("dateHint")}
      </p>
      <p className="filters__actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        <a href={localePath(locale, "/")}>{t("reset")}</a>
      </p>
    </form>
  );
}
