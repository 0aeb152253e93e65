export * from "./dates";
export * from "./labels";
export { EventDate } from "./EventDate";
export { Bilingual } from "./Bilingual";
