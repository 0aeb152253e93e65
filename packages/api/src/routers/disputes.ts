import {
  ByIdInput,
  Claim,
  ClaimListInput,
  ClaimPage,
  DisputeDetail,
  DisputeListInput,
  DisputePage,
  IssueDetail,
  IssueListInput,
  IssuePage,
  Position,
  PositionListInput,
  PositionPage,
} from "@waqai/schema";
import { getClaim, getDispute, getIssue, getPosition, listClaims, listDisputes, listIssues, listPositions } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

export const claimsRouter = router({
  list: publicProcedure
    .meta(rest.list("claims", "Claims and disputes", "List claims"))
    .input(ClaimListInput)
    .output(ClaimPage)
    .query(({ ctx, input }) => listClaims(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("claims", "Claims and disputes", "One claim"))
    .input(ByIdInput)
    .output(Claim)
    .query(async ({ ctx, input }) => found("claim", input.id, await getClaim(ctx.db, input.id, ctx.scope))),
});

export const disputesRouter = router({
  list: publicProcedure
    .meta(rest.list("disputes", "Claims and disputes", "List disputes"))
    .input(DisputeListInput)
    .output(DisputePage)
    .query(({ ctx, input }) => listDisputes(ctx.db, input, ctx.scope)),
  /** A dispute with its parties, its issues in order, linked events and citations. */
  byId: publicProcedure
    .meta(rest.byId("disputes", "Claims and disputes", "One dispute with its parties, issues, linked events and citations"))
    .input(ByIdInput)
    .output(DisputeDetail)
    .query(async ({ ctx, input }) => found("dispute", input.id, await getDispute(ctx.db, input.id, ctx.scope))),
});

export const issuesRouter = router({
  list: publicProcedure
    .meta(rest.list("issues", "Claims and disputes", "List dispute issues"))
    .input(IssueListInput)
    .output(IssuePage)
    .query(({ ctx, input }) => listIssues(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("issues", "Claims and disputes", "One dispute issue with its positions and citations"))
    .input(ByIdInput)
    .output(IssueDetail)
    .query(async ({ ctx, input }) => found("issue", input.id, await getIssue(ctx.db, input.id, ctx.scope))),
});

export const positionsRouter = router({
  list: publicProcedure
    .meta(rest.list("positions", "Claims and disputes", "List positions"))
    .input(PositionListInput)
    .output(PositionPage)
    .query(({ ctx, input }) => listPositions(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("positions", "Claims and disputes", "One position"))
    .input(ByIdInput)
    .output(Position)
    .query(async ({ ctx, input }) => found("position", input.id, await getPosition(ctx.db, input.id, ctx.scope))),
});
