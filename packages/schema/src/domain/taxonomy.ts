import { z } from "zod";

/**
 * Waqai's own event types. Each maps to ACLED (disorder/event/sub-event), CAMEO (GDELT) and PLOVER so
 * exports speak every reference dataset; `null` means the scheme has no honest equivalent.
 */
export const EVENT_TYPES = [
  "air_strike",
  "shelling",
  "chemical_attack",
  "missile_strike",
  "bombing",
  "suicide_bombing",
  "ground_attack",
  "armed_clash",
  "phone_call",
  "meeting",
  "visit",
  "talks",
  "session",
  "statement",
  "agreement",
  "vote",
  "veto",
  "investigation",
  "mission",
  "evacuation",
  "release",
  "other",
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export interface EventTypeInfo {
  label: { ar: string; en: string };
  acled: { disorderType: string; eventType: string; subEventType: string } | null;
  cameo: { code: string; label: string } | null;
  plover: { category: string; mode?: string; context?: string } | null;
}

const pv = "Political violence";
const sd = "Strategic developments";

export const EVENT_TAXONOMY: Record<EventType, EventTypeInfo> = {
  air_strike: {
    label: { ar: "غارة جوية", en: "Air strike" },
    acled: { disorderType: pv, eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" },
    cameo: { code: "195", label: "Employ aerial weapons" },
    plover: { category: "ASSAULT", mode: "aerial" },
  },
  shelling: {
    label: { ar: "قصف مدفعي أو صاروخي", en: "Shelling / missile attack" },
    acled: { disorderType: pv, eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
    cameo: { code: "194", label: "Fight with artillery and tanks" },
    plover: { category: "ASSAULT", mode: "artillery" },
  },
  chemical_attack: {
    label: { ar: "هجوم كيماوي", en: "Chemical attack" },
    acled: { disorderType: pv, eventType: "Explosions/Remote violence", subEventType: "Chemical weapon" },
    cameo: { code: "2041", label: "Use chemical weapons" },
    plover: { category: "ASSAULT", mode: "cbrn" },
  },
  missile_strike: {
    label: { ar: "ضربة صاروخية", en: "Missile strike" },
    acled: { disorderType: pv, eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack" },
    cameo: { code: "195", label: "Employ aerial weapons" },
    plover: { category: "ASSAULT", mode: "missile" },
  },
  bombing: {
    label: { ar: "تفجير", en: "Bombing / explosion" },
    acled: { disorderType: pv, eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" },
    cameo: { code: "183", label: "Conduct suicide, car, or other non-military bombing" },
    plover: { category: "ASSAULT", mode: "explosives" },
  },
  suicide_bombing: {
    label: { ar: "تفجير انتحاري", en: "Suicide bombing" },
    acled: { disorderType: pv, eventType: "Explosions/Remote violence", subEventType: "Suicide bomb" },
    cameo: { code: "1831", label: "Carry out suicide bombing" },
    plover: { category: "ASSAULT", mode: "suicide" },
  },
  ground_attack: {
    label: { ar: "هجوم بري", en: "Ground attack" },
    acled: { disorderType: pv, eventType: "Battles", subEventType: "Armed clash" },
    cameo: { code: "190", label: "Use conventional military force" },
    plover: { category: "ASSAULT", mode: "firearms" },
  },
  armed_clash: {
    label: { ar: "اشتباك مسلح", en: "Armed clash" },
    acled: { disorderType: pv, eventType: "Battles", subEventType: "Armed clash" },
    cameo: { code: "193", label: "Fight with small arms and light weapons" },
    plover: { category: "ASSAULT", mode: "firearms" },
  },
  phone_call: {
    label: { ar: "اتصال هاتفي", en: "Phone call" },
    acled: null,
    cameo: { code: "041", label: "Discuss by telephone" },
    plover: { category: "CONSULT", mode: "phone" },
  },
  meeting: {
    label: { ar: "لقاء", en: "Meeting" },
    acled: null,
    cameo: { code: "043", label: "Host or visit / meet" },
    plover: { category: "CONSULT", mode: "visit" },
  },
  visit: {
    label: { ar: "زيارة", en: "Visit" },
    acled: null,
    cameo: { code: "042", label: "Make a visit" },
    plover: { category: "CONSULT", mode: "visit" },
  },
  talks: {
    label: { ar: "مفاوضات أو محادثات", en: "Talks / negotiations" },
    acled: null,
    cameo: { code: "046", label: "Engage in negotiation" },
    plover: { category: "CONSULT", mode: "third-party" },
  },
  session: {
    label: { ar: "جلسة", en: "Session (council, parliament)" },
    acled: null,
    cameo: { code: "040", label: "Consult, not specified" },
    plover: { category: "CONSULT", mode: "multilateral" },
  },
  statement: {
    label: { ar: "بيان", en: "Statement" },
    acled: null,
    cameo: { code: "010", label: "Make statement" },
    plover: null,
  },
  agreement: {
    label: { ar: "اتفاق", en: "Agreement" },
    acled: { disorderType: sd, eventType: "Strategic developments", subEventType: "Agreement" },
    cameo: { code: "057", label: "Sign formal agreement" },
    plover: { category: "AGREE" },
  },
  vote: {
    label: { ar: "تصويت", en: "Vote" },
    acled: null,
    cameo: { code: "120", label: "Reject" },
    plover: { category: "REJECT" },
  },
  veto: {
    label: { ar: "فيتو", en: "Veto" },
    acled: null,
    cameo: { code: "129", label: "Veto" },
    plover: { category: "REJECT", mode: "veto" },
  },
  investigation: {
    label: { ar: "تحقيق", en: "Investigation" },
    acled: null,
    cameo: { code: "094", label: "Investigate war crimes" },
    plover: { category: "REQUEST", context: "cbrn" },
  },
  mission: {
    label: { ar: "بعثة", en: "Mission (fact-finding, observers)" },
    acled: null,
    cameo: { code: "094", label: "Investigate war crimes" },
    plover: { category: "CONSULT", mode: "visit" },
  },
  evacuation: {
    label: { ar: "إجلاء", en: "Evacuation" },
    acled: { disorderType: sd, eventType: "Strategic developments", subEventType: "Agreement" },
    cameo: null,
    plover: { category: "AID", context: "humanitarian" },
  },
  release: {
    label: { ar: "إفراج عن معتقلين", en: "Release of detainees" },
    acled: { disorderType: sd, eventType: "Strategic developments", subEventType: "Agreement" },
    cameo: { code: "0841", label: "Return, release person(s)" },
    plover: { category: "CONCEDE", mode: "release" },
  },
  other: {
    label: { ar: "أخرى", en: "Other" },
    acled: null,
    cameo: null,
    plover: null,
  },
};
