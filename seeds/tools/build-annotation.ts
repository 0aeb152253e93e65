/**
 * Authors seeds/000_068320e3f5882409.annotation.json from quotes instead of hand-counted offsets.
 *
 *   pnpm exec tsx seeds/tools/build-annotation.ts
 *
 * Every citation is located by its quote: `cite(quote, role, targets, { within?, occurrence?, note? })`
 * fails loudly when the quote is absent, or ambiguous without `within` (a longer, unique context that
 * contains it) or `occurrence` (0-based index). Offsets are UTF-16 code units (JavaScript string indices).
 * The result is validated with SeedAnnotation.parse and written pretty-printed (2 spaces) in a stable order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { SeedAnnotation } from "../../packages/schema/src/index";
import type {
  CitationTargetKind,
  EventIssueLink,
  Outlet,
  Participant,
  Quantity,
  SeedCitation,
} from "../../packages/schema/src/index";

const NAME = "000_068320e3f5882409";
const textUrl = new URL(`../${NAME}.txt`, import.meta.url);
const outUrl = new URL(`../${NAME}.annotation.json`, import.meta.url);
const text = readFileSync(textUrl, "utf8");
if (text !== text.normalize("NFC")) throw new Error("seed text is not NFC");

const DOC = "doc-000-068320e3f5882409";
const OUTLET = "out-unidentified";
/** Inferred publication date: the anchor every relative expression below is resolved against. */
const PUB = "2017-04-23";

type Bi = { ar: string; en: string };
const T = (ar: string, en: string): Bi => ({ ar, en });

// ---------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------

const KIND_BY_PREFIX: Record<string, CitationTargetKind> = {
  ev: "event",
  q: "quantity",
  cl: "claim",
  pos: "position",
  dsp: "dispute",
  iss: "issue",
  act: "actor",
  pl: "place",
  doc: "document",
};
function kindOf(id: string): CitationTargetKind {
  const kind = KIND_BY_PREFIX[id.split("-")[0] ?? ""];
  if (!kind) throw new Error(`cannot tell the target kind of id "${id}"`);
  return kind;
}

