import { windowOfDates, type EventTime } from "@waqai/schema";
import { eventTimeSpan, formatWindow, type Lang } from "./dates";

const WORDS: Record<Lang, { unknown: string; from: string; to: string; startUnknown: string; ended: string }> = {
  ar: { unknown: "التاريخ غير معروف", from: "من", to: "إلى", startUnknown: "البداية غير معروفة،", ended: "انتهى في" },
  en: { unknown: "date unknown", from: "from", to: "to", startUnknown: "start unknown;", ended: "ended" },
};

/**
 * An event's date as precise as the record allows, with machine-readable <time> elements
 * (data-edge="start" | "end"). When the date was computed from a relative expression, the
 * source's own words follow in guillemets. When the event's window says more or less than its date
 * (an undated call known to fall between 20 and 23 April; «أمس» read against a publication date that is
 * itself one of two days), the window is what is shown: never a day the record does not vouch for.
 */
export function EventDate({
  time,
  lang = "ar",
  showExpression = true,
  className,
}: {
  time: Pick<EventTime, "start" | "end" | "precision" | "basis" | "expression" | "earliest" | "latest">;
  lang?: Lang;
  showExpression?: boolean;
  className?: string;
}) {
  const w = WORDS[lang];
  const span = eventTimeSpan(time, lang);
  const words = showExpression && time.expression && time.basis === "relative" ? time.expression : undefined;
  const [start, end] = span.dates;
  const stated = windowOfDates(time.precision === "unknown" ? undefined : time.start, time.end);
  const window = time.earliest || time.latest ? formatWindow(time.earliest, time.latest, lang) : undefined;
  if (window && (stated.earliest !== time.earliest || stated.latest !== time.latest)) {
    return (
      <span className={className} data-precision="window" data-testid="event-window">
        <time dateTime={time.earliest ?? time.latest} data-edge={time.earliest ? "earliest" : "latest"}>
          {window}
        </time>
        <Expression words={words} />
      </span>
    );
  }
  return (
    <span className={className} data-precision={time.precision}>
      {span.endOnly ? (
        <>
          {w.startUnknown} {w.ended}{" "}
          <time dateTime={span.endOnly.dateTime} data-edge="end">
            {span.endOnly.text}
          </time>
        </>
      ) : !start ? (
        <span>{w.unknown}</span>
      ) : !end ? (
        <time dateTime={start.dateTime} data-edge="start">
          {start.text}
        </time>
      ) : (
        <>
          {w.from}{" "}
          <time dateTime={start.dateTime} data-edge="start">
            {start.text}
          </time>{" "}
          {w.to}{" "}
          <time dateTime={end.dateTime} data-edge="end">
            {end.text}
          </time>
        </>
      )}
      <Expression words={words} />
    </span>
  );
}

/** The source's own words for the date («أمس»), quoted after it, whichever way the date is shown. */
function Expression({ words }: { words: string | undefined }) {
  if (!words) return null;
  return (
    <>
      {" "}
      <q className="waqai-expression">{words}</q>
    </>
  );
}
