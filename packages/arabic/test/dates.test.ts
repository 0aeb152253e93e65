import { describe, expect, it } from "vitest";
import { resolveDateExpressions } from "../src/index";
import { findDurations } from "../src/dates/durations";
import { fromHijri, toHijri } from "../src/dates/hijri";
import { tokenize } from "../src/text/tokens";

// 2017-04-23 was a Sunday: the seed's inferred publication date.
const SUNDAY = { date: "2017-04-23", precision: "day" };
type Row = [string, string, string | undefined, string | undefined, string, string];

const resolve = (text: string, publication: { date?: string; precision?: string } = SUNDAY) => {
  const found = resolveDateExpressions(text, publication);
  expect(found).toHaveLength(1);
  const d = found[0]!;
  expect(text.slice(d.start, d.end)).toBe(d.words);
  return d;
};

describe("resolveDateExpressions: every family", () => {
  const rows: Row[] = [
    // [text, words, start, end, precision, basis]
    ["حدث ذلك اليوم", "اليوم", "2017-04-23", "2017-04-23", "day", "relative"],
    ["قتل أمس", "أمس", "2017-04-22", "2017-04-22", "day", "relative"],
    ["في الأمس", "الأمس", "2017-04-22", "2017-04-22", "day", "relative"],
    ["وأمس", "أمس", "2017-04-22", "2017-04-22", "day", "relative"],
    ["رفضت أول من أمس", "أول من أمس", "2017-04-21", "2017-04-21", "day", "relative"],
    ["رفضت أول أمس", "أول أمس", "2017-04-21", "2017-04-21", "day", "relative"],
    ["وقع أمس الأول", "أمس الأول", "2017-04-21", "2017-04-21", "day", "relative"],
    ["مساء الأمس", "مساء الأمس", "2017-04-22", "2017-04-22", "day", "relative"],
    ["صباح اليوم", "صباح اليوم", "2017-04-23", "2017-04-23", "day", "relative"],
    ["الليلة الماضية", "الليلة الماضية", "2017-04-22", "2017-04-23", "day", "relative"],
    ["غدا", "غدا", "2017-04-24", "2017-04-24", "day", "relative"],
    ["أمس السبت", "أمس السبت", "2017-04-22", "2017-04-22", "day", "relative"],
    ["يوم الأحد", "يوم الأحد", "2017-04-23", "2017-04-23", "day", "relative"],
    ["الجمعة", "الجمعة", "2017-04-21", "2017-04-21", "day", "relative"],
    ["الخميس الماضي", "الخميس الماضي", "2017-04-20", "2017-04-20", "day", "relative"],
    ["الأحد الماضي", "الأحد الماضي", "2017-04-16", "2017-04-16", "day", "relative"],
    ["الاثنين المقبل", "الاثنين المقبل", "2017-04-24", "2017-04-24", "day", "relative"],
    ["ليل الثلاثاء – الأربعاء", "ليل الثلاثاء – الأربعاء", "2017-04-18", "2017-04-19", "day", "relative"],
    ["الأسبوع الماضي", "الأسبوع الماضي", "2017-04-16", "2017-04-22", "week", "relative"],
    ["الشهر الماضي", "الشهر الماضي", "2017-03", "2017-03", "month", "relative"],
    ["هذا الشهر", "هذا الشهر", "2017-04", "2017-04", "month", "relative"],
    ["العام الماضي", "العام الماضي", "2016", "2016", "year", "relative"],
    ["في أبريل الجاري", "أبريل الجاري", "2017-04", "2017-04", "month", "relative"],
    ["نيسان الماضي", "نيسان الماضي", "2016-04", "2016-04", "month", "relative"],
    ["آذار الماضي", "آذار الماضي", "2017-03", "2017-03", "month", "relative"],
    ["في الرابع من أبريل الجاري", "الرابع من أبريل الجاري", "2017-04-04", "2017-04-04", "day", "relative"],
    ["الرابع من الشهر الجاري", "الرابع من الشهر الجاري", "2017-04-04", "2017-04-04", "day", "relative"],
    ["العاشر من الشهر الماضي", "العاشر من الشهر الماضي", "2017-03-10", "2017-03-10", "day", "relative"],
    ["في الحادي عشر من نيسان", "الحادي عشر من نيسان", "2017-04-11", "2017-04-11", "day", "relative"],
    ["الحادية عشرة من نيسان", "الحادية عشرة من نيسان", "2017-04-11", "2017-04-11", "day", "relative"],
    ["الثاني والعشرين من أبريل", "الثاني والعشرين من أبريل", "2017-04-22", "2017-04-22", "day", "relative"],
    ["الواحد والثلاثين من آذار", "الواحد والثلاثين من آذار", "2017-03-31", "2017-03-31", "day", "relative"],
    ["العشرين من ديسمبر", "العشرين من ديسمبر", "2016-12-20", "2016-12-20", "day", "relative"],
    ["4 أبريل/نيسان 2017", "4 أبريل/نيسان 2017", "2017-04-04", "2017-04-04", "day", "stated"],
    ["4 نيسان (أبريل) 2017", "4 نيسان (أبريل) 2017", "2017-04-04", "2017-04-04", "day", "stated"],
    ["٤ إبريل ٢٠١٧", "٤ إبريل ٢٠١٧", "2017-04-04", "2017-04-04", "day", "stated"],
    ["۴ آوریل", "", undefined, undefined, "", ""],
    ["13 أفريل 2018", "13 أفريل 2018", "2018-04-13", "2018-04-13", "day", "stated"],
    ["18 فيفري 2018", "18 فيفري 2018", "2018-02-18", "2018-02-18", "day", "stated"],
    ["5 جويلية 2018", "5 جويلية 2018", "2018-07-05", "2018-07-05", "day", "stated"],
    ["1 جوان 2018", "1 جوان 2018", "2018-06-01", "2018-06-01", "day", "stated"],
    ["15 أوت 2018", "15 أوت 2018", "2018-08-15", "2018-08-15", "day", "stated"],
    ["3 ماي 2018", "3 ماي 2018", "2018-05-03", "2018-05-03", "day", "stated"],
    ["8 كانون الثاني 2017", "8 كانون الثاني 2017", "2017-01-08", "2017-01-08", "day", "stated"],
    ["30 كانون الأول 2016", "30 كانون الأول 2016", "2016-12-30", "2016-12-30", "day", "stated"],
    ["في 21 آب/أغسطس 2013", "21 آب/أغسطس 2013", "2013-08-21", "2013-08-21", "day", "stated"],
    ["14 أيلول/سبتمبر 2013", "14 أيلول/سبتمبر 2013", "2013-09-14", "2013-09-14", "day", "stated"],
    ["السادس من تشرين الأول 2017", "السادس من تشرين الأول 2017", "2017-10-06", "2017-10-06", "day", "stated"],
    ["في 7 مايو/أيار 2018", "7 مايو/أيار 2018", "2018-05-07", "2018-05-07", "day", "stated"],
    ["جانفي 2018", "جانفي 2018", "2018-01", "2018-01", "month", "stated"],
    ["نيسان/أبريل 2017", "نيسان/أبريل 2017", "2017-04", "2017-04", "month", "stated"],
    ["في شهر مارس", "شهر مارس", "2017-03", "2017-03", "month", "relative"],
    ["منذ نيسان", "منذ نيسان", "2017-04", undefined, "month", "relative"],
    ["عام 2013", "عام 2013", "2013", "2013", "year", "stated"],
    ["08.04.2017", "08.04.2017", "2017-04-08", "2017-04-08", "day", "stated"],
    ["2017/4/8", "2017/4/8", "2017-04-08", "2017-04-08", "day", "stated"],
    ["8-4-2017", "8-4-2017", "2017-04-08", "2017-04-08", "day", "stated"],
    ["8/4/2017", "8/4/2017", "2017-04-08", "2017-04-08", "day", "stated"],
    ["2017-04-08", "2017-04-08", "2017-04-08", "2017-04-08", "day", "stated"],
    ["٠٨/٠٤/٢٠١٧", "٠٨/٠٤/٢٠١٧", "2017-04-08", "2017-04-08", "day", "stated"],
    ["۰۸.۰۴.۲۰۱۷", "۰۸.۰۴.۲۰۱۷", "2017-04-08", "2017-04-08", "day", "stated"],
    ["الثلاثاء 10-04-2018", "الثلاثاء 10-04-2018", "2018-04-10", "2018-04-10", "day", "stated"],
    ["يوم السبت ٢ شباط ٢٠١٩", "يوم السبت ٢ شباط ٢٠١٩", "2019-02-02", "2019-02-02", "day", "stated"],
  ];
  it.each(rows.filter((r) => r[1] !== ""))("«%s»", (text, words, start, end, precision, basis) => {
    const d = resolve(text);
    expect(d).toMatchObject({ words, precision, basis });
    expect(d.value).toEqual(end === undefined ? { start } : { start, end });
    expect(d.conflict).toBeUndefined();
  });

  it("does not take the Persian month «آوریل» or bare ambiguous words for dates", () => {
    for (const text of [
      "۴ آوریل",
      "مارس الضغط على الحكومة",
      "قال أب الضحية",
      "اليوم التالي",
      "اليوم العالمي للمرأة",
      "في المرة الرابعة عشرة التي",
      "11 غارة",
      "عشرات القتلى",
    ])
      expect(resolveDateExpressions(text, SUNDAY)).toEqual([]);
  });
});