function indexesOf(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

interface LocateOpts {
  /** A longer quote that occurs exactly once in the text and contains `quote`. */
  within?: string;
  /** 0-based occurrence of `quote` (inside `within` when given). */
  occurrence?: number;
}

function locate(quote: string, opts: LocateOpts = {}): { start: number; end: number } {
  let base = 0;
  let hay = text;
  if (opts.within !== undefined) {
    const ctx = indexesOf(text, opts.within);
    if (ctx.length !== 1) throw new Error(`context «${opts.within}» occurs ${ctx.length} times (need exactly 1)`);
    base = ctx[0]!;
    hay = opts.within;
  }
  const hits = indexesOf(hay, quote);
  if (hits.length === 0) throw new Error(`quote «${quote}» not found${opts.within ? ` in «${opts.within}»` : ""}`);
  let at: number;
  if (opts.occurrence === undefined) {
    if (hits.length > 1) throw new Error(`quote «${quote}» is ambiguous (${hits.length} hits); give within or occurrence`);
    at = hits[0]!;
  } else {
    if (opts.occurrence >= hits.length) throw new Error(`quote «${quote}» has no occurrence ${opts.occurrence}`);
    at = hits[opts.occurrence]!;
  }
  const start = base + at;
  return { start, end: start + quote.length };
}

const citations: SeedCitation[] = [];
const perTarget = new Map<string, number>();

function cite(
  quote: string,
  role: SeedCitation["role"],
  targets: string | string[],
  opts: LocateOpts & { note?: Bi } = {},
): void {
  if (quote !== quote.trim()) throw new Error(`quote «${quote}» has surrounding whitespace`);
  const { start, end } = locate(quote, opts);
  const exact = text.slice(start, end);
  if (exact !== quote) throw new Error("internal: located span does not equal quote");
  for (const id of Array.isArray(targets) ? targets : [targets]) {
    const n = (perTarget.get(id) ?? 0) + 1;
    perTarget.set(id, n);
    const dup = citations.find((c) => c.start === start && c.end === end && c.role === role && c.target.id === id);
    if (dup) throw new Error(`duplicate citation of «${quote}» (${role}) for ${id}`);
    citations.push({
      id: `cit-${id}-${n}`,
      start,
      end,
      exact,
      role,
      target: { kind: kindOf(id), id },
      ...(opts.note ? { note: opts.note } : {}),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------------------------

const p = (actorId: string, role: Participant["role"], attribution: Participant["attribution"], note?: Bi): Participant => ({
  actorId,
  role,
  attribution,
  ...(note ? { note } : {}),
});

function relDay(date: string, expression: string, note?: Bi) {
  return { start: date, end: date, precision: "day" as const, basis: "relative" as const, expression, anchor: PUB, ...(note ? { note } : {}) };
}
function inferredDay(date: string, note: Bi) {
  return { start: date, end: date, precision: "day" as const, basis: "inferred" as const, note };
}
function unknownTime(note: Bi) {
  return { precision: "unknown" as const, basis: "unknown" as const, note };
}

const published = { status: "published" as const };

// ---------------------------------------------------------------------------------------------
// Document and outlet
// ---------------------------------------------------------------------------------------------

const outlets: Outlet[] = [
  { id: OUTLET, name: T("صحيفة غير معروفة", "Unidentified outlet"), kind: "unknown" },
];

const doc = {
  id: DOC,
  outletId: OUTLET,
  title: T(
    "غارات روسية على ريف حلب، واتفاق لافروف وتيلرسون على البحث مجددا في التحقيق بهجوم خان شيخون",
    "Russian strikes on the Aleppo countryside; Lavrov and Tillerson agree to revisit an investigation of the Khan Shaykhun attack",
  ),
  titleBasis: "inferred" as const,
  language: "ar" as const,
  sourceFile: `${NAME}.txt`,
  published: {
    date: PUB,
    precision: "day" as const,
    basis: "inferred" as const,
    confidence: "medium" as const,
    note: T(
      "النص لا يذكر تاريخ نشره. عبارة «أبريل الجاري» تضع النشر في شهر أبريل. السنة 2017 ليست في النص، بل مستنتجة من الأحداث التي يرويها: الهجوم الكيماوي على خان شيخون في 4 أبريل 2017، والاتصال الهاتفي بين تيلرسون ولافروف (أعلنته الخارجية الروسية يوم الجمعة 21 أبريل 2017)، واستئناف إجلاء البلدات الأربع واكتمال مرحلته الأولى يوم 21 أبريل 2017 بعد توقف 48 ساعة، وهو ما يتسق مع «أول من أمس» إذا كان النشر في 23 أبريل. تقارير منشورة تؤرخ تصويت منظمة حظر الأسلحة الكيماوية بيوم 20 أبريل، أي قبل «أول من أمس» المحسوب هنا بيوم، ولذلك الثقة متوسطة. كل التواريخ النسبية في هذه المقالة («أمس» = 22 أبريل 2017، «أول من أمس» = 21 أبريل 2017، «أبريل الجاري») محسوبة على هذا التاريخ المستنتج، وتُعاد إذا صُحّح.",
      "The text states no publication date. «أبريل الجاري» ('this April') places publication in April. The year 2017 is not in the text; it is inferred from the events reported: the Khan Shaykhun chemical attack of 4 April 2017, the Tillerson–Lavrov phone call (announced by the Russian MFA on Friday 21 April 2017), and the resumption and completion of the first phase of the four-towns evacuation on 21 April 2017 after a 48-hour halt, which fits «أول من أمس» ('the day before yesterday') for publication on 23 April. Public reports date the OPCW vote to 20 April, one day before «أول من أمس» as resolved here, hence medium confidence. All relative dates in this article («أمس» = 2017-04-22, «أول من أمس» = 2017-04-21, «أبريل الجاري») are resolved against this inferred date and must be re-resolved if it is corrected.",
    ),
  },
  notes: T(
    "النص بلا عنوان ولا اسم ناشر ولا تاريخ؛ العنوان هنا مستنتج. الفقرة الأولى تجمع خبرين (بيان الخارجية الأميركية عن الاتصال، وغارات ريف حلب) فُصلا إلى حدثين. العناوين الداخلية («الهجوم الكيماوي»، «الإفراج عن معتقلين») وقائمة «أسباب الخلاف» بعد السطر الجديد جزء من النص؛ القائمة تبدو إطارا جانبيا من الصحيفة، ونقاطها التسع هي نقاط خلاف أميركي روسي بصياغة الصحيفة لا بصياغة أي من الطرفين. الخطأ المطبعي «علىجرائم» محفوظ كما ورد.",
    "The text has no title, outlet or date; the title here is inferred. The lead paragraph merges two stories (the US State Department's statement on the call, and the strikes around Aleppo), split into separate events. The inline headings («الهجوم الكيماوي», «الإفراج عن معتقلين») and the «أسباب الخلاف» list after the newline are part of the text; the list reads as the outlet's sidebar, and its nine points of US–Russian contention are in the outlet's wording, not either party's. The typo «علىجرائم» is kept as written.",
  ),
  ...published,
};

cite("أبريل الجاري", "date", DOC, {
  note: T("الدليل الوحيد في النص على شهر النشر", "The only cue in the text to the month of publication"),
});

// ---------------------------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------------------------

const actors = [
  {
    id: "act-us",
    name: T("الولايات المتحدة", "United States"),
    variants: ["أميركية", "الأميركية", "الولايات المتحدة الأمريكية", "واشنطن", "USA"],
    kind: "state" as const,
    country: "US",
  },
  {
    id: "act-us-state-dept",
    name: T("وزارة الخارجية الأميركية", "US Department of State"),
    variants: ["الخارجية الأميركية", "وزارة الخارجية الأمريكية", "State Department"],
    kind: "government_body" as const,
    parentId: "act-us",
    country: "US",
  },
  {
    id: "act-tillerson",
    name: T("ريكس تيلرسون", "Rex Tillerson"),
    variants: ["تيلرسون", "الوزير ريكس تيلرسون", "Tillerson"],
    kind: "person" as const,
    country: "US",
    offices: [
      {
        title: T("وزير الخارجية الأميركي", "US Secretary of State"),
        organizationId: "act-us-state-dept",
        start: "2017-02-01",
        end: "2018-03-31",
      },
    ],
  },
  {
    id: "act-ru",
    name: T("روسيا", "Russia"),
    variants: ["موسكو", "الروسية", "روسيا الاتحادية", "Russian Federation", "Moscow"],
    kind: "state" as const,
    country: "RU",
  },
  {
    id: "act-ru-mfa",
    name: T("وزارة الخارجية الروسية", "Russian Ministry of Foreign Affairs"),
    variants: ["الخارجية الروسية", "Russian MFA", "Russian Foreign Ministry"],
    kind: "government_body" as const,
    parentId: "act-ru",
    country: "RU",
  },
  {
    id: "act-lavrov",
    name: T("سيرجي لافروف", "Sergey Lavrov"),
    variants: ["لافروف", "سيرغي لافروف", "Sergei Lavrov", "Lavrov"],
    kind: "person" as const,
    country: "RU",
    offices: [
      {
        title: T("وزير الخارجية الروسي", "Russian Minister of Foreign Affairs"),
        organizationId: "act-ru-mfa",
        start: "2004-03-09",
      },
    ],
  },
  {
    id: "act-ru-air-force",
    name: T("القوات الجوية الروسية", "Russian Aerospace Forces"),
    variants: ["الطائرات الروسية", "الطيران الروسي", "Russian aircraft"],
    kind: "armed_forces" as const,
    parentId: "act-ru",
    country: "RU",
    description: T(
      "يرد في النص بصيغة «الطائرات الروسية» فقط.",
      "Appears in the text only as «الطائرات الروسية» ('the Russian aircraft').",
    ),
  },
  {
    id: "act-iran",
    name: T("إيران", "Iran"),
    variants: ["طهران", "الإيرانية", "Tehran"],
    kind: "state" as const,
    country: "IR",
  },
  {
    id: "act-iran-militias",
    name: T("الميليشيات الإيرانية", "Iranian militias"),
    variants: ["الميليشيات الإيرانية", "المليشيات الإيرانية", "Iranian-backed militias"],
    kind: "militia" as const,
    parentId: "act-iran",
    description: T(
      "ترد في القائمة الجانبية فقط («طرد الميليشيات الإيرانية من سورية»)؛ لا يسمّي النص أيا منها.",
      "Appear only in the sidebar («طرد الميليشيات الإيرانية من سورية»); the text names none of them.",
    ),
  },
  {
    id: "act-sy-gov",
    name: T("الحكومة السورية", "Syrian government"),
    variants: ["النظام", "النظام السوري", "دمشق", "نظام الأسد", "Damascus", "Assad regime"],
    kind: "state" as const,
    country: "SY",
    description: T(
      "يسمّيها النص «النظام»، وترد «دمشق» كناية عنها في القائمة الجانبية («استخدام دمشق الأسلحة المحرمة»).",
      "Called «النظام» ('the regime') in the text; «دمشق» ('Damascus') stands for it in the sidebar («استخدام دمشق الأسلحة المحرمة»).",
    ),
  },
  {
    id: "act-assad",
    name: T("بشار الأسد", "Bashar al-Assad"),
    variants: ["الأسد", "Assad"],
    kind: "person" as const,
    country: "SY",
    offices: [
      { title: T("رئيس الجمهورية العربية السورية", "President of Syria"), organizationId: "act-sy-gov", start: "2000-07-17" },
    ],
  },
  {
    id: "act-sy-forces",
    name: T("قوات النظام السوري", "Syrian government forces"),
    variants: ["قوات النظام", "جنود النظام", "Syrian Arab Army", "regime forces"],
    kind: "armed_forces" as const,
    parentId: "act-sy-gov",
    country: "SY",
  },
  {
    id: "act-pro-gov-militias",
    name: T("المليشيات الموالية للنظام", "Pro-government militias"),
    variants: ["المليشيات الموالية لها", "الميليشيات الموالية", "مقاتلين مؤيدين للنظام", "pro-regime fighters"],
    kind: "militia" as const,
    country: "SY",
    description: T(
      "فئة عامة: النص لا يسمّي أيا منها. تشمل «المليشيات الموالية لها» في الهجوم شمال حلب، و«مقاتلين مؤيدين للنظام» الخارجين من الفوعة وكفريا.",
      "A generic class; the text names none. Covers «المليشيات الموالية لها» in the attack north of Aleppo and the «مقاتلين مؤيدين للنظام» (pro-regime fighters) evacuated from al-Fu'ah and Kafriya.",
    ),
  },
  {
    id: "act-sy-opposition",
    name: T("المعارضة السورية المسلحة", "Syrian armed opposition"),
    variants: ["قوات المعارضة", "المعارضة", "المعارضة السورية", "مقاتلي المعارضة", "rebels"],
    kind: "armed_group" as const,
    country: "SY",
  },
  {
    id: "act-unnamed-sources",
    name: T("مصادر غير مسمّاة", "Unnamed sources"),
    variants: ["مصادر", "المصادر"],
    kind: "unnamed_source" as const,
    description: T(
      "«مصادر» لا يذكر النص اسمها ولا صفتها؛ «المصادر» المعرّفة في الجمل التالية تعود إليها.",
      "«مصادر» ('sources') with no name or affiliation in the text; the later «المصادر» ('the sources') refer back to them.",
    ),
  },
  {
    id: "act-opp-sources",
    name: T("مصادر بالمعارضة السورية", "Syrian opposition sources"),
    variants: ["مصادر المعارضة", "مصادر في المعارضة السورية"],
    kind: "unnamed_source" as const,
    parentId: "act-sy-opposition",
    country: "SY",
  },
  {
    id: "act-sohr",
    name: T("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights"),
    variants: ["المرصد السوري", "المرصد", "SOHR"],
    kind: "ngo" as const,
    description: T("مرصد حرب مقره بريطانيا.", "A UK-based war monitor."),
  },
  {
    id: "act-opcw",
    name: T("منظمة حظر الأسلحة الكيماوية", "Organisation for the Prohibition of Chemical Weapons"),
    variants: ["المنظمة الدولية لحظر الأسلحة الكيماوية", "منظمة حظر الأسلحة الكيميائية", "OPCW"],
    kind: "international_org" as const,
  },
  {
    id: "act-opcw-mechanism",
    name: T("آلية لجنة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية", "OPCW investigation mechanism"),
    variants: ["آلية التحقيق", "آلية لجنة التحقيق"],
    kind: "international_org" as const,
    parentId: "act-opcw",
    description: T(
      "لا يحدد النص أي هيئة يقصد؛ الأرجح آلية التحقيق القائمة في المنظمة (بعثة تقصي الحقائق) التي كانت تحقق في هجوم خان شيخون.",
      "The text does not say which body it means; most likely the OPCW's existing investigative mechanism (its Fact-Finding Mission), then investigating the Khan Shaykhun attack.",
    ),
  },
  {
    id: "act-civilians",
    name: T("مدنيون", "Civilians"),
    variants: ["مدنيين", "المدنيين", "المدنيون"],
    kind: "civilians" as const,
  },
  {
    id: "act-nato",
    name: T("حلف شمال الأطلسي", "NATO"),
    variants: ["الناتو", "حلف الناتو", "North Atlantic Treaty Organization"],
    kind: "alliance" as const,
  },
].map((a) => ({ ...a, ...published }));

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

const places = [
  {
    id: "pl-syria",
    name: T("سورية", "Syria"),
    variants: ["سوريا", "Syrian Arab Republic", "Suriya"],
    feature: "country" as const,
    point: { lat: 35.0, lon: 38.5 },
    pointIsCentroid: true,
    country: "SY",
  },
  {
    id: "pl-aleppo-gov",
    name: T("محافظة حلب", "Aleppo Governorate"),
    variants: ["ريف حلب", "Halab Governorate"],
    feature: "governorate" as const,
    point: { lat: 36.25, lon: 37.5 },
    pointIsCentroid: true,
    parentId: "pl-syria",
    country: "SY",
  },
  {
    id: "pl-rif-halab-gharbi",
    name: T("ريف حلب الغربي", "Western Aleppo countryside"),
    variants: ["الريف الغربي لحلب", "ريف حلب الغربي", "western rural Aleppo", "Rif Halab al-Gharbi"],
    feature: "region" as const,
    point: { lat: 36.2, lon: 36.9 },
    pointIsCentroid: true,
    parentId: "pl-aleppo-gov",
    country: "SY",
  },
  {
    id: "pl-rif-halab-shamali",
    name: T("ريف حلب الشمالي", "Northern Aleppo countryside"),
    variants: ["الريف الشمالي لحلب", "ريفي حلب الشمالي", "northern rural Aleppo", "Rif Halab al-Shamali"],
    feature: "region" as const,
    point: { lat: 36.4, lon: 37.1 },
    pointIsCentroid: true,
    parentId: "pl-aleppo-gov",
    country: "SY",
  },
  {
    id: "pl-aleppo",
    name: T("حلب", "Aleppo"),
    variants: ["مدينة حلب", "Halab", "Alep"],
    feature: "city" as const,
    point: { lat: 36.217, lon: 37.167 },
    parentId: "pl-aleppo-gov",
    country: "SY",
  },
  {
    id: "pl-darat-izza",
    name: T("دارة عزة", "Darat Izza"),
    variants: ["دارة عزّة", "Darat Azza", "Darit Izza", "Daret Azzeh"],
    feature: "town" as const,
    point: { lat: 36.2828, lon: 36.8519 },
    parentId: "pl-rif-halab-gharbi",
    country: "SY",
  },
  {
    id: "pl-idlib-gov",
    name: T("محافظة إدلب", "Idlib Governorate"),
    variants: ["إدلب", "ادلب", "Idleb", "Edlib"],
    feature: "governorate" as const,
    point: { lat: 35.75, lon: 36.6 },
    pointIsCentroid: true,
    parentId: "pl-syria",
    country: "SY",
  },
  {
    id: "pl-khan-shaykhun",
    name: T("خان شيخون", "Khan Shaykhun"),
    variants: ["Khan Sheikhoun", "Khan Shikhoun", "Khan Sheikhun"],
    feature: "town" as const,
    point: { lat: 35.4419, lon: 36.6508 },
    parentId: "pl-idlib-gov",
    country: "SY",
  },
  {
    id: "pl-fuah",
    name: T("الفوعة", "al-Fu'ah"),
    variants: ["Foua", "al-Fouaa", "Fua", "Fuaa"],
    feature: "town" as const,
    point: { lat: 35.9817, lon: 36.7017 },
    parentId: "pl-idlib-gov",
    country: "SY",
  },
  {
    id: "pl-kafriya",
    name: T("كفريا", "Kafriya"),
    variants: ["Kefraya", "Kafraya"],
    feature: "town" as const,
    point: { lat: 35.9897, lon: 36.6775 },
    parentId: "pl-idlib-gov",
    country: "SY",
  },
  {
    id: "pl-damascus",
    name: T("دمشق", "Damascus"),
    variants: ["Dimashq", "الشام"],
    feature: "city" as const,
    point: { lat: 33.513, lon: 36.292 },
    parentId: "pl-syria",
    country: "SY",
  },
  {
    id: "pl-east-damascus",
    name: T("شرق دمشق", "East of Damascus"),
    variants: ["شرقي دمشق", "eastern Damascus", "east Damascus"],
    feature: "region" as const,
    point: { lat: 33.53, lon: 36.35 },
    pointIsCentroid: true,
    parentId: "pl-damascus",
    country: "SY",
  },
  {
    id: "pl-rif-dimashq",
    name: T("ريف دمشق", "Rif Dimashq (Damascus countryside)"),
    variants: ["Rif Dimashq", "Reef Dimashq", "Damascus countryside", "rural Damascus"],
    feature: "region" as const,
    point: { lat: 33.6, lon: 36.55 },
    pointIsCentroid: true,
    parentId: "pl-syria",
    country: "SY",
  },
  {
    id: "pl-zabadani",
    name: T("الزبداني", "al-Zabadani"),
    variants: ["Zabadani", "Az-Zabadani", "Zebdani"],
    feature: "town" as const,
    point: { lat: 33.725, lon: 36.0972 },
    parentId: "pl-rif-dimashq",
    country: "SY",
  },
  {
    id: "pl-madaya",
    name: T("مضايا", "Madaya"),
    variants: ["Madaya", "Madhaya"],
    feature: "town" as const,
    point: { lat: 33.6878, lon: 36.1008 },
    parentId: "pl-rif-dimashq",
    country: "SY",
  },
  {
    id: "pl-eastern-europe",
    name: T("شرق أوروبا", "Eastern Europe"),
    variants: ["أوروبا الشرقية", "Eastern Europe"],
    feature: "region" as const,
    point: { lat: 50.0, lon: 27.0 },
    pointIsCentroid: true,
  },
  {
    id: "pl-asia",
    name: T("آسيا", "Asia"),
    variants: ["اسيا", "Asia"],
    feature: "continent" as const,
    point: { lat: 43.7, lon: 87.3 },
    pointIsCentroid: true,
  },
].map((pl) => ({ ...pl, variants: [...new Set(pl.variants)], ...published }));

// ---------------------------------------------------------------------------------------------
// Quantities (figures), kept with their events below
// ---------------------------------------------------------------------------------------------

const ACLED_DOZENS = "ACLED: 'dozens' (عشرات) = 12 as the lowest figure";
const ACLED_HUNDREDS = "ACLED: 'hundreds' (مئات) = 100 as the lowest figure";

const q: Record<string, Quantity> = {
  dIzzaStrikes: {
    id: "q-darat-izza-strikes",
    kind: "strikes",
    subject: T("غارات جوية على دارة عزة", "Air strikes on Darat Izza"),
    low: 11,
    best: 11,
    high: 11,
    words: "11 غارة جوية",
    vague: false,
  },
  dIzzaCasualties: {
    id: "q-darat-izza-casualties",
    kind: "killed_or_injured",
    subject: T("القتلى والجرحى (لا يميز النص بينهم ولا يقول إنهم مدنيون)", "Killed and wounded (the text neither separates them nor says they were civilians)"),
    low: 12,
    words: "عشرات",
    vague: true,
    convention: ACLED_DOZENS,
    note: T("«عشرات القتلى والجرحى»: لا عدد في النص؛ 12 حدّ أدنى اصطلاحي فقط.", "«عشرات القتلى والجرحى» ('dozens killed and wounded'): no number in the text; 12 is a conventional floor only."),
  },
  soldiersKilled: {
    id: "q-regime-soldiers-killed",
    kind: "killed",
    subject: T("جنود النظام", "Government soldiers"),
    words: "عددا من",
    vague: true,
    note: T("«عددا من» = «عدد من» بلا رقم؛ لا اصطلاح يعطيه رقما.", "«عددا من» ('a number of'): no number, and no convention gives it one."),
  },
  westCivilians: {
    id: "q-west-aleppo-civilians-killed",
    kind: "killed",
    subject: T("قتلى مدنيون في ريف حلب الغربي", "Civilians killed in the western Aleppo countryside"),
    words: "عدد من",
    vague: true,
    note: T("«عدد من القتلى المدنيين» بلا رقم؛ وقد يشمل قتلى دارة عزة.", "«عدد من القتلى المدنيين» ('a number of civilian dead'), no number; may overlap with the Darat Izza casualties."),
  },
  haltHours: {
    id: "q-evacuation-halt-hours",
    kind: "duration_hours",
    subject: T("مدة توقف الإجلاء قبل انتهائه", "Length of the halt before the evacuation ended"),
    low: 48,
    best: 48,
    high: 48,
    words: "48 ساعة",
    vague: false,
  },
  waitDays: {
    id: "q-fuah-kafriya-wait-days",
    kind: "duration_days",
    subject: T("انتظار حافلات الفوعة وكفريا على مشارف حلب", "Wait of the al-Fu'ah and Kafriya buses on Aleppo's outskirts"),
    low: 2,
    best: 2,
    high: 2,
    words: "ليومين",
    vague: false,
  },
  zabadaniHundreds: {
    id: "q-zabadani-departed",
    kind: "departed",
    subject: T("مقاتلو المعارضة وأقاربهم من الزبداني", "Opposition fighters and their relatives from al-Zabadani"),
    low: 100,
    words: "مئات",
    vague: true,
    convention: ACLED_HUNDREDS,
    note: T("«مئات من مقاتلي المعارضة وأقاربهم»: لا عدد في النص؛ 100 حدّ أدنى اصطلاحي فقط.", "«مئات من مقاتلي المعارضة وأقاربهم» ('hundreds of opposition fighters and their relatives'): no number in the text; 100 is a conventional floor only."),
  },
};

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

const E = {
  call: "ev-tillerson-lavrov-call",
  agInvestigation: "ev-agreement-objective-investigation",
  agWorkingGroup: "ev-agreement-working-group",
  chem: "ev-khan-shaykhun-chemical-attack",
  dIzza: "ev-darat-izza-strikes",
  northStrikes: "ev-north-aleppo-countryside-strikes",
  westStrikes: "ev-west-aleppo-countryside-strikes",
  groundAttack: "ev-north-aleppo-ground-attack",
  rifDimashq: "ev-rif-dimashq-strikes",
  eastDamascus: "ev-east-damascus-attack",
  vote: "ev-opcw-vote-new-team",
  fourTownsDeal: "ev-four-towns-deal",
  detainees: "ev-detainee-agreement",
  evacuation: "ev-four-towns-evacuation",
  fuahArrival: "ev-fuah-kafriya-buses-arrive-aleppo",
  zabadani: "ev-zabadani-fighters-depart",
} as const;

const onlyRussianStatement = T(
  "لا يذكر الاتفاق إلا بيان الخارجية الروسية؛ البيان الأميركي كما ينقله النص لا يذكره.",
  "Only the Russian MFA statement reports the agreement; the US statement, as the text relays it, does not mention it.",
);
const outletVoiceRussianJets = T(
  "الصحيفة تنسب الغارات إلى «الطائرات الروسية» بصوتها، دون ذكر مصدر.",
  "The outlet attributes the strikes to «الطائرات الروسية» ('Russian aircraft') in its own voice, citing no source.",
);

const events = [
  {
    id: E.call,
    type: "phone_call" as const,
    title: T("اتصال هاتفي بين تيلرسون ولافروف", "Phone call between Tillerson and Lavrov"),
    summary: T(
      "تحدث وزير الخارجية الأميركي ريكس تيلرسون هاتفيا مع نظيره الروسي سيرجي لافروف، بحسب بياني الخارجيتين الأميركية والروسية. يقول البيان الروسي إن الاتصال تم بمبادرة أميركية، ويقول البيان الأميركي إن تيلرسون أكد فيه دعمه لآلية التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية.",
      "US Secretary of State Rex Tillerson spoke by phone with Russian Foreign Minister Sergey Lavrov, according to statements by both foreign ministries. The Russian statement says the call was made at the US's initiative; the US statement says Tillerson affirmed his support for the OPCW's investigation mechanism.",
    ),
    time: unknownTime(
      T(
        "النص لا يؤرخ الاتصال؛ «فيما» تقرنه بخبر غارات «أمس» دون أن تحدد يومه.",
        "The text does not date the call; «فيما» ('while') juxtaposes it with the strikes of «أمس» without dating it.",
      ),
    ),
    locationPrecision: "unknown" as const,
    locationNote: T("اتصال هاتفي؛ لا مكان له في النص.", "A phone call; the text gives no location."),
    participants: [
      p("act-tillerson", "initiator", "likely", T(
        "البيان الأميركي يؤكد مشاركته؛ المبادرة («بمبادرة أميركية») من قول البيان الروسي وحده.",
        "The US statement confirms his part in the call; the initiative («بمبادرة أميركية») is stated by the Russian statement only.",
      )),
      p("act-lavrov", "party", "declared"),
    ],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "confirmed" as const,
      clarity: "high" as const,
      confidence: "high" as const,
      note: T("يذكره بيانا الطرفين، كما نقلتهما الصحيفة.", "Reported by both parties' statements, as relayed by the outlet."),
    },
    tags: ["diplomacy", "us-russia"],
  },
  {
    id: E.agInvestigation,
    type: "agreement" as const,
    title: T(
      "اتفاق لافروف وتيلرسون على البحث مجددا في فتح تحقيق موضوعي بإشراف منظمة حظر الأسلحة الكيماوية",
      "Lavrov and Tillerson agree to re-examine opening an objective, OPCW-supervised investigation",
    ),
    summary: T(
      "بحسب بيان الخارجية الروسية، اتفق الوزيران خلال الاتصال على البحث مجددا في فتح تحقيق موضوعي حول الهجوم الكيماوي في خان شيخون، تحت إشراف المنظمة الدولية لحظر الأسلحة الكيماوية. المتفق عليه هو البحث في فتح التحقيق لا فتحه.",
      "According to the Russian MFA statement, the two ministers agreed during the call to re-examine opening an objective investigation into the Khan Shaykhun chemical attack under the OPCW's supervision. What was agreed is to look again at opening an investigation, not to open one.",
    ),
    time: unknownTime(T("جزء من الاتصال الهاتفي غير المؤرخ.", "Part of the undated phone call.")),
    locationPrecision: "unknown" as const,
    participants: [p("act-lavrov", "party", "declared"), p("act-tillerson", "party", "likely", onlyRussianStatement)],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "low" as const,
      confidence: "medium" as const,
      note: T(
        "رواية طرف واحد (البيان الروسي)؛ صيغة «البحث مجددا في فتح تحقيق» فضفاضة.",
        "One party's account (the Russian statement); «البحث مجددا في فتح تحقيق» ('to look again at opening an investigation') is loose wording.",
      ),
    },
    relations: [
      { type: "part_of" as const, eventId: E.call },
      { type: "response_to" as const, eventId: E.chem },
      { type: "follows" as const, eventId: E.vote },
    ],
    tags: ["diplomacy", "us-russia", "chemical-weapons", "opcw"],
  },
  {
    id: E.agWorkingGroup,
    type: "agreement" as const,
    title: T(
      "اتفاق على إطلاق مجموعة عمل لإزالة نقاط الخلاف في العلاقات الأميركية الروسية",
      "Agreement to launch a working group on removing the points of disagreement in US–Russian relations",
    ),
    summary: T(
      "بحسب بيان الخارجية الروسية، اتفق الوزيران أيضا على إطلاق مجموعة عمل بأسرع وقت ممكن، تكلَّف البحث في كيفية إزالة نقاط الخلاف في العلاقات الثنائية.",
      "According to the Russian MFA statement, the two ministers also agreed to launch, as soon as possible, a working group tasked with examining how to remove the points of disagreement in bilateral relations.",
    ),
    time: unknownTime(T("جزء من الاتصال الهاتفي غير المؤرخ.", "Part of the undated phone call.")),
    locationPrecision: "unknown" as const,
    participants: [p("act-lavrov", "party", "declared"), p("act-tillerson", "party", "likely", onlyRussianStatement)],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "high" as const,
      confidence: "medium" as const,
      note: T("رواية طرف واحد (البيان الروسي).", "One party's account (the Russian statement)."),
    },
    relations: [{ type: "part_of" as const, eventId: E.call }],
    tags: ["diplomacy", "us-russia"],
  },
  {
    id: E.chem,
    type: "chemical_attack" as const,
    title: T("الهجوم الكيماوي على خان شيخون", "Chemical attack on Khan Shaykhun"),
    summary: T(
      "هجوم كيماوي وقع في بلدة خان شيخون بسورية في الرابع من أبريل، تحقق فيه آلية لجنة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية. لا يذكر النص ضحايا ولا يسمّي منفذا؛ القائمة الجانبية وحدها تصوغ نقطة خلاف «استخدام دمشق الأسلحة المحرمة».",
      "A chemical attack in the town of Khan Shaykhun, Syria, on 4 April, under investigation by the OPCW's investigation mechanism. The text gives no casualties and names no perpetrator; only the sidebar frames a point of contention as «استخدام دمشق الأسلحة المحرمة» ('Damascus's use of prohibited weapons').",
    ),
    time: relDay(
      "2017-04-04",
      "في الرابع من أبريل الجاري",
      T(
        "اليوم مذكور؛ الشهر من «الجاري» محسوبا على تاريخ النشر المستنتج، والسنة منه أيضا.",
        "The day is stated; the month comes from «الجاري» ('the current [month]') resolved against the inferred publication date, as does the year.",
      ),
    ),
    placeId: "pl-khan-shaykhun",
    locationPrecision: "exact" as const,
    participants: [
      p("act-sy-gov", "initiator", "alleged", T(
        "النص الرئيسي لا يسمّي منفذا. القائمة الجانبية للصحيفة تصوغ نقطة الخلاف «استخدام دمشق الأسلحة المحرمة» دون ربطها صراحة بهذا الهجوم؛ لذلك الإسناد «مزعوم» فقط.",
        "The main text names no perpetrator. The outlet's sidebar frames a point of contention as «استخدام دمشق الأسلحة المحرمة» without tying it explicitly to this attack; hence 'alleged' only.",
      )),
    ],
    weapons: ["chemical_agent" as const],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "low" as const,
      confidence: "medium" as const,
      note: T(
        "وقوع الهجوم مسلَّم به في بياني الحكومتين وفي تصويت المنظمة كما يرويها النص، لكن النص لا يذكر حصيلة ولا منفذا.",
        "The attack's occurrence is taken for granted by both governments' statements and the OPCW vote as the text reports them, but the text gives no toll and no perpetrator.",
      ),
    },
    tags: ["chemical-weapons", "idlib"],
  },
  {
    id: E.dIzza,
    type: "air_strike" as const,
    title: T("11 غارة جوية روسية على دارة عزة", "Eleven Russian air strikes on Darat Izza"),
    summary: T(
      "شنت الطائرات الروسية أمس 11 غارة جوية على مدينة دارة عزة بريف حلب الغربي، وسقط عشرات القتلى والجرحى. يرد الخبر بصوت الصحيفة دون نسبته إلى مصدر، ولا يقول النص إن الضحايا مدنيون.",
      "Russian aircraft carried out 11 air strikes on the town of Darat Izza in the western Aleppo countryside «أمس» (yesterday); dozens were killed and wounded. The outlet reports this in its own voice without a source, and does not say whether the casualties were civilians.",
    ),
    time: relDay("2017-04-22", "أمس"),
    placeId: "pl-darat-izza",
    locationPrecision: "exact" as const,
    participants: [p("act-ru-air-force", "initiator", "likely", outletVoiceRussianJets)],
    quantities: [q.dIzzaStrikes!, q.dIzzaCasualties!],
    weapons: ["aircraft" as const, "thermobaric" as const, "bunker_buster" as const],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "weak" as const,
      clarity: "high" as const,
      confidence: "medium" as const,
      note: T(
        "خبر غير منسوب من مصدر واحد؛ الحصيلة مبهمة («عشرات») ولا تفصل القتلى عن الجرحى ولا المدنيين عن المقاتلين. السلاحان («الصواريخ الفراغية والقنابل الارتجاجية») من قول «المصادر» عن «الطائرات» عموما.",
        "An unattributed single-source report; the toll is vague («عشرات», 'dozens') and separates neither killed from wounded nor civilians from fighters. The weapons («الصواريخ الفراغية والقنابل الارتجاجية») come from «المصادر» speaking of «الطائرات» ('the aircraft') in general.",
      ),
    },
    relations: [],
    tags: ["aleppo", "russian-air-strikes"],
  },
  {
    id: E.northStrikes,
    type: "air_strike" as const,
    title: T(
      "غارات على مدن وبلدات تسيطر عليها المعارضة في ريف حلب الشمالي",
      "Strikes on opposition-held towns in the northern Aleppo countryside",
    ),
    summary: T(
      "استهدفت الغارات، إلى جانب دارة عزة، عددا من المدن والبلدات التي تسيطر عليها المعارضة السورية المسلحة في ريف حلب الشمالي، وبحسب مصادر شكّلت غطاء جويا لهجوم بري لقوات النظام شمال مدينة حلب. لا يسمّي النص هذه البلدات.",
      "Besides Darat Izza, the strikes hit a number of opposition-held towns in the northern Aleppo countryside and, according to sources, gave air cover to a government ground attack north of Aleppo city. The text does not name the towns.",
    ),
    time: inferredDay(
      "2017-04-22",
      T(
        "الجملة نفسها تعطف هذه الغارات على غارات «أمس» في دارة عزة («كما استهدفت الغارات»)؛ التاريخ مأخوذ منها.",
        "The same sentence joins these strikes to the «أمس» strikes on Darat Izza («كما استهدفت الغارات», 'the strikes also targeted'); the date is taken from there.",
      ),
    ),
    placeId: "pl-rif-halab-shamali",
    locationPrecision: "region" as const,
    locationNote: T("«ريفي حلب الشمالي والغربي»: هذا الحدث للشق الشمالي.", "«ريفي حلب الشمالي والغربي» ('the northern and western Aleppo countryside'): this event is the northern part."),
    participants: [
      p("act-ru-air-force", "initiator", "likely", outletVoiceRussianJets),
      p("act-sy-opposition", "target", "likely", T("البلدات المستهدفة «تسيطر عليها المعارضة السورية المسلحة».", "The towns hit are «تسيطر عليها المعارضة السورية المسلحة» ('held by the armed Syrian opposition').")),
    ],
    weapons: ["aircraft" as const, "thermobaric" as const, "bunker_buster" as const],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "weak" as const,
      clarity: "low" as const,
      confidence: "low" as const,
      note: T(
        "لا أسماء بلدات ولا حصيلة؛ خبر غير منسوب، ودوره غطاءً جويا من قول مصادر غير مسماة.",
        "No towns named and no toll; unattributed, and its role as air cover comes from unnamed sources.",
      ),
    },
    relations: [
      { type: "enables" as const, eventId: E.groundAttack },
      { type: "concurrent_with" as const, eventId: E.dIzza },
    ],
    tags: ["aleppo", "russian-air-strikes"],
  },
  {
    id: E.westStrikes,
    type: "air_strike" as const,
    title: T(
      "غارات على مدن وبلدات تسيطر عليها المعارضة في ريف حلب الغربي",
      "Strikes on opposition-held towns in the western Aleppo countryside",
    ),
    summary: T(
      "استهدفت الغارات، إلى جانب دارة عزة، عددا من المدن والبلدات التي تسيطر عليها المعارضة في ريف حلب الغربي. تقول مصادر إنه «تم الإبلاغ» عن سقوط عدد من القتلى المدنيين في ريف حلب الغربي؛ قد يشمل ذلك ضحايا دارة عزة، وهي في الريف نفسه، والنص لا يفصل.",
      "Besides Darat Izza, the strikes hit a number of opposition-held towns in the western Aleppo countryside. Sources say a number of civilian deaths «تم الإبلاغ» ('were reported') in the western countryside; this may include the Darat Izza casualties, as Darat Izza lies in the same area, and the text does not separate them.",
    ),
    time: inferredDay(
      "2017-04-22",
      T(
        "الجملة نفسها تعطف هذه الغارات على غارات «أمس» في دارة عزة («كما استهدفت الغارات»)؛ التاريخ مأخوذ منها.",
        "The same sentence joins these strikes to the «أمس» strikes on Darat Izza («كما استهدفت الغارات»); the date is taken from there.",
      ),
    ),
    placeId: "pl-rif-halab-gharbi",
    locationPrecision: "region" as const,
    locationNote: T("«ريفي حلب الشمالي والغربي»: هذا الحدث للشق الغربي، عدا دارة عزة.", "«ريفي حلب الشمالي والغربي»: this event is the western part, apart from Darat Izza."),
    participants: [
      p("act-ru-air-force", "initiator", "likely", outletVoiceRussianJets),
      p("act-sy-opposition", "target", "likely", T("البلدات المستهدفة «تسيطر عليها المعارضة السورية المسلحة».", "The towns hit are held by the armed Syrian opposition, per the text.")),
      p("act-civilians", "victim", "alleged", T("قتلى مدنيون «تم الإبلاغ» عنهم: رواية غير مباشرة من مصادر غير مسماة.", "Civilian deaths that «تم الإبلاغ» ('were reported'): second-hand, via unnamed sources.")),
    ],
    quantities: [q.westCivilians!],
    weapons: ["aircraft" as const, "thermobaric" as const, "bunker_buster" as const],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "weak" as const,
      clarity: "low" as const,
      confidence: "low" as const,
      note: T(
        "مصادر غير مسماة تنقل بلاغات عن قتلى مدنيين دون عدد. النص يقول إن الغارات استهدفت بلدات تسيطر عليها المعارضة، ولا يقول إن المدنيين هم المستهدفون.",
        "Unnamed sources relaying reports of civilian deaths, with no number. The text says the strikes targeted opposition-held towns, not that civilians were the target.",
      ),
    },
    relations: [{ type: "concurrent_with" as const, eventId: E.dIzza }],
    tags: ["aleppo", "russian-air-strikes", "civilian-harm"],
  },
  {
    id: E.groundAttack,
    type: "ground_attack" as const,
    title: T(
      "هجوم بري لقوات النظام والمليشيات الموالية لها شمال مدينة حلب",
      "Ground attack by government forces and allied militias north of Aleppo city",
    ),
    summary: T(
      "بحسب مصادر، شنت قوات النظام والمليشيات الموالية لها هجوما بريا في محيط مدينة حلب من الجهة الشمالية بغطاء جوي من الغارات. تقول قوات المعارضة إنها صدّت الهجوم وقتلت عددا من جنود النظام خلال المعارك.",
      "According to sources, government forces and allied militias launched a ground attack on the northern outskirts of Aleppo city under air cover from the strikes. Opposition forces say they repelled it and killed a number of government soldiers in the fighting.",
    ),
    time: inferredDay(
      "2017-04-22",
      T(
        "الغارات التي «شكَّلت غطاء جويا» للهجوم هي غارات «أمس»؛ التاريخ مستنتج منها.",
        "The strikes that «شكَّلت غطاء جويا» ('provided air cover') for it are those of «أمس»; the date is inferred from them.",
      ),
    ),
    placeId: "pl-aleppo",
    locationPrecision: "near" as const,
    locationNote: T("«في محيط مدينة حلب من الجهة الشمالية».", "On the northern outskirts of Aleppo city («في محيط مدينة حلب من الجهة الشمالية»)."),
    participants: [
      p("act-sy-forces", "initiator", "likely"),
      p("act-pro-gov-militias", "initiator", "likely"),
      p("act-sy-opposition", "target", "declared", T("تقول قوات المعارضة إنها صدّت الهجوم.", "Opposition forces say they repelled the attack.")),
    ],
    quantities: [q.soldiersKilled!],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "low" as const,
      confidence: "medium" as const,
      note: T(
        "وقوع الهجوم تذكره مصادر وتؤكده المعارضة؛ أما نتيجته (الصد وقتلى جنود النظام) فرواية طرف مقاتل وحده.",
        "The attack itself is reported by sources and confirmed by the opposition; its outcome (repelled, government soldiers killed) is one combatant's account only.",
      ),
    },
    tags: ["aleppo", "ground-fighting"],
  },
  {
    id: E.rifDimashq,
    type: "air_strike" as const,
    title: T("غارات في ريف دمشق", "Strikes in Rif Dimashq"),
    summary: T(
      "بحسب المصادر، تزامنت غارات في ريف دمشق مع تجدد هجوم لقوات النظام شرق دمشق. لا يذكر النص من شنّها ولا يومها ولا حصيلتها.",
      "According to the sources, strikes in Rif Dimashq coincided with a renewed government attack east of Damascus. The text says neither who carried them out, nor when, nor with what toll.",
    ),
    time: unknownTime(
      T(
        "لا تاريخ في النص؛ تزامنها مع هجوم شرق دمشق، وهو غير مؤرخ أيضا، لا يحدد يوما.",
        "Not dated; coinciding with the attack east of Damascus, itself undated, fixes no day.",
      ),
    ),
    placeId: "pl-rif-dimashq",
    locationPrecision: "region" as const,
    participants: [],
    weapons: ["aircraft" as const],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "weak" as const,
      clarity: "low" as const,
      confidence: "low" as const,
      note: T(
        "مصادر غير مسماة؛ لا منفذ ولا مكان محدد ولا حصيلة. «الغارات» تعني في هذا السياق غارات جوية.",
        "Unnamed sources; no perpetrator, no specific place, no toll. «الغارات» here means air raids.",
      ),
    },
    tags: ["damascus", "air-strikes"],
  },
  {
    id: E.eastDamascus,
    type: "ground_attack" as const,
    title: T("تجدد هجوم قوات النظام شرق دمشق", "Renewed government attack east of Damascus"),
    summary: T(
      "بحسب المصادر، تجدد هجوم «وصف بالعنيف» لقوات النظام شرق دمشق بهدف التقدم في الأحياء المحاصرة الواقعة تحت سيطرة المعارضة. النص لا يقول من وصفه بالعنيف.",
      "According to the sources, a government attack «وصف بالعنيف» ('described as violent') was renewed east of Damascus, aiming to advance into besieged opposition-held neighbourhoods. The text does not say who described it as violent.",
    ),
    time: unknownTime(T("لا تاريخ في النص.", "Not dated in the text.")),
    placeId: "pl-east-damascus",
    locationPrecision: "region" as const,
    locationNote: T(
      "«شرق دمشق»، «الأحياء المحاصرة الواقعة تحت سيطرة المعارضة»؛ لا يسمّي النص الأحياء.",
      "«شرق دمشق» ('east of Damascus'), «الأحياء المحاصرة» ('the besieged neighbourhoods'); the text does not name them.",
    ),
    participants: [
      p("act-sy-forces", "initiator", "likely"),
      p("act-sy-opposition", "target", "likely", T("الأحياء «تحت سيطرة المعارضة».", "The neighbourhoods are «تحت سيطرة المعارضة» ('under opposition control').")),
    ],
    civilianTargeting: "unknown" as const,
    assessment: {
      grading: "weak" as const,
      clarity: "low" as const,
      confidence: "low" as const,
      note: T("مصادر غير مسماة؛ لا تاريخ ولا حصيلة.", "Unnamed sources; no date, no toll."),
    },
    relations: [{ type: "concurrent_with" as const, eventId: E.rifDimashq }],
    tags: ["damascus", "ground-fighting", "siege"],
  },
  {
    id: E.vote,
    type: "vote" as const,
    title: T(
      "منظمة حظر الأسلحة الكيماوية ترفض في تصويت اقتراحا روسيا إيرانيا بتشكيل فريق تحقيق جديد",
      "OPCW vote rejects a Russian–Iranian proposal for a new investigation team",
    ),
    summary: T(
      "رفضت المنظمة الدولية لحظر الأسلحة الكيماوية أول من أمس، في تصويت، اقتراحا لموسكو وطهران يقضي بتشكيل فريق جديد يكلف بالتحقيق في الهجوم الكيماوي في سورية. لا يذكر النص هيئة التصويت ولا مكانه ولا نتيجته العددية.",
      "The OPCW rejected «أول من أمس» (the day before yesterday), in a vote, a proposal by Moscow and Tehran to form a new team to investigate the chemical attack in Syria. The text names neither the voting body, nor the place, nor the tally.",
    ),
    time: relDay(
      "2017-04-21",
      "أول من أمس",
      T(
        "محسوب على تاريخ النشر المستنتج (2017-04-23). تقارير منشورة تؤرخ تصويت المجلس التنفيذي للمنظمة بيوم 20 أبريل 2017، أي قبل هذا التاريخ بيوم؛ الفارق إما في تاريخ النشر المستنتج أو في تقريب المقال.",
        "Resolved against the inferred publication date (2017-04-23). Public reports date the OPCW Executive Council vote to 20 April 2017, one day earlier; the gap lies either in the inferred publication date or in the article's own rounding.",
      ),
    ),
    locationPrecision: "unknown" as const,
    locationNote: T("لا يذكر النص مكان التصويت.", "The text does not say where the vote took place."),
    participants: [
      p("act-opcw", "initiator", "declared"),
      p("act-ru", "target", "declared", T("صاحبة الاقتراح المرفوض، مع طهران.", "Co-author of the rejected proposal, with Tehran.")),
      p("act-iran", "target", "declared", T("صاحبة الاقتراح المرفوض، مع موسكو.", "Co-author of the rejected proposal, with Moscow.")),
    ],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "high" as const,
      confidence: "medium" as const,
      note: T(
        "خلفية بصوت الصحيفة («وكانت ... رفضت») دون مصدر؛ اليوم موضع شك (انظر ملاحظة التاريخ).",
        "Background in the outlet's own voice («وكانت ... رفضت», 'had rejected') with no source; the day is doubtful (see the time note).",
      ),
    },
    relations: [{ type: "response_to" as const, eventId: E.chem }],
    tags: ["opcw", "chemical-weapons", "diplomacy"],
  },
  {
    id: E.fourTownsDeal,
    type: "agreement" as const,
    title: T("اتفاق البلدات الأربع (اتفاق مبادلة)", "The four-towns agreement (swap deal)"),
    summary: T(
      "اتفاق مبادلة «تم التوسط فيه بين الجانبين المتحاربين» يشمل إجلاء مدنيين ومقاتلين من البلدات الأربع المحاصرة (الفوعة وكفريا والزبداني ومضايا) على مراحل. لا يسمّي النص الوسطاء ولا يؤرخ الاتفاق.",
      "A swap deal «تم التوسط فيه بين الجانبين المتحاربين» ('mediated between the warring sides') covering, in phases, the evacuation of civilians and fighters from the four besieged towns (al-Fu'ah, Kafriya, al-Zabadani, Madaya). The text names neither the mediators nor the date.",
    ),
    time: unknownTime(T("يشير إليه النص خلفيةً دون تاريخ.", "Referred to as background, without a date.")),
    placeId: "pl-syria",
    locationPrecision: "country" as const,
    locationNote: T(
      "البلدات الأربع المحاصرة: الفوعة وكفريا (محافظة إدلب)، والزبداني ومضايا (ريف دمشق).",
      "The four besieged towns: al-Fu'ah and Kafriya (Idlib governorate), al-Zabadani and Madaya (Rif Dimashq).",
    ),
    participants: [
      p("act-sy-gov", "party", "likely", T("أحد «الجانبين المتحاربين»؛ الوسطاء غير مسمَّين في النص.", "One of «الجانبين المتحاربين» ('the warring sides'); the mediators are not named in the text.")),
      p("act-sy-opposition", "party", "likely", T("أحد «الجانبين المتحاربين».", "One of «الجانبين المتحاربين».")),
    ],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "low" as const,
      confidence: "medium" as const,
      note: T("مذكور خلفيةً في روايتي مصادر المعارضة.", "Mentioned as background in the opposition sources' account."),
    },
    tags: ["four-towns-deal"],
  },
  {
    id: E.detainees,
    type: "agreement" as const,
    title: T(
      "اتفاق المعارضة والنظام على المعتقلين المقرر الإفراج عنهم في المرحلة الأولى",
      "Opposition and government agree on the detainees to be released in the first phase",
    ),
    summary: T(
      "تقول مصادر بالمعارضة السورية إنها توصلت لاتفاق مع النظام حول المعتقلين الذين سيتم الإفراج عنهم ضمن المرحلة الأولى من اتفاق البلدات الأربع، وحول وصول حافلات الخارجين من البلدات الأربع إلى وجهتهم النهائية. الإفراج نفسه لم يقع بعد في النص.",
      "Syrian opposition sources say they reached an agreement with the government on the detainees to be released in the first phase of the four-towns deal, and on the buses of those leaving the four towns reaching their final destination. The release itself has not happened in the text.",
    ),
    time: unknownTime(T("لا تاريخ في النص.", "Not dated in the text.")),
    locationPrecision: "unknown" as const,
    participants: [
      p("act-sy-opposition", "party", "declared", T("عبر «مصادر بالمعارضة السورية».", "Via «مصادر بالمعارضة السورية» ('Syrian opposition sources').")),
      p("act-sy-gov", "party", "likely", T("من رواية المعارضة وحدها.", "Per the opposition's account only.")),
    ],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "weak" as const,
      clarity: "low" as const,
      confidence: "medium" as const,
      note: T(
        "رواية طرف واحد عبر مصادر غير مسماة؛ لا عدد للمعتقلين. عطف «ووصول حافلات...» يحتمل أن يكون جزءا من موضوع الاتفاق (قراءتنا) أو خبرا منفصلا أوضحته المصادر.",
        "One party's account via unnamed sources; no number of detainees. «ووصول حافلات...» ('and the arrival of the buses...') can be read as part of what was agreed (our reading) or as a separate item the sources explained.",
      ),
    },
    relations: [{ type: "part_of" as const, eventId: E.fourTownsDeal }],
    tags: ["four-towns-deal", "detainees"],
  },
  {
    id: E.evacuation,
    type: "evacuation" as const,
    title: T(
      "إجلاء مدنيين ومقاتلين من البلدات الأربع المحاصرة",
      "Evacuation of civilians and fighters from the four besieged towns",
    ),
    summary: T(
      "بحسب مصادر بالمعارضة السورية، انتهى أول من أمس إجلاء مدنيين ومقاتلين من البلدات الأربع المحاصرة في إطار اتفاق مبادلة، بعد توقف استمر 48 ساعة. بداية الإجلاء غير مذكورة في النص.",
      "According to Syrian opposition sources, the evacuation of civilians and fighters from the four besieged towns under a swap deal ended «أول من أمس» (the day before yesterday), after a halt of 48 hours. The text does not say when it began.",
    ),
    time: {
      end: "2017-04-21",
      precision: "day" as const,
      basis: "relative" as const,
      expression: "أول من أمس",
      anchor: PUB,
      note: T(
        "النص يؤرخ نهاية الإجلاء فقط («انتهى أول من أمس» = 2017-04-21)؛ بدايته غير مذكورة، فالتاريخ المسجل هو تاريخ النهاية وحده بدقة اليوم.",
        "The text dates only the end («انتهى أول من أمس», 'ended the day before yesterday' = 2017-04-21); the start is not given, so only the end is recorded, to the day.",
      ),
    },
    placeId: "pl-syria",
    locationPrecision: "country" as const,
    locationNote: T(
      "«البلدات الأربع المحاصرة في سورية»: الفوعة وكفريا والزبداني ومضايا.",
      "«البلدات الأربع المحاصرة في سورية» ('the four besieged towns in Syria'): al-Fu'ah, Kafriya, al-Zabadani, Madaya.",
    ),
    participants: [
      p("act-civilians", "party", "likely", T("من المُجلَين.", "Among the evacuees.")),
      p("act-sy-opposition", "party", "declared", T("طرف في الاتفاق، ومقاتلوه من المُجلَين من الزبداني ومضايا.", "Party to the deal; its fighters are among those evacuated from al-Zabadani and Madaya.")),
      p("act-pro-gov-militias", "party", "likely", T("«مقاتلين مؤيدين للنظام» من الفوعة وكفريا، بحسب المرصد.", "«مقاتلين مؤيدين للنظام» (pro-government fighters) from al-Fu'ah and Kafriya, per SOHR.")),
    ],
    quantities: [q.haltHours!],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "high" as const,
      confidence: "medium" as const,
      note: T(
        "رواية مصادر المعارضة، وتتسق معها رواية المرصد السوري عن وصول الحافلات ومغادرتها.",
        "The opposition sources' account; SOHR's report of the buses arriving and leaving is consistent with it.",
      ),
    },
    relations: [{ type: "outcome_of" as const, eventId: E.fourTownsDeal }],
    tags: ["four-towns-deal", "evacuation"],
  },
  {
    id: E.fuahArrival,
    type: "evacuation" as const,
    title: T(
      "وصول حافلات الخارجين من الفوعة وكفريا إلى مدينة حلب",
      "Buses from al-Fu'ah and Kafriya arrive in Aleppo city",
    ),
    summary: T(
      "بحسب المرصد السوري لحقوق الإنسان، وصلت حافلات تقل مدنيين ومقاتلين مؤيدين للنظام من بلدتي الفوعة وكفريا إلى مدينة حلب التي يسيطر عليها النظام، بعد انتظار ليومين على مشارف المدينة.",
      "According to SOHR, buses carrying civilians and pro-government fighters from al-Fu'ah and Kafriya reached government-held Aleppo city after waiting two days on its outskirts.",
    ),
    time: unknownTime(
      T(
        "غير مؤرخ؛ انتظار اليومين يتسق مع التوقف الذي استمر 48 ساعة وانتهى «أول من أمس»، لكن النص لا يربط بينهما صراحة.",
        "Not dated; the two-day wait fits the 48-hour halt that ended «أول من أمس», but the text does not tie them explicitly.",
      ),
    ),
    placeId: "pl-aleppo",
    locationPrecision: "exact" as const,
    participants: [
      p("act-civilians", "party", "likely"),
      p("act-pro-gov-militias", "party", "likely", T("«مقاتلين مؤيدين للنظام».", "«مقاتلين مؤيدين للنظام» ('pro-government fighters').")),
    ],
    quantities: [q.waitDays!],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "high" as const,
      confidence: "medium" as const,
      note: T("مصدر واحد مسمّى (المرصد السوري).", "A single named source (SOHR)."),
    },
    relations: [{ type: "part_of" as const, eventId: E.evacuation }],
    tags: ["four-towns-deal", "evacuation", "aleppo"],
  },
  {
    id: E.zabadani,
    type: "evacuation" as const,
    title: T(
      "مغادرة مئات من مقاتلي المعارضة وأقاربهم من الزبداني نقطة عبور ثانية",
      "Hundreds of opposition fighters and relatives from al-Zabadani leave a second crossing point",
    ),
    summary: T(
      "بحسب المرصد السوري، غادر مئات من مقاتلي المعارضة وأقاربهم من بلدة الزبداني «نقطة عبور ثانية قريبة» متجهين إلى منطقة تسيطر عليها قوات المعارضة. نقرأ العبارة، وهي بلا حرف جر، على أنها مغادرة الخارجين من الزبداني نقطة عبور ثانية قريبة من مشارف حلب المذكورة قبلها، لا نقطة قرب الزبداني؛ النص لا يسمّي النقطة ولا الوجهة.",
      "According to SOHR, hundreds of opposition fighters and their relatives from al-Zabadani left «نقطة عبور ثانية قريبة» ('a second nearby crossing point') for an opposition-held area. The phrase lacks a preposition; we read it as evacuees from al-Zabadani leaving a second crossing point near the Aleppo outskirts just mentioned, not a point near al-Zabadani. The text names neither the crossing point nor the destination.",
    ),
    time: unknownTime(T("لا تاريخ في النص.", "Not dated in the text.")),
    placeId: "pl-aleppo-gov",
    locationPrecision: "region" as const,
    locationNote: T(
      "نقطة العبور غير مسماة؛ «قريبة» نقرؤها قريبة من مشارف مدينة حلب (السياق السابق)، وهي قراءة غير مؤكدة.",
      "The crossing point is unnamed; we read «قريبة» ('nearby') as near the outskirts of Aleppo city (the preceding context); this reading is uncertain.",
    ),
    participants: [p("act-sy-opposition", "party", "likely", T("«مقاتلي المعارضة وأقاربهم».", "«مقاتلي المعارضة وأقاربهم» ('opposition fighters and their relatives')."))],
    quantities: [q.zabadaniHundreds!],
    civilianTargeting: "no" as const,
    assessment: {
      grading: "fair" as const,
      clarity: "low" as const,
      confidence: "medium" as const,
      note: T("مصدر واحد مسمّى (المرصد السوري)؛ المكان ملتبس.", "A single named source (SOHR); the location is ambiguous."),
    },
    relations: [{ type: "part_of" as const, eventId: E.evacuation }],
    tags: ["four-towns-deal", "evacuation"],
  },
].map((e) => ({ ...e, ...published }));

