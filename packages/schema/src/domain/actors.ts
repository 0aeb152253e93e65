import { z } from "zod";
import { BilingualText, Editorial, Id, PartialDate } from "./common";

export const ACTOR_KINDS = [
  "state",
  "government_body",
  "armed_forces",
  "armed_group",
  "militia",
  "political_party",
  "international_org",
  "ngo",
  "media",
  "person",
  "unnamed_source",
  "civilians",
  "alliance",
  "other",
] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

/** Each actor kind's name in Arabic and English (the admin's and reader's labels, the API's reference lists). */
export const ACTOR_KIND_LABELS: Record<ActorKind, { ar: string; en: string }> = {
  state: { ar: "دولة", en: "state" },
  government_body: { ar: "جهة حكومية", en: "government body" },
  armed_forces: { ar: "قوات مسلحة", en: "armed forces" },
  armed_group: { ar: "جماعة مسلحة", en: "armed group" },
  militia: { ar: "ميليشيا", en: "militia" },
  political_party: { ar: "حزب سياسي", en: "political party" },
  international_org: { ar: "منظمة دولية", en: "international organisation" },
  ngo: { ar: "منظمة غير حكومية", en: "NGO" },
  media: { ar: "وسيلة إعلام", en: "media" },
  person: { ar: "شخص", en: "person" },
  unnamed_source: { ar: "مصدر غير مسمّى", en: "unnamed source" },
  civilians: { ar: "مدنيون", en: "civilians" },
  alliance: { ar: "تحالف", en: "alliance" },
  other: { ar: "أخرى", en: "other" },
};

/** A person's office, with dates when known (Tillerson was Secretary of State only from Feb 2017). */
export const Office = z.object({
  title: BilingualText,
  organizationId: Id.optional(),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
});

export const ActorBase = z.object({
  id: Id,
  name: BilingualText,
  /** Other spellings and metonyms seen in text («موسكو» for Russia, «الخارجية الروسية»...). */
  variants: z.array(z.string().min(1)).default([]),
  kind: ActorKind,
  parentId: Id.optional(),
  country: z.string().length(2).optional(),
  offices: z.array(Office).default([]),
  description: BilingualText.optional(),
});
export const Actor = ActorBase.and(Editorial);
export type Actor = z.infer<typeof Actor>;

export const PLACE_FEATURES = [
  "country",
  "governorate",
  "region",
  "city",
  "town",
  "village",
  "district",
  "facility",
  "crossing",
  "continent",
  "other",
] as const;
export const PlaceFeature = z.enum(PLACE_FEATURES);

export const GeoPoint = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** Places include region-level areas such as «ريف حلب الغربي»: the point is then a centroid and says so. */
export const PlaceBase = z.object({
  id: Id,
  name: BilingualText,
  variants: z.array(z.string().min(1)).default([]),
  feature: PlaceFeature,
  point: GeoPoint.optional(),
  /** true when the point stands for an area (a countryside, a governorate), not a settlement. */
  pointIsCentroid: z.boolean().default(false),
  parentId: Id.optional(),
  country: z.string().length(2).optional(),
});
export const Place = PlaceBase.and(Editorial);
export type Place = z.infer<typeof Place>;
