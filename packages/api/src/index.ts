export { appRouter, API_VERSION, type AppRouter } from "./router";
export { createCallerFactory } from "./trpc";
export { createContext, localeFrom, type Context, type Locale, type SessionUser, type TokenGrant, type TokenRefusal } from "./context";
export { internalErrorMessage, NotFoundError } from "./errors";
export { RULES, TIER_ROLES, type Tier } from "./access";
export { createAuth, hashUserPassword, type Auth, type AuthOptions } from "./auth";
export { generatePassword } from "./routers/people";
export { passwordProblem, PASSWORD_MIN_LENGTH } from "./password-policy";
export { openApiDocument, restErrorBody, RestError } from "./openapi";
