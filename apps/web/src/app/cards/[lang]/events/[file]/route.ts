import { eventTypeLabel, formatWindow, localized } from "@waqai/ui";
import { windowOfDates } from "@waqai/schema";
import { api, errorCode } from "@/lib/api";
import { renderCard } from "@/lib/card";

export const runtime = "nodejs";
export const revalidate = 3600;

const SITE = { ar: "وقائع · سجلّ الأحداث من الأخبار العربية", en: "Waqai · events from Arabic news" };

/** GET /cards/{ar|en}/events/{id}.png: the event's share card (its og:image). */
export async function GET(_req: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const { lang, file } = await params;
  const id = file.replace(/\.png$/, "");
  if ((lang !== "ar" && lang !== "en") || !file.endsWith(".png")) return new Response("not found", { status: 404 });
  let event;
  try {
    event = await api().events.byId.query({ id });
  } catch (err) {
    return new Response(errorCode(err) === "NOT_FOUND" || errorCode(err) === "BAD_REQUEST" ? "not found" : "unavailable", {
      status: errorCode(err) === "NOT_FOUND" || errorCode(err) === "BAD_REQUEST" ? 404 : 503,
    });
  }
  const t = event.time;
  const stated = windowOfDates(t.precision === "unknown" ? undefined : t.start, t.end);
  const when = formatWindow(t.earliest ?? stated.earliest, t.latest ?? stated.latest, lang);
  const where = event.place ? localized(event.place.name, lang).text : undefined;
  const png = await renderCard({
    lang,
    kicker: eventTypeLabel(event.type)[lang],
    title: localized(event.title, lang).text,
    lines: [[when, where].filter(Boolean).join(" · ")].filter(Boolean),
    site: SITE[lang],
  });
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": "public, max-age=3600, stale-while-revalidate=86400" } });
}
