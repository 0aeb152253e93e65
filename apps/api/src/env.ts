import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  /** postgres://... for a PostgreSQL server; unset for embedded PGlite. */
  DATABASE_URL: z.string().optional(),
  /** PGlite data folder (relative to the repo root), used when DATABASE_URL is unset. */
  WAQAI_DATA_DIR: z.string().default(".data"),
  WAQAI_SEEDS_DIR: z.string().default("seeds"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type ApiEnv = z.infer<typeof Env> & { dataDir: string; seedsDir: string };

/** Read once at boot; a bad value stops the server with the variable's name. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${lines}`);
  }
  const env = parsed.data;
  return {
    ...env,
    dataDir: env.WAQAI_DATA_DIR === ":memory:" ? ":memory:" : path.resolve(repoRoot, env.WAQAI_DATA_DIR),
    seedsDir: path.resolve(repoRoot, env.WAQAI_SEEDS_DIR),
  };
}
