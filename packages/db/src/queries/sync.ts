import { sql } from "drizzle-orm";
import type { z } from "zod";
import { REMOVABLE_KINDS, type Removal, type RemovalsInput } from "@waqai/schema";
import { queryRows, type Db } from "../client";
import { decodeCursor, encodeCursor } from "./util";

type RemovalRow = { id: string | number; entity_kind: string; entity_id: string; created_at: Date | string; to_id: string | null };

/**
 * The removals feed: records that left the public record after `since`, read from the revisions
 * (nothing is ever deleted; a retraction or a merge is a revision whose snapshot says "retracted").
 * Only records that were once published are named, so the feed never reveals a draft's id.
 * Ordered by revision id (append-only, so the order is stable and a cursor never skips).
 */
export async function listRemovals(db: Db, params: z.input<typeof RemovalsInput>) {
  const limit = params.limit ?? 20;
  const after = decodeCursor(params.cursor, 1) as [number] | undefined;
  const kinds = sql.join(
    REMOVABLE_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const rows = await queryRows<RemovalRow>(
    db,
    sql`
    select r.id, r.entity_kind, r.entity_id, r.created_at, rr.to_id
    from revisions r
    left join record_redirects rr on r.action = 'merge' and rr.kind = r.entity_kind and rr.from_id = r.entity_id
    where r.created_at > ${new Date(params.since)}
      and r.entity_kind in (${kinds})
      and (
        (r.snapshot->>'status' = 'retracted'
          and (r.action = 'status' or (r.action = 'merge' and rr.to_id is not null))
          and exists (select 1 from revisions p where p.entity_kind = r.entity_kind and p.entity_id = r.entity_id
                      and p.version < r.version and p.snapshot->>'status' = 'published'))
        -- A deleted citation of a published document (readers may have seen it).
        or (r.entity_kind = 'citation' and r.action = 'delete'
          and exists (select 1 from documents d where d.id = r.snapshot->>'documentId' and d.status = 'published'))
      )
      ${after ? sql`and r.id > ${after[0]}` : sql``}
    order by r.id
    limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  const items: z.infer<typeof Removal>[] = page.map((r) => ({
    kind: r.entity_kind as (typeof REMOVABLE_KINDS)[number],
    id: r.entity_id,
    reason: r.entity_kind === "citation" ? "deleted" : r.to_id ? "merged" : "retracted",
    ...(r.to_id ? { replacedBy: r.to_id } : {}),
    at: new Date(r.created_at).toISOString(),
  }));
  const last = page[page.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([Number(last.id)]) : null };
}
