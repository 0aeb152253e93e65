// Types for base.js, for TypeScript callers (tests/architecture.test.ts lints probes with `untyped`).
import type { Linter } from "eslint";

export declare const ignores: Linter.Config;
export declare const untyped: Linter.Config;
declare const config: Linter.Config[];
export default config;