// ---------------------------------------------------------------------------------------------
// Dispute, issues, positions
// ---------------------------------------------------------------------------------------------

const DSP = "dsp-us-russia";

const disputes = [
  {
    id: DSP,
    title: T("الخلاف الأميركي الروسي", "US–Russia dispute"),
    summary: T(
      "خلاف بين الولايات المتحدة وروسيا؛ يقول النص، في سياق بيان الخارجية الروسية، إن العلاقات الثنائية «وصلت إلى أدنى مستوى لها منذ الحرب الباردة، بسبب الأزمة الأوكرانية والنزاع في سورية». تعدّد القائمة الجانبية للصحيفة تسعة «أسباب للخلاف».",
      "A dispute between the United States and Russia. The text says, in the course of relaying the Russian MFA statement, that bilateral relations «وصلت إلى أدنى مستوى لها منذ الحرب الباردة، بسبب الأزمة الأوكرانية والنزاع في سورية» ('have reached their lowest level since the Cold War because of the Ukrainian crisis and the conflict in Syria'). The outlet's sidebar lists nine «أسباب الخلاف» ('reasons for the dispute').",
    ),
    kind: "diplomatic" as const,
    disputeStatus: "active" as const,
    parties: [
      { actorId: "act-us", side: "a" as const },
      { actorId: "act-ru", side: "b" as const },
    ],
    ...published,
  },
];

