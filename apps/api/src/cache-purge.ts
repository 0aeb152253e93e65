import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@waqai/db";
import type { RecordWritten } from "@waqai/db/editorial";
import { pagesShowing, type PageKind } from "@waqai/db/queries";

/** The reader's path segment of each kind's pages, as deploy/varnish/waqai.vcl keys them (`events/ev-1`). */
const SEGMENT: Record<PageKind, string> = {
  event: "events",
  document: "sources",
  actor: "actors",
  place: "places",
  dispute: "disputes",
  conflict: "conflicts",
};

/** The cache keys of the pages showing what was written: each page, each whole kind past the fan-out cap, and `lists`. */
export async function purgeKeysFor(db: Db, written: RecordWritten[]): Promise<string[]> {
  const { pages, allOf } = await pagesShowing(db, written);
  return ["lists", ...allOf.map((k) => SEGMENT[k]), ...pages.map((p) => `${SEGMENT[p.kind]}/${p.id}`)];
}

/** Keys per PURGE request: one header line stays well under Varnish's 8 KB limit for a request header. */
const KEYS_PER_REQUEST = 100;

/**
 * After a committed write, purge the pages that show it from every HTTP cache in front of the readers
 * (`WAQAI_CACHE_URLS`). Called after the readers' revalidation (main.ts), so the cache re-fetches pages the readers
 * have already re-rendered; like it, it runs in the outbox worker, and a cache that does not answer makes the row retry.
 */
export function purgeCaches(db: Db, cacheUrls: string[], log: FastifyBaseLogger): (written: RecordWritten[]) => Promise<void> {
  return async (written) => {
    const keys = await purgeKeysFor(db, written);
    const failed: string[] = [];
    for (const cacheUrl of cacheUrls) {
      for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) {
        try {
          const res = await fetch(cacheUrl, {
            method: "PURGE",
            headers: { "xkey-purge": keys.slice(i, i + KEYS_PER_REQUEST).join(" ") },
            signal: AbortSignal.timeout(5000),
          });
          if (!res.ok) failed.push(`${cacheUrl} answered ${res.status}`);
        } catch (err) {
          failed.push(`${cacheUrl} unreachable (${(err as Error).message})`);
        }
      }
    }
    if (failed.length) throw new Error(`cache purge failed: ${failed.join("; ")}`);
    log.info({ keys: keys.length, caches: cacheUrls.length }, "caches purged");
  };
}
