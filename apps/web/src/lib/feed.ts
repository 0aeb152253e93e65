import { createHash } from "node:crypto";
import { api } from "@/lib/api";
import { localePath, type Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/site";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const FEED: Record<Locale, { title: string; author: string; subtitle: string }> = {
  ar: { title: "وقائع — أحدث الأحداث المنشورة", author: "وقائع", subtitle: "أحداث موثّقة من التقارير الإخبارية العربية، كل واقعة بمصدرها" },
  en: { title: "Waqai — latest published events", author: "Waqai", subtitle: "Events from Arabic news reporting, each fact with its source" },
};

/** The feed's path in one language: Arabic at the root, English under /en. */
const feedPath = (locale: Locale) => localePath(locale, "/feed.xml");

/**
 * An Atom feed (RFC 4287) of the 50 published events most recently published or changed, in one language:
 * an old event newly reported comes first (the API's `events.latest`, an index range on the update time).
 * Each entry links to both languages' pages; the feed and entries name their author, as Atom requires.
 */
export async function atomFeed(locale: Locale): Promise<string> {
  const origin = siteUrl();
  const { items } = await api().events.latest.query({ limit: 50 });
  const meta = FEED[locale];
  const updated = items[0]?.updatedAt ?? new Date(0).toISOString();
  const entries = items.map((e) => {
    const title = e.title[locale] || e.title.ar;
    const summary = e.summary ? e.summary[locale] || e.summary.ar : "";
    return `  <entry>
    <id>${origin}/events/${e.id}</id>
    <title>${esc(title)}</title>
    <link rel="alternate" hreflang="${locale}" href="${origin}${localePath(locale, `/events/${e.id}`)}"/>
    <link rel="alternate" hreflang="${locale === "ar" ? "en" : "ar"}" href="${origin}${localePath(locale === "ar" ? "en" : "ar", `/events/${e.id}`)}"/>
    <updated>${e.updatedAt}</updated>
    <author><name>${esc(meta.author)}</name></author>
    ${summary ? `<summary>${esc(summary)}</summary>` : ""}
    <category term="${e.type}"/>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${origin}${feedPath(locale)}</id>
  <title>${esc(meta.title)}</title>
  <subtitle>${esc(meta.subtitle)}</subtitle>
  <author><name>${esc(meta.author)}</name><uri>${origin}${localePath(locale, "/")}</uri></author>
  <link rel="self" type="application/atom+xml" href="${origin}${feedPath(locale)}"/>
  <link rel="alternate" type="text/html" href="${origin}${localePath(locale, "/")}"/>
  <link rel="alternate" type="application/atom+xml" hreflang="${locale === "ar" ? "en" : "ar"}" href="${origin}${feedPath(locale === "ar" ? "en" : "ar")}"/>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}

/** The feed as an HTTP answer: readable from any origin, with a validator so a poller downloads only changes. */
export async function feedResponse(request: Request, locale: Locale): Promise<Response> {
  const xml = await atomFeed(locale);
  const etag = `W/"${createHash("sha1").update(xml).digest("base64url")}"`;
  const headers = {
    "content-type": "application/atom+xml; charset=utf-8",
    "cache-control": "public, max-age=300, must-revalidate",
    "access-control-allow-origin": "*",
    etag,
  };
  const asked = request.headers.get("if-none-match");
  if (asked && asked.split(",").some((t) => t.trim().replace(/^W\//, "") === etag.replace(/^W\//, ""))) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers });
}
