export * from "./tables";
export * from "./relations";
