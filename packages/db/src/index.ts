export * from "./client";
export * from "./lock";
export * as tables from "./schema";
export * from "./queries/util";
export * from "./queries/events";
export * from "./queries/entities";
export * from "./queries/disputes";
export * from "./queries/citations";
export * from "./seed/load";