const I = {
  veto: "iss-veto-for-assad",
  crimes: "iss-covering-regime-crimes",
  militias: "iss-expel-iranian-militias",
  weapons: "iss-prohibited-weapons",
  civilians: "iss-civilian-crisis",
  obstruction: "iss-russian-obstruction",
  ukraine: "iss-ukraine-crisis",
  nato: "iss-nato-expansion",
  shield: "iss-missile-shield-asia",
} as const;

const issueDefs: [string, string, string, "military" | "humanitarian" | "accountability" | "diplomatic" | "security" | "territorial" | "weapons" | "other"][] = [
  [I.veto, "استخدام موسكو الفيتو لدعم الأسد", "Moscow's use of the veto to support Assad", "diplomatic"],
  [I.crimes, "التغطية علىجرائم النظام", "Covering up the regime's crimes", "accountability"],
  [I.militias, "طرد الميليشيات الإيرانية من سورية", "Expelling the Iranian militias from Syria", "security"],
  [I.weapons, "استخدام دمشق الأسلحة المحرمة", "Damascus's use of prohibited weapons", "weapons"],
  [I.civilians, "استمرار أزمة المدنيين", "The continuing plight of civilians", "humanitarian"],
  [I.obstruction, "عرقلة روسيا الجهود الدولية", "Russia's obstruction of international efforts", "diplomatic"],
  [I.ukraine, "تواصل الأزمة الأوكرانية", "The continuing Ukrainian crisis", "security"],
  [I.nato, "توسع الناتو بشرق أوروبا", "NATO expansion in Eastern Europe", "security"],
  [I.shield, "الدرع الصاروخية في آسيا", "The missile shield in Asia", "weapons"],
];

