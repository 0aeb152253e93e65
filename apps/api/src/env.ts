import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { trustedProxiesOf } from "./client-address";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** A comma-separated list of URLs (spaces around commas allowed); unset or empty = none. */
const urlList = () =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url()));

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  /** postgres://... for a PostgreSQL server; unset for embedded PGlite. */
  DATABASE_URL: z.string().optional(),
  /** postgres://... of a streaming replica of DATABASE_URL for the public's reads (docs/deploy.md); unset = the primary serves all. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "a postgres:// URL of a streaming replica")
    .optional(),
  /** PGlite data folder (relative to the repo root), used when DATABASE_URL is unset. */
  WAQAI_DATA_DIR: z.string().default(".data"),
  WAQAI_SEEDS_DIR: z.string().default("seeds"),
  /**
   * "on": apply pending migrations at boot (on PostgreSQL one process at a time, under an advisory lock). "off": the
   * deployment runs `pnpm db:migrate` before rolling out API processes, and the API refuses a database that is behind.
   */
  WAQAI_MIGRATE: z.enum(["on", "off"]).default("on"),
  /** Where dataset releases are written (relative to the repo root); default <data dir>/releases. */
  WAQAI_RELEASES_DIR: z.string().optional(),
  /** The API's public URL (better-auth's base); defaults to http://HOST:PORT. */
  WAQAI_AUTH_URL: z.url().optional(),
  /** Signs session cookies; required with PostgreSQL (shared by every API process); unset on PGlite = a random one kept in <data dir>/auth.secret. */
  WAQAI_AUTH_SECRET: z.string().min(32).optional(),
  /** Comma-separated origins allowed to send state-changing requests (the admin panel). */
  WAQAI_TRUSTED_ORIGINS: z.string().default("http://127.0.0.1:3001,http://localhost:3001"),
  /** Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed; none by default. */
  WAQAI_TRUSTED_PROXIES: z.string().default(""),
  /** Shared with the admin panel (scripts/start.mjs makes one per start): its proof that it names its browsers' addresses. */
  WAQAI_FORWARDER_SECRET: z.string().min(32).optional(),
  /** The first admin's email, created with a generated password on the first start. */
  WAQAI_ADMIN_EMAIL: z.email().default("admin@waqai.local"),
  /**
   * The readers to revalidate after writes (POST <url>/api/revalidate), comma-separated: every reader instance,
   * since each keeps its own page cache; unset = no reader to tell.
   */
  READER_URL: urlList(),
  REVALIDATE_SECRET: z.string().min(16).optional(),
  /**
   * The HTTP caches in front of the readers (Varnish with deploy/varnish/waqai.vcl), comma-separated: each is sent
   * `PURGE` with the keys of the pages a write changed; unset = no cache to purge.
   */
  WAQAI_CACHE_URLS: urlList(),
  /** On SIGTERM: how long health says "draining" (a proxy stops routing here) before the server stops accepting. */
  WAQAI_DRAIN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(1000),
  /** On SIGTERM: the deadline for in-flight requests and the database to finish, after which the process exits anyway. */
  WAQAI_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
  /** PostgreSQL: cancel a statement that runs longer (the request fails with a 500 naming its id; the server goes on). */
  WAQAI_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Sign-in attempts per address per minute before the API answers 429 (beside the per-account lockout). */
  WAQAI_SIGN_INS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  /** redis:// or rediss:// (TLS): the rate-limit and sign-in counters live there, shared by every API process; unset = in each process's memory. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "a redis:// or rediss:// URL" }).optional(),
  /** Starts every key this deployment writes to Redis, so deployments sharing one Redis never count together. */
  WAQAI_REDIS_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "1 to 64 letters, digits, and _ : . -")
    .default("waqai:"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** `pretty` (pino-pretty) or `json` lines; unset = pretty when stdout is a terminal, JSON otherwise (log-format.ts). */
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
});

export type ApiEnv = z.infer<typeof Env> & {
  dataDir: string;
  seedsDir: string;
  releasesDir: string | undefined;
  authUrl: string;
  trustedOrigins: string[];
  trustedProxies: string[];
  /** Shared rate-limit counters (REDIS_URL with WAQAI_REDIS_PREFIX); undefined = in memory. */
  redis: { url: string; prefix: string } | undefined;
};

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
    releasesDir: env.WAQAI_RELEASES_DIR
      ? path.resolve(repoRoot, env.WAQAI_RELEASES_DIR)
      : env.WAQAI_DATA_DIR === ":memory:"
        ? undefined
        : path.resolve(repoRoot, env.WAQAI_DATA_DIR, "releases"),
    authUrl: env.WAQAI_AUTH_URL ?? `http://${env.HOST}:${env.PORT}`,
    trustedOrigins: env.WAQAI_TRUSTED_ORIGINS.split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    trustedProxies: trustedProxiesOf(env.WAQAI_TRUSTED_PROXIES),
    redis: env.REDIS_URL ? { url: env.REDIS_URL, prefix: env.WAQAI_REDIS_PREFIX } : undefined,
  };
}
