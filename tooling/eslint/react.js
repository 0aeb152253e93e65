// React rules for the two Next.js apps and the ui package: the rules of hooks and exhaustive dependencies.
import reactHooks from "eslint-plugin-react-hooks";

export default [
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule only says that React Compiler would skip a component (react-hook-form's watch()); the apps
      // do not run React Compiler, so there is nothing to act on.
      "react-hooks/incompatible-library": "off",
    },
  },
];
