import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * The panel's environment, validated once when the server starts: a malformed URL or a short secret stops
 * it with the variable's name instead of failing every page later. See docs/environment.md.
 */
export const env = createEnv({
  server: {
    /** The API, for server rendering and the same-origin proxy of the browsers' calls. */
    API_URL: z.url().default("http://127.0.0.1:4000"),
    /** The public reader, to link a published record to its page; unset = no links. */
    READER_URL: z.url().optional(),
    /** Shared with the API: the proof that the browser address this panel names is real. */
    WAQAI_FORWARDER_SECRET: z.string().min(32).optional(),
  },
  runtimeEnv: {
    API_URL: process.env.API_URL,
    READER_URL: process.env.READER_URL,
    WAQAI_FORWARDER_SECRET: process.env.WAQAI_FORWARDER_SECRET,
  },
  emptyStringAsUndefined: true,
});