const issues = issueDefs.map(([id, ar, en, issueType], i) => ({
  id,
  disputeId: DSP,
  ordinal: i + 1,
  title: T(ar, en),
  issueType,
  issueStatus: "open" as const,
  ...published,
}));

const P = {
  tillersonMechanism: "pos-tillerson-supports-opcw-mechanism",
  lavrovInvestigation: "pos-lavrov-agrees-objective-investigation",
  tillersonInvestigation: "pos-tillerson-agrees-objective-investigation",
  russiaNewTeam: "pos-russia-proposes-new-team",
  iranNewTeam: "pos-iran-proposes-new-team",
  opcwRejects: "pos-opcw-rejects-new-team",
  russiaVeto: "pos-russia-veto-for-assad",
  regimeCrimes: "pos-syria-gov-regime-crimes",
  damascusWeapons: "pos-syria-gov-prohibited-weapons",
  russiaObstructs: "pos-russia-obstructs-efforts",
} as const;

const framedBySidebar = { basis: "implied" as const, framedByOutletId: OUTLET };

const positions = [
  {
    id: P.tillersonMechanism,
    issueId: I.weapons,
    actorId: "act-tillerson",
    stance: "supports" as const,
    statement: T(
      "يدعم آلية لجنة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية التي تحقق في هجوم خان شيخون (بحسب بيان الخارجية الأميركية).",
      "Supports the OPCW investigation mechanism investigating the Khan Shaykhun attack (per the US State Department statement).",
    ),
    basis: "stated" as const,
  },
  {
    id: P.lavrovInvestigation,
    issueId: I.weapons,
    actorId: "act-lavrov",
    stance: "agrees" as const,
    statement: T(
      "يوافق على البحث مجددا في فتح تحقيق موضوعي حول هجوم خان شيخون تحت إشراف منظمة حظر الأسلحة الكيماوية (بحسب بيان الخارجية الروسية).",
      "Agrees to re-examine opening an objective investigation into the Khan Shaykhun attack under OPCW supervision (per the Russian MFA statement).",
    ),
    basis: "stated" as const,
  },
  {
    id: P.tillersonInvestigation,
    issueId: I.weapons,
    actorId: "act-tillerson",
    stance: "agrees" as const,
    statement: T(
      "يوافق، بحسب البيان الروسي وحده، على البحث مجددا في فتح تحقيق موضوعي تحت إشراف المنظمة؛ البيان الأميركي كما ينقله النص لا يذكر ذلك.",
      "Agrees, per the Russian statement only, to re-examine opening an objective OPCW-supervised investigation; the US statement as relayed does not say so.",
    ),
    basis: "implied" as const,
    framedByActorId: "act-ru-mfa",
  },
  {
    id: P.russiaNewTeam,
    issueId: I.weapons,
    actorId: "act-ru",
    stance: "demands" as const,
    statement: T(
      "اقترحت، مع طهران، تشكيل فريق جديد يكلف بالتحقيق في الهجوم الكيماوي في سورية.",
      "Proposed, with Tehran, forming a new team to investigate the chemical attack in Syria.",
    ),
    basis: "stated" as const,
  },
  {
    id: P.iranNewTeam,
    issueId: I.weapons,
    actorId: "act-iran",
    stance: "demands" as const,
    statement: T(
      "اقترحت، مع موسكو، تشكيل فريق جديد يكلف بالتحقيق في الهجوم الكيماوي في سورية.",
      "Proposed, with Moscow, forming a new team to investigate the chemical attack in Syria.",
    ),
    basis: "stated" as const,
  },
  {
    id: P.opcwRejects,
    issueId: I.weapons,
    actorId: "act-opcw",
    stance: "rejects" as const,
    statement: T(
      "رفضت في تصويت الاقتراح الروسي الإيراني بتشكيل فريق تحقيق جديد.",
      "Rejected in a vote the Russian–Iranian proposal for a new investigation team.",
    ),
    basis: "stated" as const,
    date: "2017-04-21",
  },
  {
    id: P.russiaVeto,
    issueId: I.veto,
    actorId: "act-ru",
    stance: "accused" as const,
    statement: T(
      "تصوغ القائمة الجانبية للصحيفة موسكو بأنها تستخدم الفيتو لدعم الأسد؛ النص لا يقول أين ولا متى.",
      "The outlet's sidebar frames Moscow as using its veto to support Assad; the text says neither where nor when.",
    ),
    ...framedBySidebar,
  },
  {
    id: P.regimeCrimes,
    issueId: I.crimes,
    actorId: "act-sy-gov",
    stance: "accused" as const,
    statement: T(
      "عبارة «جرائم النظام» في القائمة الجانبية تفترض جرائم للنظام؛ من يغطي عليها لا يسمّيه النص.",
      "The sidebar's «جرائم النظام» ('the regime's crimes') presumes crimes by the government; who covers them up is not named.",
    ),
    ...framedBySidebar,
  },
  {
    id: P.damascusWeapons,
    issueId: I.weapons,
    actorId: "act-sy-gov",
    stance: "accused" as const,
    statement: T(
      "تصوغ القائمة الجانبية دمشق بأنها تستخدم الأسلحة المحرمة؛ النص الرئيسي لا يسمّي منفذ هجوم خان شيخون.",
      "The sidebar frames Damascus as using prohibited weapons; the main text names no perpetrator of the Khan Shaykhun attack.",
    ),
    ...framedBySidebar,
  },
  {
    id: P.russiaObstructs,
    issueId: I.obstruction,
    actorId: "act-ru",
    stance: "accused" as const,
    statement: T(
      "تصوغ القائمة الجانبية روسيا بأنها تعرقل الجهود الدولية؛ لا يحدد النص أي جهود.",
      "The sidebar frames Russia as obstructing international efforts; the text does not say which.",
    ),
    ...framedBySidebar,
  },
].map((x) => ({ ...x, ...published }));

