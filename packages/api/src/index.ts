export { appRouter, API_VERSION, type AppRouter } from "./router";
export { createCallerFactory } from "./trpc";
export { createContext, localeFrom, type Context, type Locale } from "./context";
export { NotFoundError } from "./errors";
