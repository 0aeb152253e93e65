import type { EditorActor } from "@waqai/db/editorial";
import type { Context } from "../context";

/** The writer behind a mutation (and the API token it came through, if any); procedures behind a tier always have a user. */
export function actorOf(ctx: Context): EditorActor {
  if (!ctx.user) throw new Error("a guarded procedure ran without a user");
  return { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role, ip: ctx.ip, userAgent: ctx.userAgent, tokenId: ctx.token?.id ?? null };
}