// ---------------------------------------------------------------------------------------------
// Claims (claimant = who says it in the text; the outlet is kept apart)
// ---------------------------------------------------------------------------------------------

const C = {
  sdCall: "cl-us-state-dept-call",
  sdSupport: "cl-us-state-dept-support-mechanism",
  mfaInitiative: "cl-ru-mfa-call-us-initiative",
  mfaInvestigation: "cl-ru-mfa-agreed-investigation",
  mfaAttack: "cl-ru-mfa-chemical-attack",
  mfaWorkingGroup: "cl-ru-mfa-agreed-working-group",
  airCover: "cl-sources-air-cover",
  repelled: "cl-opposition-repelled-attack",
  weaponsDIzza: "cl-sources-weapons-darat-izza",
  weaponsNorth: "cl-sources-weapons-north",
  weaponsWest: "cl-sources-weapons-west",
  westCivilians: "cl-sources-west-civilian-deaths",
  rifDimashq: "cl-sources-rif-dimashq-strikes",
  eastDamascus: "cl-sources-east-damascus-attack",
  detainees: "cl-opp-sources-detainee-agreement",
  evacEnded: "cl-opp-sources-evacuation-ended",
  fuahArrival: "cl-sohr-fuah-kafriya-arrival",
  zabadani: "cl-sohr-zabadani-departure",
} as const;

const weaponsStatement = (where: Bi) =>
  T(
    `«الطائرات استخدمت الصواريخ الفراغية والقنابل الارتجاجية» — قول عام عن «الطائرات» لا يحدد أي غارات؛ مسجل هنا لـ${where.ar}.`,
    `'The aircraft used vacuum (thermobaric) missiles and concussion bombs' — a general statement about «الطائرات» that names no particular strikes; recorded here for ${where.en}.`,
  );

const claims = [
  {
    id: C.sdCall,
    claimantId: "act-us-state-dept",
    modality: "asserted" as const,
    confidence: "high" as const,
    statement: T("الوزير ريكس تيلرسون تحدث هاتفيا مع نظيره الروسي سيرجي لافروف.", "Secretary Rex Tillerson spoke by phone with his Russian counterpart Sergey Lavrov."),
    eventId: E.call,
  },
  {
    id: C.sdSupport,
    claimantId: "act-us-state-dept",
    modality: "affirmed_support" as const,
    confidence: "high" as const,
    statement: T(
      "تيلرسون أكد دعمه لآلية لجنة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية التي تحقق في هجوم خان شيخون.",
      "Tillerson affirmed his support for the OPCW investigation mechanism investigating the Khan Shaykhun attack.",
    ),
    eventId: E.call,
    positionId: P.tillersonMechanism,
  },
  {
    id: C.mfaInitiative,
    claimantId: "act-ru-mfa",
    modality: "asserted" as const,
    confidence: "high" as const,
    statement: T("الاتصال الهاتفي بين الوزيرين تم بمبادرة أميركية.", "The ministers' phone call was made at the US's initiative."),
    eventId: E.call,
  },
  {
    id: C.mfaInvestigation,
    claimantId: "act-ru-mfa",
    modality: "agreed" as const,
    confidence: "high" as const,
    statement: T(
      "وزيرا الخارجية اتفقا على البحث مجددا في فتح تحقيق موضوعي حول الهجوم الكيماوي في خان شيخون تحت إشراف المنظمة الدولية لحظر الأسلحة الكيماوية.",
      "The two foreign ministers agreed to re-examine opening an objective investigation into the Khan Shaykhun chemical attack under OPCW supervision.",
    ),
    eventId: E.agInvestigation,
    positionId: P.lavrovInvestigation,
  },
  {
    id: C.mfaAttack,
    claimantId: "act-ru-mfa",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T(
      "البيان الروسي، كما ينقله النص، يسمّي ما وقع في خان شيخون في الرابع من أبريل «الهجوم الكيماوي» (وقد تكون الصياغة من الصحيفة).",
      "The Russian statement, as the text relays it, calls what happened in Khan Shaykhun on 4 April «الهجوم الكيماوي» ('the chemical attack'); the wording may be the outlet's paraphrase.",
    ),
    eventId: E.chem,
  },
  {
    id: C.mfaWorkingGroup,
    claimantId: "act-ru-mfa",
    modality: "agreed" as const,
    confidence: "high" as const,
    statement: T(
      "الوزيران اتفقا أيضا على إطلاق مجموعة عمل بأسرع وقت ممكن تكلف البحث في كيفية إزالة نقاط الخلاف في العلاقات الثنائية.",
      "The ministers also agreed to launch, as soon as possible, a working group to examine how to remove the points of disagreement in bilateral relations.",
    ),
    eventId: E.agWorkingGroup,
  },
  {
    id: C.airCover,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T(
      "الغارات شكلت غطاء جويا لهجوم بري لقوات النظام والمليشيات الموالية لها في محيط مدينة حلب من الجهة الشمالية.",
      "The strikes provided air cover for a ground attack by government forces and allied militias on the northern outskirts of Aleppo city.",
    ),
    eventId: E.groundAttack,
  },
  {
    id: C.repelled,
    claimantId: "act-sy-opposition",
    modality: "asserted" as const,
    confidence: "low" as const,
    statement: T(
      "قوات المعارضة تمكنت من صد الهجوم وقتلت عددا من جنود النظام خلال المعارك.",
      "Opposition forces repelled the attack and killed a number of government soldiers in the fighting.",
    ),
    eventId: E.groundAttack,
    quantityId: q.soldiersKilled!.id,
  },
  {
    id: C.weaponsDIzza,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: weaponsStatement(T("غارات دارة عزة", "the Darat Izza strikes")),
    eventId: E.dIzza,
  },
  {
    id: C.weaponsNorth,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: weaponsStatement(T("غارات ريف حلب الشمالي", "the northern Aleppo countryside strikes")),
    eventId: E.northStrikes,
  },
  {
    id: C.weaponsWest,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: weaponsStatement(T("غارات ريف حلب الغربي", "the western Aleppo countryside strikes")),
    eventId: E.westStrikes,
  },
  {
    id: C.westCivilians,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "low" as const,
    statement: T(
      "تم الإبلاغ عن سقوط عدد من القتلى المدنيين في ريف حلب الغربي (بلاغ ينقله المصدر عن غيره).",
      "A number of civilian deaths were reported in the western Aleppo countryside (the sources relay reports from others).",
    ),
    eventId: E.westStrikes,
    quantityId: q.westCivilians!.id,
  },
  {
    id: C.rifDimashq,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T("وقعت غارات في ريف دمشق تزامنت مع تجدد هجوم قوات النظام شرق دمشق.", "Strikes took place in Rif Dimashq, coinciding with the renewed government attack east of Damascus."),
    eventId: E.rifDimashq,
  },
  {
    id: C.eastDamascus,
    claimantId: "act-unnamed-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T(
      "تجدد هجوم وصف بالعنيف لقوات النظام شرق دمشق بهدف التقدم في الأحياء المحاصرة الواقعة تحت سيطرة المعارضة.",
      "A government attack described as violent was renewed east of Damascus, aiming to advance into besieged opposition-held neighbourhoods.",
    ),
    eventId: E.eastDamascus,
  },
  {
    id: C.detainees,
    claimantId: "act-opp-sources",
    modality: "agreed" as const,
    confidence: "medium" as const,
    statement: T(
      "المعارضة توصلت لاتفاق مع النظام حول المعتقلين الذين سيفرج عنهم في المرحلة الأولى من اتفاق البلدات الأربع، ووصول حافلات الخارجين إلى وجهتهم النهائية.",
      "The opposition reached an agreement with the government on the detainees to be released in the first phase of the four-towns deal, and on the evacuees' buses reaching their final destination.",
    ),
    eventId: E.detainees,
  },
  {
    id: C.evacEnded,
    claimantId: "act-opp-sources",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T(
      "إجلاء المدنيين والمقاتلين من البلدات الأربع المحاصرة انتهى أول من أمس بعد توقف استمر 48 ساعة.",
      "The evacuation of civilians and fighters from the four besieged towns ended the day before yesterday after a 48-hour halt.",
    ),
    eventId: E.evacuation,
    quantityId: q.haltHours!.id,
  },
  {
    id: C.fuahArrival,
    claimantId: "act-sohr",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T(
      "حافلات تقل مدنيين ومقاتلين مؤيدين للنظام من الفوعة وكفريا وصلت إلى مدينة حلب بعد انتظار ليومين على مشارفها.",
      "Buses carrying civilians and pro-government fighters from al-Fu'ah and Kafriya reached Aleppo city after waiting two days on its outskirts.",
    ),
    eventId: E.fuahArrival,
    quantityId: q.waitDays!.id,
  },
  {
    id: C.zabadani,
    claimantId: "act-sohr",
    modality: "reported" as const,
    confidence: "medium" as const,
    statement: T(
      "مئات من مقاتلي المعارضة وأقاربهم من الزبداني غادروا نقطة عبور ثانية قريبة متجهين إلى منطقة تسيطر عليها قوات المعارضة.",
      "Hundreds of opposition fighters and their relatives from al-Zabadani left a second nearby crossing point for an opposition-held area.",
    ),
    eventId: E.zabadani,
    quantityId: q.zabadaniHundreds!.id,
  },
].map((c) => ({ ...c, documentId: DOC, outletId: OUTLET, ...published }));

