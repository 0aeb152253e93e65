import { eventTypeLabel, localized } from "@waqai/ui";
import { localePath, type Locale } from "@/i18n/routing";
import type { EventDetail } from "./api";
import { siteUrl } from "./site";

/**
 * schema.org `Event` for an event page: its name, type, when (the window's bounds, never a day the record
 * does not vouch for), where (with coordinates), who took part, and the sources it is cited from. Past
 * news events are `EventScheduled`-free: eventStatus is left out, as schema.org intends it for planned events.
 */
export function eventJsonLd(event: EventDetail, locale: Locale): Record<string, unknown> {
  const url = `${siteUrl()}${localePath(locale, `/events/${event.id}`)}`;
  const place = event.place
    ? { "@type": "Place", name: localized(event.place.name, locale).text, url: `${siteUrl()}${localePath(locale, `/places/${event.place.id}`)}` }
    : undefined;
  const others = event.otherPlaces.map((p) => ({
    "@type": "Place",
    name: localized(p.name, locale).text,
    ...(p.point ? { geo: { "@type": "GeoCoordinates", latitude: p.point.lat, longitude: p.point.lon } } : {}),
  }));
  const sources = [...new Set(event.citations.map((c) => c.documentId))].map((d) => ({
    "@type": "NewsArticle",
    url: `${siteUrl()}${localePath(locale, `/sources/${d}`)}`,
  }));
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: localized(event.title, locale).text,
    ...(event.summary ? { description: localized(event.summary, locale).text } : {}),
    additionalType: eventTypeLabel(event.type).en,
    ...(event.time.earliest ? { startDate: event.time.earliest } : {}),
    ...(event.time.latest ? { endDate: event.time.latest } : {}),
    ...(place || others.length ? { location: [...(place ? [place] : []), ...others] } : {}),
    ...(event.actors.length ? { actor: event.actors.map((a) => ({ "@type": "Organization", name: localized(a.name, locale).text })) } : {}),
    ...(sources.length ? { subjectOf: sources } : {}),
    inLanguage: locale,
  };
}

/**
 * schema.org `Claim`s of an event: what each claimant says, and where it appeared. Only the claimant's
 * words as the record keeps them; the claim is not fact-checked here, so no ClaimReview rating is given.
 */
export function claimsJsonLd(event: EventDetail, claimantName: (id: string) => { ar: string; en?: string }, locale: Locale): Record<string, unknown>[] {
  return event.claims.map((c) => ({
    "@context": "https://schema.org",
    "@type": "Claim",
    text: localized(c.statement, locale).text,
    author: { "@type": "Thing", name: localized(claimantName(c.claimantId), locale).text },
    appearance: { "@type": "NewsArticle", url: `${siteUrl()}${localePath(locale, `/sources/${c.documentId}`)}` },
    about: { "@id": `${siteUrl()}${localePath(locale, `/events/${event.id}`)}` },
  }));
}
