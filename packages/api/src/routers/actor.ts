import type { Db } from "@waqai/db";
import type { EditorActor } from "@waqai/db/editorial";
import type { Context } from "../context";

/** The writer behind a mutation (and the API token it came through, if any); procedures behind a tier always have a user. */
export function actorOf(ctx: Context): EditorActor {
  if (!ctx.user) throw new Error("a guarded procedure ran without a user");
  return { id: ctx.user.id, email: ctx.user.email, role: ctx.user.role, ip: ctx.ip, userAgent: ctx.userAgent, tokenId: ctx.token?.id ?? null };
}

/**
 * A mutation's resolver that writes as its caller: the parsed input (only the schema's keys) with the caller
 * as `actor`, so no procedure picks the fields over again or forgets whose write it is.
 */
export const asCaller =
  <P extends { actor: EditorActor }, R>(write: (db: Db, change: P) => R) =>
  ({ ctx, input }: { ctx: Context; input: Omit<P, "actor"> }) =>
    // The input has every key of P but the actor, which is added here.
    write(ctx.db, { ...input, actor: actorOf(ctx) } as P);
