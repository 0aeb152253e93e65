import { notFound } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { feedResponse } from "@/lib/feed";

export const dynamic = "force-dynamic";

/** /en/feed.xml: the feed in the page's language (/ar/… redirects to the root, where the Arabic one is). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return feedResponse(request, locale);
}