describe("consistency checks", () => {
  it("flags «أمس الجمعة» when yesterday was a Saturday, keeping أمس", () => {
    const d = resolve("قال أمس الجمعة");
    expect(d.value).toEqual({ start: "2017-04-22", end: "2017-04-22" });
    expect(d.conflict).toMatch(/Saturday, not a Friday/u);
  });
  it("flags a weekday that does not match a stated date", () => {
    expect(resolve("الجمعة 13 أفريل 2018").conflict).toBeUndefined();
    expect(resolve("الخميس 13 أفريل 2018").conflict).toMatch(/Friday, not a Thursday/u);
  });
  it("flags «أبريل الجاري» in a May article", () => {
    expect(resolve("أبريل الجاري", { date: "2017-05-02", precision: "day" }).conflict).toMatch(/publication month is 5/u);
  });
  it("rejects impossible days", () => {
    expect(resolveDateExpressions("31.02.2017", SUNDAY)).toEqual([]);
    expect(resolve("الثلاثين من شباط 2017").conflict).toMatch(/no day 30/u);
  });
});

describe("pending without a publication date", () => {
  it("waits for the anchor on relative expressions, resolves stated ones", () => {
    const found = resolveDateExpressions("قتل أمس، وفي الأسبوع الماضي، والرابع من الشهر الجاري، وفي 4 أبريل 2017", {});
    expect(found.map((d) => [d.words, d.pending ?? false, d.value?.start])).toEqual([
      ["أمس", true, undefined],
      ["الأسبوع الماضي", true, undefined],
      ["الرابع من الشهر الجاري", true, undefined],
      ["4 أبريل 2017", false, "2017-04-04"],
    ]);
  });
  it("resolves month-relative expressions against a month-precision anchor, but not days", () => {
    const anchor = { date: "2017-04", precision: "month" };
    expect(resolve("أبريل الجاري", anchor).value).toEqual({ start: "2017-04", end: "2017-04" });
    expect(resolve("أمس", anchor).pending).toBe(true);
  });
  it("is deterministic", () => {
    const text = "قتل أمس الجمعة في 4 نيسان/أبريل 2017 والأسبوع الماضي";
    expect(resolveDateExpressions(text, SUNDAY)).toEqual(resolveDateExpressions(text, SUNDAY));
  });
});

