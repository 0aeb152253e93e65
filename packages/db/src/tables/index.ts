export * from "./sources";
export * from "./actors";
export * from "./events";
export * from "./claims";
export * from "./disputes";
export * from "./citations";
export * from "./search";
