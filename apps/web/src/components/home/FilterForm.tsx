import { EVENT_TYPES, TimePrecision, type EventType } from "@waqai/schema";
import { eventTypeLabel, formatCount, TIME_PRECISION } from "@waqai/ui";
import { getTranslations } from "next-intl/server";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventFilter } from "@/lib/filters";
import { RecordCombobox } from "./RecordCombobox";

type Text = { ar: string; en?: string };

interface Props {
  filter: EventFilter;
  hijri: boolean;
  locale: Locale;
  /** The names of the records the filter names, for the boxes to show (never a list of every record). */
  chosen: { actor?: Text; place?: Text; dispute?: Text; conflict?: Text };
  /** Per type, how many events match the other filters (capped), shown beside each type. */
  facets: { type: EventType; count: number; capped: boolean }[];
}

/**
 * A plain GET form: filters live in the URL, work without JavaScript, and can be shared or bookmarked.
 * Actor, place, dispute and conflict are searchable boxes fed by a bounded suggest (not lists of every
 * record); each event type shows how many events it would leave.
 */
export async function FilterForm({ filter, hijri, locale, chosen, facets }: Props) {
  const t = await getTranslations("home");
  const c = await getTranslations("common");
  const counted = new Map(facets.map((f) => [f.type, f]));
  const countOf = (ty: EventType) => {
    const f = counted.get(ty);
    return f ? (f.capped ? c("moreThan", { count: formatCount(f.count, locale) }) : formatCount(f.count, locale)) : formatCount(0, locale);
  };
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
  const box = (kind: "actor" | "place" | "dispute" | "conflict", id: string | undefined, label: string) => (
    <RecordCombobox
      kind={kind}
      name={kind}
      label={label}
      lang={locale}
      initial={id ? { id, label: chosen[kind] ?? { ar: id } } : null}
      anyLabel={t("any")}
      noneLabel={t("noMatch")}
    />
  );
  // The two ends of the date range: a year, a month or a day, typed as digits (the hint below says how).
  const date = (id: "from" | "to", value: string | undefined, placeholder: string) => (
    <div className="field">
      <label htmlFor={id}>{t(id)}</label>
      <input
        id={id}
        name={id}
        defaultValue={value ?? ""}
        inputMode="numeric"
        pattern="\d{4}(-\d{2}(-\d{2})?)?"
        placeholder={placeholder}
        aria-describedby="date-hint"
        dir="ltr"
      />
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
          EVENT_TYPES.filter((ty) => counted.has(ty) || ty === filter.type).map((ty) => [
            ty,
            t("typeCount", { type: eventTypeLabel(ty)[locale], count: countOf(ty) }),
          ]),
        )}
        {box("actor", filter.actorId, t("actor"))}
        {box("place", filter.placeId, t("place"))}
        {box("dispute", filter.disputeId, t("dispute"))}
        {box("conflict", filter.conflictId, t("conflict"))}
        {date("from", filter.from, "2017-04")}
        {date("to", filter.to, "2017-04-30")}
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
