// The trigger lexicon per event type and the cue words around triggers. Rows are in ordinary
// spelling; "a|b" are alternatives, "~N x" lets N tokens sit before x, "=x" matches x exactly.
import type { EventType } from "@waqai/schema";
import { normalize } from "../text/normalize";
import { compileSteps, type PatternStep } from "./patterns";

/** "attack" is an untyped «هجوم»: resolved later by place, anaphora or the forces involved. */
export type TriggerType = EventType | "attack";

interface Row {
  type: TriggerType;
  seq: string[];
  confidence: number;
}

const ATTACK = "هجوم|هجمات|هجوما|=الهجمات";
const CHEMICAL = "كيماوي|كيماوية|=كيماويا";

const ROWS: Row[] = [
  { type: "chemical_attack", seq: [ATTACK, "~1 " + CHEMICAL], confidence: 0.95 },
  { type: "chemical_attack", seq: [ATTACK, "بالأسلحة|بأسلحة|بالسلاح|بمواد", CHEMICAL + "|سامة"], confidence: 0.95 },
  { type: "chemical_attack", seq: [ATTACK, "بغاز|بالغاز|بغازات|بالغازات"], confidence: 0.9 },
  { type: "chemical_attack", seq: ["=كسلاح|سلاح", CHEMICAL], confidence: 0.8 },
  { type: "chemical_attack", seq: ["استخدام|=استخدم|=استخدمت|=باستخدام", "الأسلحة|أسلحة|السلاح", CHEMICAL], confidence: 0.75 },
  { type: "ground_attack", seq: [ATTACK, "بري|=بريا"], confidence: 0.9 },
  { type: "shelling", seq: [ATTACK, "صاروخي|=صاروخيا|مدفعي|=مدفعيا"], confidence: 0.85 },
  { type: "air_strike", seq: [ATTACK, "جوي|=جويا"], confidence: 0.9 },
  { type: "air_strike", seq: ["غارة|غارات|=غارتين|=غارتان"], confidence: 0.9 },
  { type: "air_strike", seq: ["غارة|غارات|ضربة|ضربات|قصف|=قصفا", "جوي|=جويا|جوية"], confidence: 0.9 },
  { type: "air_strike", seq: ["برميل|براميل|=برميلا", "متفجر|متفجرة|=متفجرا"], confidence: 0.85 },
  { type: "air_strike", seq: ["طائرة|طائرات", "مسيرة|=مسيرات"], confidence: 0.6 },
  { type: "shelling", seq: ["قصف|=قصفا", "مدفعي|=مدفعيا|صاروخي|=صاروخيا|=بالمدفعية|=بالصواريخ"], confidence: 0.9 },
  { type: "shelling", seq: ["قذيفة|قذائف"], confidence: 0.8 },
  // «استهداف … بالمدفعية الثقيلة»: the guns name the shelling when no verb of shelling does.
  { type: "shelling", seq: ["=بالمدفعية|=بالهاون|=بالراجمات|=بالمدافع"], confidence: 0.6 },
  { type: "shelling", seq: ["=قصف|=قصفت|=القصف"], confidence: 0.5 },
  { type: "ground_attack", seq: ["اقتحام|=اقتحمت|=اقتحم|=اقتحموا|توغل|=توغلت"], confidence: 0.8 },
  { type: "attack", seq: [ATTACK + "|حادث|حادثة"], confidence: 0.4 },
  { type: "armed_clash", seq: ["اشتباك|اشتباكات|=اشتبك|=اشتبكت|مواجهات"], confidence: 0.8 },
  // Fighting that resumed, broke out or went on: «استؤنف القتال», «تجددت الاشتباكات», «اندلاع المعارك».
  {
    type: "armed_clash",
    seq: ["=استؤنف|=استئناف|=تجدد|=تجددت|=اندلع|=اندلعت|=اندلاع|=احتدم|=احتدمت|=تواصل|=تواصلت", "القتال|قتال|المعارك|معارك|=الاشتباكات|اشتباكات"],
    confidence: 0.85,
  },
  // «المعارك» is as often background («الناجين من المعارك», «في معاركها ضد»): weak alone.
  { type: "armed_clash", seq: ["معارك|معركة|=المعارك"], confidence: 0.45 },
  { type: "phone_call", seq: ["اتصال|=اتصالا|مكالمة|=تحدث|=تحدثا|=بحث|=بحثا", "هاتفي|=هاتفيا|هاتفية"], confidence: 0.95 },
  // Exact forms: the stem «هاتف» is also a handset («هاتف محمول»).
  { type: "phone_call", seq: ["=هاتفي|=هاتفيا|=هاتفية|=الهاتفي|=الهاتفية|=هاتفياً"], confidence: 0.85 },
  { type: "meeting", seq: ["=التقى|=التقت|=التقيا|لقاء|اجتماع|=اجتمع|=اجتمعت|=استقبل|=استقبلت|قمة"], confidence: 0.7 },
  { type: "agreement", seq: ["اتفاق|=اتفق|=اتفقت|=اتفقا|=اتفقوا|تفاهم|هدنة"], confidence: 0.85 },
  { type: "vote", seq: ["تصويت|=صوتت|=صوتوا|اقتراع"], confidence: 0.9 },
  { type: "vote", seq: ["=صوت"], confidence: 0.5 },
  { type: "veto", seq: ["حق", "النقض"], confidence: 0.95 },
  { type: "veto", seq: ["فيتو"], confidence: 0.95 },
  { type: "investigation", seq: ["تحقيق|تحقيقات"], confidence: 0.7 },
  { type: "evacuation", seq: ["إجلاء|تهجير"], confidence: 0.9 },
  { type: "evacuation", seq: ["حافلة|حافلات|قافلة|=مغادرة|=غادرت|=غادر|=غادروا"], confidence: 0.6 },
  { type: "evacuation", seq: ["=خروج"], confidence: 0.5 },
  { type: "release", seq: ["إفراج|=أفرج|=أفرجت|=أفرجوا"], confidence: 0.9 },
  { type: "release", seq: ["=أطلق|=أطلقت|=أطلقوا|=إطلاق|=الإطلاق", "~5 سراح"], confidence: 0.9 },
  // Bombings: car bombs, IEDs, explosions; a suicide attacker makes it a suicide bombing (also when
  // the cue sits elsewhere in the clause: see upgradeSuicide in merge.ts).
  { type: "suicide_bombing", seq: ["تفجير|تفجيرات|هجوم|هجمات|=هجوما|عملية|انفجار", "انتحاري|انتحارية|=انتحاريا"], confidence: 0.95 },
  { type: "suicide_bombing", seq: ["انتحاري|انتحارية|=انتحاريا|=انتحاريين|=انتحاريان|=الانتحاري|=الانتحاريين"], confidence: 0.7 },
  { type: "suicide_bombing", seq: ["=فجر|=فجرت|=يفجر", "=نفسه|=نفسها|=أنفسهم|=أنفسهن"], confidence: 0.85 },
  { type: "suicide_bombing", seq: ["حزام|=حزاما|أحزمة", "ناسف|=ناسفا|ناسفة"], confidence: 0.8 },
  {
    type: "bombing",
    seq: [
      "انفجار|تفجير|=تفجيرا|تفجيرات|=انفجرت|=انفجر|=انفجرتا|=فجر|=فجرها",
      "~1 سيارة|سيارات|=سيارتين|=بسيارتين|عبوة|=عبوتين|=عبوتان|=العبوتين|قنبلة|=قنبلتين|=قنبلتان",
    ],
    confidence: 0.9,
  },
  { type: "bombing", seq: ["سيارة|سيارات|=سيارتين|=سيارتان", "مفخخة|=مفخختين|=مفخختان"], confidence: 0.85 },
  { type: "bombing", seq: ["عبوة|عبوات|=عبوتين|=عبوتان|=العبوتين", "ناسفة|=ناسفتين|=ناسفتان|=الناسفتين|متفجرة"], confidence: 0.85 },
  { type: "bombing", seq: ["تفجير|تفجيرات|=انفجار", "مزدوج|=مزدوجا"], confidence: 0.9 },
  { type: "bombing", seq: ["=قنبلتان|=قنبلتين|قنبلة"], confidence: 0.6 },
  { type: "bombing", seq: ["انفجار|تفجير|=تفجيرات|=التفجيرين|=انفجرت|=انفجر|=انفجرتا"], confidence: 0.6 },
  { type: "bombing", seq: ["=اعتداء|=لاعتداء", "مزدوج"], confidence: 0.8 },
  // Missiles: ballistic and cruise missiles, «الضربات الصاروخية» (rocket fire stays shelling).
  { type: "missile_strike", seq: ["صاروخ|صواريخ|=صاروخا|=صاروخاً", "باليستي|بالستي|=باليستيا|=بالستيا|باليستية|بالستية|=كروز|توماهوك"], confidence: 0.9 },
  { type: "missile_strike", seq: ["ضربة|ضربات|=الضربات", "صاروخية"], confidence: 0.9 },
  // Diplomacy: sessions of a council or parliament, talks and negotiations, visits, missions.
  { type: "session", seq: ["جلسة|جلسات|=الجلسة"], confidence: 0.75 },
  { type: "talks", seq: ["محادثات|مفاوضات|مباحثات|مشاورات"], confidence: 0.7 },
  { type: "talks", seq: ["جولة", "~1 محادثات|مفاوضات|مباحثات|مشاورات|الحوار|حوار"], confidence: 0.85 },
  { type: "visit", seq: ["زيارة|=زار|=زارت|=يزور|=يزورها"], confidence: 0.7 },
  // «جولة» alone is also a roundabout («جولة الرحاب») or a round of talks.
  { type: "visit", seq: ["جولة", "~1 خليجية|إقليمية|رسمية|خارجية|عربية|أوروبية|آسيوية|أفريقية"], confidence: 0.7 },
  // «بعثة» alone is as often a standing body («بعثتها بالعراق (يونامي)»): a mission that travels or inquires.
  { type: "mission", seq: ["بعثة|=البعثة|بعثات", "~2 خبراء|تقصي|تقصى|مراقبين|المراقبين|تحقيق|للتحقيق|مفتشين|أممية|دولية"], confidence: 0.85 },
  { type: "mission", seq: ["=إرسال|=ارسال|=أرسلت|=أرسل|=وصول|=وصلت", "~1 بعثة|فريق|=فريقا|مفتشي|=مفتشين|خبراء"], confidence: 0.8 },
  { type: "mission", seq: ["بعثة|=البعثة"], confidence: 0.45 },
  { type: "mission", seq: ["فريق|=فريقا|لجنة|مفتشي|=مفتشين", "~2 تقصي|تقصى|التفتيش"], confidence: 0.8 },
  { type: "mission", seq: ["=مفتشي|=مفتشو|=المفتشين"], confidence: 0.6 },
  // Statements that are news in themselves: denials, accusations, calls, welcomes, condemnations,
  // claims of responsibility. Their claimant is the actor before or after; they stay apart from the
  // event they are about.
  { type: "statement", seq: ["=نفى|=نفت|=ينفي|=تنفي|=نفوا"], confidence: 0.6 },
  { type: "statement", seq: ["=اتهم|=اتهمت|=اتهموا|=يتهم|=تتهم"], confidence: 0.6 },
  { type: "statement", seq: ["=دعا|=دعت|=دعوا|=طالب|=طالبت"], confidence: 0.5 },
  { type: "statement", seq: ["=رحب|=رحبت|=أدان|=أدانت|=أدانوا|=ندد|=نددت|=استنكر|=استنكرت"], confidence: 0.6 },
  { type: "statement", seq: ["=أعلن|=أعلنت|=أعلنوا|=تبنى|=تبنت", "~7 مسؤوليته|مسؤوليتها|=مسؤوليتهم"], confidence: 0.9 },
  { type: "statement", seq: ["=تبنى|=تبنت"], confidence: 0.7 },
  { type: "statement", seq: ["بيان|=بيانا|=بياناً", "~1 مشترك|=مشتركا|=مشتركاً|=مقتضب"], confidence: 0.7 },
  { type: "other", seq: ["=أسقطت|=أسقط|=إسقاط", "~2 طائرة|طائرات|=طائرتين|مروحية|=مروحيتين"], confidence: 0.6 },
];

