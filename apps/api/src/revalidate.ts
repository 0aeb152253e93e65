import type { FastifyBaseLogger } from "fastify";
import { onRecordsWritten, type RecordWritten } from "@waqai/db/editorial";

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
 * After every committed write, ask the reader to re-render the pages that used what changed, so a
 * publish, retraction or edit reaches readers within seconds and no stale page is left behind.
 */
export function revalidateReaderOnWrite(readerUrl: string, secret: string, log: FastifyBaseLogger): () => void {
  return onRecordsWritten((written) => {
    const tags = tagsFor(written);
    // Not awaited: the editor's request must not wait on (or fail with) the reader.
    void fetch(`${readerUrl.replace(/\/+$/, "")}/api/revalidate`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
      .then((res) => (res.ok ? log.info({ tags }, "reader revalidated") : log.warn({ status: res.status, tags }, "reader revalidation refused")))
      .catch((err: Error) => log.warn({ err: err.message, tags }, "reader unreachable for revalidation"));
  });
}
