import type { EventTime } from "@waqai/schema";
import { eventTimeSpan, type Lang } from "./dates";

const WORDS: Record<Lang, { unknown: string; from: string; to: string; startUnknown: string; ended: string }> = {
  ar: { unknown: "التاريخ غير معروف", from: "من", to: "إلى", startUnknown: "البداية غير معروفة،", ended: "انتهى في" },
  en: { unknown: "date unknown", from: "from", to: "to", startUnknown: "start unknown;", ended: "ended" },
};

/**
 * An event's date as precise as the record allows, with machine-readable <time> elements
 * (data-edge="start" | "end"). When the date was computed from a relative expression, the
 * source's own words follow in guillemets.
 */
export function EventDate({
  time,
  lang = "ar",
  showExpression = true,
  className,
}: {
  time: Pick<EventTime, "start" | "end" | "precision" | "basis" | "expression">;
  lang?: Lang;
  showExpression?: boolean;
  className?: string;
}) {
  const w = WORDS[lang];
  const span = eventTimeSpan(time, lang);
  const words = showExpression && time.expression && time.basis === "relative" ? time.expression : undefined;
  const [start, end] = span.dates;
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
      {words ? (
        <>
          {" "}
          <q className="waqai-expression">{words}</q>
        </>
      ) : null}
    </span>
  );
}