// ---------------------------------------------------------------------------------------------
// Event ↔ dispute/issue links
// ---------------------------------------------------------------------------------------------

const eventIssueLinks: EventIssueLink[] = [
  {
    eventId: E.call,
    disputeId: DSP,
    relation: "settlement_attempt",
    note: T("الاتصال أفضى، بحسب البيان الروسي، إلى اتفاقين لمعالجة نقاط الخلاف.", "Per the Russian statement, the call produced two agreements aimed at the points of disagreement."),
  },
  {
    eventId: E.agWorkingGroup,
    disputeId: DSP,
    relation: "settlement_attempt",
    note: T("مجموعة عمل «لإزالة نقاط الخلاف في العلاقات الثنائية».", "A working group to «إزالة نقاط الخلاف في العلاقات الثنائية» (remove the points of disagreement in bilateral relations)."),
  },
  {
    eventId: E.agInvestigation,
    disputeId: DSP,
    issueId: I.weapons,
    relation: "settlement_attempt",
    note: T("اتفاق على البحث في تحقيق موضوعي في الهجوم الكيماوي.", "Agreement to look at an objective investigation of the chemical attack."),
  },
  {
    eventId: E.chem,
    disputeId: DSP,
    issueId: I.weapons,
    relation: "evidence_for",
    note: T(
      "الهجوم هو الواقعة التي تدور حولها هذه النقطة كما تصوغها القائمة الجانبية؛ النص لا يثبت منفذا، فالربط يسجل الصلة لا الإسناد.",
      "The attack is the incident this point turns on as the sidebar frames it; the text establishes no perpetrator, so the link records relevance, not attribution.",
    ),
  },
  {
    eventId: E.vote,
    disputeId: DSP,
    issueId: I.weapons,
    relation: "escalates",
    note: T("رفض اقتراح موسكو وطهران بفريق تحقيق جديد يعمّق الخلاف حول التحقيق.", "Rejecting Moscow and Tehran's proposal for a new team deepens the disagreement over the investigation."),
  },
  {
    eventId: E.vote,
    disputeId: DSP,
    issueId: I.obstruction,
    relation: "context",
    note: T(
      "القائمة الجانبية تصوغ روسيا بأنها تعرقل الجهود الدولية؛ النص نفسه لا يربط التصويت بهذه النقطة.",
      "The sidebar frames Russia as obstructing international efforts; the text itself does not tie the vote to this point.",
    ),
  },
  {
    eventId: E.dIzza,
    disputeId: DSP,
    issueId: I.civilians,
    relation: "context",
    note: T("عشرات القتلى والجرحى؛ النص لا يقول إنهم مدنيون.", "Dozens killed and wounded; the text does not say they were civilians."),
  },
  {
    eventId: E.westStrikes,
    disputeId: DSP,
    issueId: I.civilians,
    relation: "evidence_for",
    note: T("بلاغات عن قتلى مدنيين في ريف حلب الغربي.", "Reports of civilian deaths in the western Aleppo countryside."),
  },
  {
    eventId: E.eastDamascus,
    disputeId: DSP,
    issueId: I.civilians,
    relation: "context",
    note: T("هجوم على «الأحياء المحاصرة».", "An attack on «الأحياء المحاصرة» (the besieged neighbourhoods)."),
  },
  {
    eventId: E.evacuation,
    disputeId: DSP,
    issueId: I.civilians,
    relation: "context",
    note: T("إجلاء مدنيين من بلدات محاصرة.", "Evacuation of civilians from besieged towns."),
  },
];

// ---------------------------------------------------------------------------------------------
// Citations, in text order
// ---------------------------------------------------------------------------------------------

// Lead: the US State Department's account of the call.
cite("أعلنت وزارة الخارجية الأميركية في بيان، أن", "attribution", [C.sdCall, C.sdSupport, P.tillersonMechanism]);
cite("وزارة الخارجية الأميركية", "actor", "act-us-state-dept");
cite("الوزير ريكس تيلرسون", "actor", "act-tillerson");
cite("الوزير ريكس تيلرسون، تحدث هاتفيا مع نظيره الروسي، سيرجي لافروف", "evidence", [E.call, C.sdCall]);
cite("سيرجي لافروف", "actor", "act-lavrov");
cite("وأكد دعمه لآلية لجنة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية", "evidence", [C.sdSupport, P.tillersonMechanism]);
cite("آلية لجنة التحقيق التابعة لمنظمة حظر الأسلحة الكيماوية", "actor", "act-opcw-mechanism");
cite("منظمة حظر الأسلحة الكيماوية", "actor", "act-opcw");
cite("التي تحقق في الهجوم الذي وقع في بلدة خان شيخون بسورية", "evidence", E.chem);
cite("خان شيخون", "place", "pl-khan-shaykhun", { occurrence: 0 });
cite("سورية", "place", "pl-syria", { within: "خان شيخون بسورية" });

// Lead: the strikes on Darat Izza and the Aleppo countryside.
cite("سقط عشرات القتلى والجرحى أمس في 11 غارة جوية شنتها الطائرات الروسية على مدينة دارة عزة، بريف حلب الغربي", "evidence", E.dIzza);
cite("عشرات القتلى والجرحى", "number", q.dIzzaCasualties!.id);
cite("أمس", "date", E.dIzza, { within: "والجرحى أمس في" });
cite("11 غارة جوية", "number", q.dIzzaStrikes!.id);
cite("غارة جوية", "weapon", E.dIzza);
cite("الطائرات الروسية", "actor", "act-ru-air-force");
cite("مدينة دارة عزة", "place", "pl-darat-izza");
cite("ريف حلب الغربي", "place", "pl-rif-halab-gharbi", { occurrence: 0 });
cite(
  "كما استهدفت الغارات عددا من المدن والبلدات التي تسيطر عليها المعارضة السورية المسلحة في ريفي حلب الشمالي والغربي",
  "evidence",
  [E.northStrikes, E.westStrikes],
);
cite("المعارضة السورية المسلحة", "actor", "act-sy-opposition");
cite("ريفي حلب الشمالي والغربي", "place", ["pl-rif-halab-shamali", "pl-rif-halab-gharbi"]);

// Sources: air cover for the ground attack north of Aleppo.
cite("وأشارت مصادر إلى أن", "attribution", C.airCover);
cite("مصادر", "actor", "act-unnamed-sources", { within: "وأشارت مصادر إلى" });
cite(
  "الغارات شكَّلت غطاء جويا لهجوم بري لقوات النظام والمليشيات الموالية لها في محيط مدينة حلب من الجهة الشمالية",
  "evidence",
  [C.airCover, E.groundAttack],
);
cite("الغارات شكَّلت غطاء جويا", "evidence", E.northStrikes);
cite("قوات النظام", "actor", "act-sy-forces", { within: "لقوات النظام والمليشيات" });
cite("المليشيات الموالية لها", "actor", "act-pro-gov-militias");
cite("محيط مدينة حلب من الجهة الشمالية", "place", "pl-aleppo");

// Opposition: repelled the attack.
cite("أكدت قوات المعارضة أنها", "attribution", C.repelled);
cite("قوات المعارضة", "actor", "act-sy-opposition", { occurrence: 0 });
cite("تمكنت من صد الهجوم، وقتلت عددا من جنود النظام خلال المعارك", "evidence", [C.repelled, E.groundAttack]);
cite("عددا من جنود النظام", "number", q.soldiersKilled!.id);
cite("جنود النظام", "actor", "act-sy-forces");

// Sources: weapons and civilian deaths.
cite("وأضافت المصادر أن", "attribution", [C.weaponsDIzza, C.weaponsNorth, C.weaponsWest]);
cite("المصادر", "actor", "act-unnamed-sources", { within: "وأضافت المصادر أن" });
cite("الطائرات استخدمت الصواريخ الفراغية والقنابل الارتجاجية", "evidence", [C.weaponsDIzza, C.weaponsNorth, C.weaponsWest]);
cite("الصواريخ الفراغية", "weapon", [E.dIzza, E.northStrikes, E.westStrikes], {
  note: T("صواريخ فراغية = حرارية ضغطية (thermobaric).", "Vacuum missiles: recorded as thermobaric."),
});
cite("القنابل الارتجاجية", "weapon", [E.dIzza, E.northStrikes, E.westStrikes], {
  note: T(
    "قنابل ارتجاجية (عصفية/خارقة للتحصينات): سُجلت bunker_buster، أقرب قيمة في القائمة.",
    "Concussion bombs: recorded as bunker_buster, the closest member of the weapons list.",
  ),
});
cite("لافتة إلى أنه تم الإبلاغ عن", "attribution", C.westCivilians);
cite("سقوط عدد من القتلى المدنيين في ريف حلب الغربي", "evidence", [C.westCivilians, E.westStrikes]);
cite("عدد من القتلى المدنيين", "number", q.westCivilians!.id);
cite("المدنيين", "actor", "act-civilians", { within: "القتلى المدنيين في" });
cite("ريف حلب الغربي", "place", "pl-rif-halab-gharbi", { occurrence: 1 });

