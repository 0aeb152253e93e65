// Type-aware TypeScript rules for every package (typescript-eslint's recommended-type-checked).
// Each package is linted on its own (`pnpm lint` runs `turbo run lint`) so that one TypeScript
// program is open at a time: the whole tree in one process ran out of memory.
import tseslint from "typescript-eslint";

export const ignores = {
  ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/drizzle/**", "test-results/**", "e2e/artifacts/**", "**/next-env.d.ts", "**/generated/**"],
};

/** For linting text that is in no tsconfig (the layer-rule probes of tests/architecture.test.ts): no type information. */
export const untyped = tseslint.configs.disableTypeChecked;

export default tseslint.config(
  ignores,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `_`-prefixed names are the codebase's way to say "deliberately unused" (destructuring a field away).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Type imports are kept apart from value imports so a type-only edge stays type-only (the layer rules rely on it).
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
    },
  },
  {
    // Next.js calls these config hooks (headers, rewrites, redirects) as async functions; its documented form.
    files: ["**/next.config.ts"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