export interface TriggerRule {
  type: TriggerType;
  steps: PatternStep[];
  confidence: number;
}

/** Longest patterns first, so «غارة جوية» wins over «غارة» and «هجوم بري» over «هجوم». */
export const TRIGGER_RULES: TriggerRule[] = ROWS.map((r) => ({ type: r.type, steps: compileSteps(r.seq), confidence: r.confidence })).sort(
  (a, b) => b.steps.length - a.steps.length || b.confidence - a.confidence,
);

const words = (s: string) => new Set(s.split(/\s+/u).filter(Boolean).map(normalize));

/** Violent event types: the ones that take casualties, weapons and one place each. */
export const VIOLENT: ReadonlySet<TriggerType> = new Set([
  "air_strike",
  "shelling",
  "chemical_attack",
  "missile_strike",
  "bombing",
  "suicide_bombing",
  "ground_attack",
  "armed_clash",
  "attack",
  "other",
]);

/** Before a trigger these make it an intention or a term, not a happening («يقضي بخروج», «سيتم الإفراج»). */
export const IRREALIS_CUES = words(
  "يقضي تقضي قضى قضت ينص تنص يكلف تكلف تكليف اقتراح اقتراحا مقترح مشروع بهدف سيتم ستتم سوف مطالبة مطالبا مطالبين طالب طالبت طالبوا دعا دعت داعيا يطالب تطالب البحث لبحث إمكانية مقابل المقبل المقبلة القادم استضافة مستعد مستعدة مستعدون استعداد استعدادها استعداده طلب طلبت السماح قرب",
);
/** Terms of an agreement follow «على» after the agreement verb («اتفقا على عقد لقاء»). */
export const AGREEMENT_TERMS = words("على حول");
export const NEGATIONS = words("لم لن نفى نفت ينفي تنفي عدم نافيا نافية");
/** «في إطار اتفاق», «ضمن إطار ... اتفاق», «بموجب اتفاق», «تنفيذا لاتفاق»: a reference to an agreement already made. */
export const FRAMES = words("إطار بموجب تنفيذا وفق بنود");
/** Temporal sequence: an event after «بعد» does not share the date of the event before it. */
export const SEQUENCE = words("بعد قبل إثر عقب منذ");
/** The date of an event that «ended» or «began» is only its end or its start. */
export const ENDED = words("انتهى انتهت أنهت أنهى اكتمل اكتملت اختتم اختتمت انتهاء بحلول");
/** «منذ» is not here: «منذ الاثنين الماضي» resolves as a period up to the report, «منذ أن» as no period at all. */
export const BEGAN = words("بدأ بدأت بدء بداية");
/** Arrival puts the event at its destination; other movements at their origin. */
export const ARRIVAL = words("وصل وصلت وصول وصلوا تصل يصل يصلون");
export const DESTINATION_MARKERS = words("إلى الى باتجاه نحو");
/** Clause boundaries inside a sentence, besides punctuation. */
export const CLAUSE_WORDS = words("فيما بينما حيث كما مشيرة مشيرا لافتة لافتا مضيفا مضيفة موضحا موضحة مؤكدا مؤكدة غير لكن");
/** Anaphoric location nouns: «في المدينة» refers to the last place named. */
export const PLACE_ANAPHORA = words("المدينة البلدة القرية المنطقة المحافظة الموقع");
