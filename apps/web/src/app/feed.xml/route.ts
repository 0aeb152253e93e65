import { api } from "@/lib/api";
import { siteUrl } from "@/lib/site";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// Built per request (the API is not up at build time); the API answers behind it are cached.
export const dynamic = "force-dynamic";

/**
 * Atom feed of published events, newest publication first. Approximation: the API lists events by
 * when they happened, so "newly published" is read from updatedAt over the most recent 100 by date.
 */
export async function GET() {
  const origin = siteUrl();
  const page = await api().events.list.query({ limit: 100, order: "desc" });
  const items = page.items.toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, 50);
  const updated = items[0]?.updatedAt ?? new Date(0).toISOString();
  const entries = items
    .map(
      (e) => `  <entry>
    <id>${origin}/events/${e.id}</id>
    <title xml:lang="ar">${esc(e.title.ar)}</title>
    <link rel="alternate" hreflang="ar" href="${origin}/events/${e.id}"/>
    <link rel="alternate" hreflang="en" href="${origin}/en/events/${e.id}"/>
    <published>${e.createdAt}</published>
    <updated>${e.updatedAt}</updated>
    ${e.summary ? `<summary xml:lang="ar">${esc(e.summary.ar)}</summary>` : ""}
    <category term="${e.type}"/>
  </entry>`,
    )
    .join("\n");
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>${origin}/</id>
  <title>وقائع — الأحداث المنشورة</title>
  <link rel="self" href="${origin}/feed.xml"/>
  <link rel="alternate" href="${origin}/"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