// Sources: Rif Dimashq and east of Damascus.
cite("وحسب المصادر", "attribution", [C.rifDimashq, C.eastDamascus]);
cite("المصادر", "actor", "act-unnamed-sources", { within: "وحسب المصادر" });
cite("تزامنت الغارات في ريف دمشق", "evidence", [E.rifDimashq, C.rifDimashq]);
cite("الغارات", "weapon", E.rifDimashq, { within: "تزامنت الغارات في ريف دمشق" });
cite("ريف دمشق", "place", "pl-rif-dimashq");
cite(
  "تجدد هجوم وصف بالعنيف لقوات النظام شرق دمشق بهدف التقدم في الأحياء المحاصرة الواقعة تحت سيطرة المعارضة",
  "evidence",
  [E.eastDamascus, C.eastDamascus],
);
cite("قوات النظام", "actor", "act-sy-forces", { within: "لقوات النظام شرق دمشق" });
cite("شرق دمشق", "place", "pl-east-damascus");
cite("دمشق", "place", "pl-damascus", { within: "شرق دمشق بهدف" });
cite("المعارضة", "actor", "act-sy-opposition", { within: "تحت سيطرة المعارضة. الهجوم" });

// Section «الهجوم الكيماوي»: the Russian MFA statement.
cite("الهجوم الكيماوي", "heading", E.chem, { within: "المعارضة. الهجوم الكيماوي قالت" });
cite("قالت الخارجية الروسية في بيان إن", "attribution", [
  C.mfaInitiative,
  C.mfaInvestigation,
  C.mfaAttack,
  P.lavrovInvestigation,
  P.tillersonInvestigation,
]);
cite("الخارجية الروسية", "actor", "act-ru-mfa");
cite("وزيري خارجية البلدين اتفقا", "evidence", [E.agInvestigation, P.lavrovInvestigation, P.tillersonInvestigation]);
cite("اتصال هاتفي تم بمبادرة أميركية", "evidence", [E.call, C.mfaInitiative]);
cite("أميركية", "actor", "act-us", { within: "بمبادرة أميركية" });
cite(
  "على البحث مجددا في فتح تحقيق موضوعي حول الهجوم الكيماوي الذي وقع في بلدة خان شيخون",
  "evidence",
  [E.agInvestigation, C.mfaInvestigation, P.lavrovInvestigation, P.tillersonInvestigation],
);
cite("الهجوم الكيماوي الذي وقع في بلدة خان شيخون في الرابع من أبريل الجاري", "evidence", [E.chem, C.mfaAttack]);
cite("الهجوم الكيماوي", "weapon", E.chem, { within: "حول الهجوم الكيماوي الذي" });
cite("خان شيخون", "place", "pl-khan-shaykhun", { occurrence: 1 });
cite("في الرابع من أبريل الجاري", "date", E.chem);
cite("تحت إشراف المنظمة الدولية لحظر الأسلحة الكيماوية", "evidence", [E.agInvestigation, C.mfaInvestigation, P.lavrovInvestigation]);
cite("المنظمة الدولية لحظر الأسلحة الكيماوية", "actor", "act-opcw", { occurrence: 0 });

cite("وأضاف البيان أن", "attribution", C.mfaWorkingGroup);
cite(
  "الوزيرين اتفقا أيضا على إطلاق مجموعة عمل بأسرع وقت ممكن، تكلّف البحث في كيفية إزالة نقاط الخلاف في العلاقات الثنائية",
  "evidence",
  [E.agWorkingGroup, C.mfaWorkingGroup],
);
cite(
  "نقاط الخلاف في العلاقات الثنائية التي وصلت إلى أدنى مستوى لها منذ الحرب الباردة، بسبب الأزمة الأوكرانية والنزاع في سورية",
  "evidence",
  DSP,
  {
    note: T(
      "الجملة تتابع بيان الخارجية الروسية نحويا، لكن وصف العلاقات قد يكون من الصحيفة لا من البيان.",
      "Grammatically this continues the Russian MFA statement, but the description of relations may be the outlet's gloss rather than the statement's.",
    ),
  },
);
cite("الأزمة الأوكرانية", "evidence", I.ukraine, { occurrence: 0 });
cite("سورية", "place", "pl-syria", { within: "والنزاع في سورية" });

// The OPCW vote.
cite(
  "المنظمة الدولية لحظر الأسلحة الكيماوية رفضت أول من أمس، في تصويت، اقتراحا لموسكو وطهران",
  "evidence",
  E.vote,
);
cite("المنظمة الدولية لحظر الأسلحة الكيماوية", "actor", "act-opcw", { occurrence: 1 });
cite("أول من أمس", "date", [E.vote, P.opcwRejects], { occurrence: 0 });
cite("رفضت أول من أمس، في تصويت، اقتراحا لموسكو وطهران يقضي بتشكيل فريق جديد", "evidence", P.opcwRejects);
cite(
  "اقتراحا لموسكو وطهران يقضي بتشكيل فريق جديد يكلف بالتحقيق في الهجوم الكيماوي في سورية",
  "evidence",
  [E.vote, P.russiaNewTeam, P.iranNewTeam],
);
cite("موسكو", "actor", "act-ru", { within: "لموسكو وطهران" });
cite("طهران", "actor", "act-iran");
cite("الهجوم الكيماوي في سورية", "evidence", E.chem);
cite("سورية", "place", "pl-syria", { within: "الكيماوي في سورية" });

// Section «الإفراج عن معتقلين»: opposition sources, then SOHR.
cite("الإفراج عن معتقلين", "heading", E.detainees);
cite("أوضحت مصادر بالمعارضة السورية أنها", "attribution", C.detainees);
cite("مصادر بالمعارضة السورية", "actor", "act-opp-sources");
cite(
  "توصلت لاتفاق مع النظام حول المعتقلين الذين سيتم الإفراج عنهم، ضمن إطار المرحلة الأولى من اتفاق البلدات الأربع",
  "evidence",
  [E.detainees, C.detainees],
);
cite("النظام", "actor", "act-sy-gov", { within: "مع النظام حول" });
cite("اتفاق البلدات الأربع", "evidence", E.fourTownsDeal);
cite("ووصول حافلات الخارجين من بلدات الفوعة وكفريا والزبداني ومضايا إلى وجهتهم النهائية", "evidence", [E.detainees, C.detainees], {
  note: T(
    "نقرأ «ووصول» معطوفا على «المعتقلين» (موضوع الاتفاق)؛ ويحتمل عطفه على «أنها توصلت» (خبر منفصل).",
    "We read «ووصول» ('and the arrival') as coordinated with «المعتقلين» (part of what was agreed); it could instead be coordinated with «أنها توصلت» (a separate item).",
  ),
});
cite("الفوعة", "place", "pl-fuah", { occurrence: 0 });
cite("كفريا", "place", "pl-kafriya", { occurrence: 0 });
cite("الزبداني", "place", "pl-zabadani", { occurrence: 0 });
cite("مضايا", "place", "pl-madaya");
cite("مشيرة إلى أن", "attribution", C.evacEnded);
cite("إجلاء مدنيين ومقاتلين من البلدات الأربع المحاصرة في سورية", "evidence", [E.evacuation, C.evacEnded]);
cite("مدنيين", "actor", "act-civilians", { within: "إجلاء مدنيين ومقاتلين" });
cite("سورية", "place", "pl-syria", { within: "المحاصرة في سورية" });
cite("اتفاق مبادلة تم التوسط فيه بين الجانبين المتحاربين", "evidence", [E.fourTownsDeal, E.evacuation]);
cite("انتهى أول من أمس بعد توقف استمر 48 ساعة", "evidence", [E.evacuation, C.evacEnded]);
cite("أول من أمس", "date", E.evacuation, { occurrence: 1 });
cite("48 ساعة", "number", q.haltHours!.id);

cite("وأبان المرصد السوري لحقوق الإنسان أن", "attribution", C.fuahArrival);
cite("المرصد السوري لحقوق الإنسان", "actor", "act-sohr");
cite(
  "حافلات تقل مدنيين ومقاتلين مؤيدين للنظام من بلدتي الفوعة وكفريا وصلت إلى مدينة حلب",
  "evidence",
  [E.fuahArrival, C.fuahArrival],
);
cite("مدنيين", "actor", "act-civilians", { within: "تقل مدنيين ومقاتلين" });
cite("مقاتلين مؤيدين للنظام", "actor", "act-pro-gov-militias");
cite("الفوعة", "place", "pl-fuah", { occurrence: 1 });
cite("كفريا", "place", "pl-kafriya", { occurrence: 1 });
cite("مدينة حلب", "place", "pl-aleppo", { occurrence: 1 });
cite("النظام", "actor", "act-sy-gov", { within: "يسيطر عليها النظام" });
cite("بعد انتظار ليومين على مشارف المدينة", "evidence", [E.fuahArrival, C.fuahArrival]);
cite("ليومين", "number", q.waitDays!.id);
cite("لافتا إلى", "attribution", C.zabadani);
cite(
  "مغادرة مئات من مقاتلي المعارضة وأقاربهم من بلدة الزبداني نقطة عبور ثانية قريبة متجهين إلى منطقة تسيطر عليها قوات المعارضة",
  "evidence",
  [E.zabadani, C.zabadani],
);
cite("مئات من مقاتلي المعارضة وأقاربهم", "number", q.zabadaniHundreds!.id);
cite("مقاتلي المعارضة", "actor", "act-sy-opposition");
cite("بلدة الزبداني", "place", "pl-zabadani");
cite("نقطة عبور ثانية قريبة", "evidence", E.zabadani, {
  note: T(
    "بلا حرف جر ولا اسم: نقرؤها نقطة عبور قريبة من مشارف حلب (الجملة السابقة)، لا قرب الزبداني.",
    "No preposition and no name: read as a crossing point near the Aleppo outskirts (the preceding clause), not near al-Zabadani.",
  ),
});
cite("قوات المعارضة", "actor", "act-sy-opposition", { occurrence: 1 });

// Sidebar: «أسباب الخلاف» and its nine points.
cite("أسباب الخلاف", "heading", DSP);
for (const [id, ar] of issueDefs) cite(ar, "evidence", id);
cite("استخدام موسكو الفيتو لدعم الأسد", "evidence", P.russiaVeto);
cite("موسكو", "actor", "act-ru", { within: "استخدام موسكو الفيتو" });
cite("الأسد", "actor", "act-assad");
cite("التغطية علىجرائم النظام", "evidence", P.regimeCrimes, {
  note: T("«علىجرائم» خطأ مطبعي في الأصل (بلا مسافة)، محفوظ كما ورد.", "«علىجرائم» is a typo in the source (missing space), kept as written."),
});
cite("النظام", "actor", "act-sy-gov", { within: "علىجرائم النظام" });
cite("الميليشيات الإيرانية", "actor", "act-iran-militias");
cite("سورية", "place", "pl-syria", { within: "الإيرانية من سورية" });
cite("استخدام دمشق الأسلحة المحرمة", "evidence", P.damascusWeapons);
cite("دمشق", "actor", "act-sy-gov", {
  within: "استخدام دمشق الأسلحة",
  note: T("«دمشق» هنا كناية عن الحكومة السورية، لا مكان.", "«دمشق» here stands for the Syrian government, not the place."),
});
cite("المدنيين", "actor", "act-civilians", { within: "أزمة المدنيين" });
cite("عرقلة روسيا الجهود الدولية", "evidence", P.russiaObstructs);
cite("روسيا", "actor", "act-ru", { within: "عرقلة روسيا" });
cite("الناتو", "actor", "act-nato");
cite("شرق أوروبا", "place", "pl-eastern-europe");
cite("آسيا", "place", "pl-asia");

// ---------------------------------------------------------------------------------------------
// Assemble, validate, write
// ---------------------------------------------------------------------------------------------

const KIND_ORDER: CitationTargetKind[] = ["document", "dispute", "issue", "event", "quantity", "claim", "position", "actor", "place"];
citations.sort(
  (a, b) =>
    a.start - b.start ||
    a.end - b.end ||
    KIND_ORDER.indexOf(a.target.kind) - KIND_ORDER.indexOf(b.target.kind) ||
    a.id.localeCompare(b.id),
);

const annotation = SeedAnnotation.parse({
  document: doc,
  outlets,
  actors,
  places,
  events,
  claims,
  disputes,
  issues,
  positions,
  eventIssueLinks,
  citations,
});

writeFileSync(outUrl, JSON.stringify(annotation, null, 2) + "\n", "utf8");

const nQuantities = annotation.events.reduce((n, e) => n + e.quantities.length, 0);
console.log(
  [
    `wrote ${outUrl.pathname}`,
    `events ${annotation.events.length}, quantities ${nQuantities}, actors ${annotation.actors.length}, places ${annotation.places.length}`,
    `claims ${annotation.claims.length}, disputes ${annotation.disputes.length}, issues ${annotation.issues.length}, positions ${annotation.positions.length}`,
    `eventIssueLinks ${annotation.eventIssueLinks.length}, citations ${annotation.citations.length}`,
  ].join("\n"),
);