// Issue 16, scope 6. 2017-04-23 is a Sunday; rows: [text, words, start, end, precision, extra].
describe("relative days, periods, ranges and Hijri dates (issue 16)", () => {
  const rows: Array<[string, string, string, string | undefined, string, Record<string, unknown>?]> = [
    // ago: a point so long before the report
    ["قتل قبل يومين", "قبل يومين", "2017-04-21", "2017-04-21", "day"],
    ["قبل يوم", "قبل يوم", "2017-04-22", "2017-04-22", "day"],
    ["قبل ثلاثة أيام", "قبل ثلاثة أيام", "2017-04-20", "2017-04-20", "day"],
    ["قبل 5 أيام", "قبل 5 أيام", "2017-04-18", "2017-04-18", "day"],
    ["منذ أسبوع", "منذ أسبوع", "2017-04-16", undefined, "day", { since: true }],
    ["قبل أسبوعين", "قبل أسبوعين", "2017-04-09", "2017-04-09", "day"],
    ["قبل شهرين", "قبل شهرين", "2017-02", "2017-02", "month"],
    ["قبل عامين", "قبل عامين", "2015", "2015", "year"],
    // the previous, current and next calendar week (Sunday to Saturday), not the 7 days before
    ["الأسبوع الماضي", "الأسبوع الماضي", "2017-04-16", "2017-04-22", "week"],
    ["الأسبوع الجاري", "الأسبوع الجاري", "2017-04-23", "2017-04-29", "week"],
    ["الأسبوع المقبل", "الأسبوع المقبل", "2017-04-30", "2017-05-06", "week"],
    // the night of yesterday ran into the day of the report; the evening of yesterday did not
    ["ليلة أمس", "ليلة أمس", "2017-04-22", "2017-04-23", "day", { partOfDay: "night" }],
    ["ليل أمس", "ليل أمس", "2017-04-22", "2017-04-23", "day", { partOfDay: "night" }],
    ["مساء أمس", "مساء أمس", "2017-04-22", "2017-04-22", "day", { partOfDay: "evening" }],
    // tomorrow named with «يوم غد», checked against its weekday
    ["يوم غد الاثنين", "يوم غد الاثنين", "2017-04-24", "2017-04-24", "day"],
    ["يوم الغد", "يوم الغد", "2017-04-24", "2017-04-24", "day"],
    ["غدا الاثنين", "غدا الاثنين", "2017-04-24", "2017-04-24", "day"],
    // a stated date in brackets beats the weekday before it
    ["يوم الخميس (20 نيسان)", "يوم الخميس (20 نيسان)", "2017-04-20", "2017-04-20", "day"],
    ["صباح الخميس (15 ديسمبر/ كانون الأول 2016)", "صباح الخميس (15 ديسمبر/ كانون الأول 2016)", "2016-12-15", "2016-12-15", "day", { basis: "stated" }],
    // weekdays wrapped in quotes or slashes
    ['منذ صباح اليوم "الأحد"', 'منذ صباح اليوم "الأحد"', "2017-04-23", undefined, "day", { since: true }],
    ["شهدت بغداد /الأربعاء/ الماضي", "الأربعاء/ الماضي", "2017-04-19", "2017-04-19", "day"],
    // since: an open period from that day on (a start, no end)
    ["منذ الاثنين الماضي", "منذ الاثنين الماضي", "2017-04-17", undefined, "day", { since: true }],
    ["ومنذ صباح أمس", "منذ صباح أمس", "2017-04-22", undefined, "day", { since: true }],
    // ranges
    ["منذ منتصف مساء أمس حتى اليوم", "منتصف مساء أمس حتى اليوم", "2017-04-22", "2017-04-23", "day"],
    ["من الاثنين إلى الأربعاء الماضيين", "الاثنين إلى الأربعاء", "2017-04-17", "2017-04-19", "day"],
    ["من 1 إلى 5 أبريل", "1 إلى 5 أبريل", "2017-04-01", "2017-04-05", "day"],
    ["في الفترة من 3 حتى 7 آذار 2017", "3 حتى 7 آذار 2017", "2017-03-03", "2017-03-07", "day", { basis: "stated" }],
    ["من 1 أبريل إلى 5 مايو 2017", "1 أبريل إلى 5 مايو 2017", "2017-04-01", "2017-05-05", "day"],
    // Hijri, converted (Umm al-Qura)
    ["الاحد ٣ ربيع الثاني ١٤٣٨ هـ", "الاحد ٣ ربيع الثاني ١٤٣٨ هـ", "2017-01-01", "2017-01-01", "day", { basis: "stated", calendar: "hijri" }],
    ["10 ذي الحجة 1440", "10 ذي الحجة 1440", "2019-08-11", "2019-08-11", "day", { calendar: "hijri" }],
    ["الأول من شوال 1438هـ", "الأول من شوال 1438هـ", "2017-06-25", "2017-06-25", "day", { calendar: "hijri" }],
    ["خلال شهر رمضان", "شهر رمضان", "2016-06-06", "2016-07-05", "day", { basis: "relative", calendar: "hijri" }],
    ["في رمضان المقبل", "رمضان المقبل", "2017-05-27", "2017-06-24", "day", { calendar: "hijri" }],
    ["منتصف جمادى الآخرة 1438", "جمادى الآخرة 1438", "2017-02-28", "2017-03-28", "day", { calendar: "hijri" }],
  ];
  it.each(rows)("«%s»", (text, words, start, end, precision, extra) => {
    const d = resolve(text);
    expect(d).toMatchObject({ words, precision, ...(extra ?? {}) });
    expect(d.value).toEqual(end === undefined ? { start } : { start, end });
    expect(d.conflict).toBeUndefined();
  });

  it("flags a weekday that is not tomorrow's, and a bracketed date that is not the weekday's", () => {
    expect(resolve("يوم غد الجمعة").conflict).toMatch(/Monday, not a Friday/u);
    expect(resolve("يوم الخميس (21 نيسان)").conflict).toMatch(/Friday, not a Thursday/u);
  });

  it("reads no period in «منذ أن», no date in vague or non-temporal words, no Hijri month that is a name", () => {
    expect(resolveDateExpressions("منذ أن سيطر التنظيم على المدينة", SUNDAY)).toEqual([]);
    for (const text of [
      "قبل أيام",
      "منذ سنوات",
      "قبل أن يغادر",
      "قال رجب طيب أردوغان",
      "صفر إصابات",
      "الأسلحة المحرمة",
      "شعبان عبد الله",
      "غد أفضل",
      "أحياء وادي الربيع وسوق الجمعة",
    ])
      expect(resolveDateExpressions(text, SUNDAY)).toEqual([]);
    expect(resolveDateExpressions("منذ أن قتل 50 شخصا في 4 أبريل", SUNDAY).map((d) => [d.words, d.since ?? false])).toEqual([["4 أبريل", false]]);
  });

  it("converts Hijri dates both ways", () => {
    const rows: Array<[number, number, number, string]> = [
      [1438, 4, 3, "2017-01-01"],
      [1438, 9, 1, "2017-05-27"],
      [1440, 12, 10, "2019-08-11"],
      [1445, 1, 1, "2023-07-19"],
    ];
    for (const [y, m, d, g] of rows) {
      const out = fromHijri({ y, m, d })!;
      expect(`${out.y}-${String(out.m).padStart(2, "0")}-${String(out.d).padStart(2, "0")}`).toBe(g);
      const [gy, gm, gd] = g.split("-").map(Number) as [number, number, number];
      expect(toHijri({ y: gy, m: gm, d: gd })).toEqual({ y, m, d });
    }
  });
});

describe("findDurations", () => {
  const rows: Array<[string, string, number]> = [
    ["زيارة تستغرق يومين", "تستغرق يومين", 2],
    ["هدنة لمدة ثلاثة أيام", "لمدة ثلاثة أيام", 3],
    ["تستمر أسبوعا", "تستمر أسبوعا", 7],
    ["على مدى يومين", "على مدى يومين", 2],
    ["لمدة 10 أيام", "لمدة 10 أيام", 10],
  ];
  it.each(rows)("«%s»", (text, words, days) => {
    expect(findDurations(text, tokenize(text)).map((d) => [d.words, d.days])).toEqual([[words, days]]);
  });
  it("is no duration without a count or with a month", () => {
    for (const text of ["لمدة أيام", "تستمر أشهرا", "على مدى سنوات"]) expect(findDurations(text, tokenize(text))).toEqual([]);
  });
});
