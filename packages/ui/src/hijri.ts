import type { TimePrecision } from "@waqai/schema";
import type { Lang } from "./dates";

/**
 * The Umm al-Qura (Hijri) date of a Gregorian day, for readers who date events that way. Only a
 * day-precise date has one: a Gregorian month or year straddles two Hijri months, so those get none
 * rather than a guess.
 */
export function hijriDate(date: string, precision: TimePrecision, lang: Lang = "ar"): string | undefined {
  if (precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const locale = lang === "ar" ? "ar-u-ca-islamic-umalqura-nu-latn" : "en-u-ca-islamic-umalqura";
  const fmt = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return fmt.format(new Date(`${date}T12:00:00Z`));
}
