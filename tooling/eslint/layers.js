// The dependency direction is a lint error, not a hope (docs/architecture.md):
//   schema <- db <- api <- apps/api ; apps/web and apps/admin use schema, ui, client, and api for types only;
//   packages/client and examples/* take the API's types only.
// Paths are relative to the repository root, where eslint.config.js composes these configs.
const restrict = (files, patterns, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
  },
});

const appsAndOthers = ["@waqai/api-server", "@waqai/web", "@waqai/admin", "**/apps/**", "../../apps/**"];

export default [
  restrict(
    ["packages/schema/**/*.{ts,tsx}"],
    ["@waqai/*", "drizzle-orm", "drizzle-orm/*", "@trpc/*", "pg", "@electric-sql/*", ...appsAndOthers],
    "packages/schema is zod only: it imports no other package.",
  ),
  restrict(
    ["packages/db/**/*.{ts,tsx}"],
    ["@waqai/api", "@waqai/api/*", "@trpc/*", ...appsAndOthers],
    "packages/db sits below the API and never imports apps.",
  ),
  restrict(["packages/api/**/*.{ts,tsx}"], appsAndOthers, "Packages never import apps."),
  restrict(
    ["packages/ui/**/*.{ts,tsx}"],
    ["@waqai/db", "@waqai/db/*", "drizzle-orm", "drizzle-orm/*", ...appsAndOthers],
    "ui never reaches the database or apps.",
  ),
  {
    // What outside developers install (client) and how they use it (examples): the API's types, never its code.
    files: ["packages/client/**/*.{ts,tsx}", "examples/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@waqai/db",
                "@waqai/db/*",
                "drizzle-orm",
                "drizzle-orm/*",
                "pg",
                "@electric-sql/*",
                "**/packages/db/**",
                "**/packages/api/**",
                ...appsAndOthers,
              ],
              message: "The client and its examples never reach the database, the server's code or apps.",
            },
          ],
          paths: [
            {
              name: "@waqai/api",
              message: 'The client takes the router\'s types only: `import type { AppRouter } from "@waqai/api"`.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ["apps/web/**/*.{ts,tsx}", "apps/admin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@waqai/db", "@waqai/db/*", "drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*", "**/packages/db/**"],
              message: "web and admin never open the database: call apps/api through the typed client.",
            },
            { group: ["@waqai/api-server", "**/apps/api/**"], message: "Apps do not import each other." },
          ],
          paths: [{ name: "@waqai/api", message: 'Import the router for types only: `import type { AppRouter } from "@waqai/api"`.', allowTypeImports: true }],
        },
      ],
    },
  },
];
