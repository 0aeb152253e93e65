import { windowOfDates } from "@waqai/schema";
import { InvalidFieldsError, type Bilingual } from "./errors";

type Row = Record<string, unknown>;

const DERIVED: Bilingual = {
  ar: "النافذة هنا تُحسب من التاريخ ودقّته؛ اختر أساساً آخر للنافذة (قراءة المحرّر مثلاً) لتكتبها بنفسك.",
  en: "This window is computed from the date and its precision; choose another window basis (the editor's reading, say) to write your own.",
};

/** The window a row's date and precision state by themselves (none when the precision is unknown and only a start is given). */
function statedWindow(row: Row) {
  const known = row.timePrecision !== "unknown";
  const w = windowOfDates(known ? ((row.dateStart as string | null) ?? undefined) : undefined, (row.dateEnd as string | null) ?? undefined);
  return { dateEarliest: w.earliest ?? null, dateLatest: w.latest ?? null };
}

/**
 * An editor's change of an event, with the window it implies. Under window basis "date" (the default) the
 * window follows the date and its precision whenever either changes, and a window typed by hand is refused
 * by name (it would be overwritten by the next date edit); under any other basis the window is the
 * editor's own and stays as written.
 */
export function withEventWindow(current: Row, asked: Row): Row {
  const next = { ...current, ...asked };
  if (((next.windowBasis as string | null | undefined) ?? "date") !== "date") return asked;
  const derived = statedWindow(next);
  const bad: Record<string, Bilingual> = {};
  for (const k of ["dateEarliest", "dateLatest"] as const) if (k in asked && (asked[k] ?? null) !== derived[k]) bad[k] = DERIVED;
  if (Object.keys(bad).length) throw new InvalidFieldsError(bad);
  const touched = ["dateStart", "dateEnd", "timePrecision", "windowBasis"].some((k) => k in asked);
  return touched ? { ...asked, ...derived } : asked;
}
