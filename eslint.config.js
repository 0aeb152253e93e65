// One ESLint config for the tree, composed from tooling/eslint: type-aware TypeScript rules everywhere,
// React's rules in the apps and ui, and the layer rules (which package may import which).
// `pnpm lint` runs it package by package (turbo run lint), one TypeScript program at a time.
import base from "@waqai/eslint-config/base";
import layers from "@waqai/eslint-config/layers";
import react from "@waqai/eslint-config/react";

export default [
  ...base,
  ...react.map((config) => ({ ...config, files: ["apps/web/**/*.{ts,tsx}", "apps/admin/**/*.{ts,tsx}", "packages/ui/**/*.{ts,tsx}"] })),
  ...layers,
];
