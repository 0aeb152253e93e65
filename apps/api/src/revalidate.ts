import type { FastifyBaseLogger } from "fastify";
import type { RecordWritten } from "@waqai/db/editorial";

/** Reader cache tags for written records (contract in docs/reader.md). */
export function tagsFor(written: RecordWritten[]): string[] {
  const tags = new Set<string>();
  for (const w of written) {
    tags.add(`${w.kind}:${w.id}`);
    tags.add(w.kind === "issue" ? "issues" : `${w.kind}s`);
    // Lists, timelines, search, feeds and exports show many kinds together: refresh them too.
    tags.add("search");
    if (w.kind !== "event") tags.add("events");
  }
  return [...tags];
}

/**
 * After a committed write (main.ts calls it from the outbox's listener), ask each reader instance to re-render the pages that used what changed, so a
 * publish, retraction or edit reaches readers within seconds and no stale page is left behind. Called by the
 * outbox worker, never in the editor's request: a reader that is down or refuses makes this throw, naming it,
 * and the outbox tries again later (revalidating twice is harmless).
 */
export function revalidateReaders(readerUrls: string[], secret: string, log: FastifyBaseLogger): (written: RecordWritten[]) => Promise<void> {
  return async (written) => {
    const tags = tagsFor(written);
    const failed = (
      await Promise.all(
        readerUrls.map(async (readerUrl) => {
          try {
            const res = await fetch(`${readerUrl.replace(/\/+$/, "")}/api/revalidate`, {
              method: "POST",
              headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
              body: JSON.stringify({ tags }),
              signal: AbortSignal.timeout(5000),
            });
            return res.ok ? null : `${readerUrl} answered ${res.status}`;
          } catch (err) {
            return `${readerUrl} unreachable (${(err as Error).message})`;
          }
        }),
      )
    ).filter((f): f is string => f !== null);
    if (failed.length) throw new Error(`reader revalidation failed: ${failed.join("; ")}`);
    log.info({ tags, readers: readerUrls.length }, "readers revalidated");
  };
}
