export * from "./dates";
export * from "./labels";
export { EventDate } from "./EventDate";
export { Bilingual } from "./Bilingual";
export { spanSegments, type Segment, type SpanLike } from "./segments";
export { hijriDate } from "./hijri";
export { localized, formatCount, type Shown } from "./localize";
export { Localized } from "./Localized";
export * from "./labels-records";
