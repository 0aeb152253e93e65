import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { env } from "@/env";

const TAG = /^(all|[a-z]+|[a-z]+:[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;

function authorised(header: string | null): boolean {
  const secret = env.REVALIDATE_SECRET;
  if (!secret || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice(7));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * POST /api/revalidate, Authorization: Bearer $REVALIDATE_SECRET, body {"tags": ["event:ev-x", "events"]}.
 * Expires the tagged API answers at once ({ expire: 0 }): the next visit re-renders with fresh data,
 * so a retraction is never served stale. Contract: docs/reader.md.
 */
export async function POST(request: Request) {
  if (!env.REVALIDATE_SECRET) return Response.json({ error: "REVALIDATE_SECRET is not set" }, { status: 503 });
  if (!authorised(request.headers.get("authorization"))) return Response.json({ error: "unauthorized" }, { status: 401 });
  let tags: unknown;
  try {
    tags = ((await request.json()) as { tags?: unknown }).tags;
  } catch {
    return Response.json({ error: 'body must be JSON: {"tags": [...]}' }, { status: 400 });
  }
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 256 || !tags.every((t) => typeof t === "string" && TAG.test(t))) {
    return Response.json({ error: 'tags must be 1-256 strings like "events" or "event:ev-x"' }, { status: 400 });
  }
  for (const tag of tags as string[]) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: tags, now: Date.now() });
}
