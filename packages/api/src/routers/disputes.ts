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
import { getClaim, getDispute, getIssue, getPosition, listClaims, listDisputes, listIssues, listPositions } from "@waqai/db";
import { publicProcedure, router } from "../trpc";
import { found } from "./found";

export const claimsRouter = router({
  list: publicProcedure
    .input(ClaimListInput)
    .output(ClaimPage)
    .query(({ ctx, input }) => listClaims(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .input(ByIdInput)
    .output(Claim)
    .query(async ({ ctx, input }) => found("claim", input.id, await getClaim(ctx.db, input.id, ctx.scope))),
});

export const disputesRouter = router({
  list: publicProcedure
    .input(DisputeListInput)
    .output(DisputePage)
    .query(({ ctx, input }) => listDisputes(ctx.db, input, ctx.scope)),
  /** A dispute with its parties, its issues in order, linked events and citations. */
  byId: publicProcedure
    .input(ByIdInput)
    .output(DisputeDetail)
    .query(async ({ ctx, input }) => found("dispute", input.id, await getDispute(ctx.db, input.id, ctx.scope))),
});

export const issuesRouter = router({
  list: publicProcedure
    .input(IssueListInput)
    .output(IssuePage)
    .query(({ ctx, input }) => listIssues(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .input(ByIdInput)
    .output(IssueDetail)
    .query(async ({ ctx, input }) => found("issue", input.id, await getIssue(ctx.db, input.id, ctx.scope))),
});

export const positionsRouter = router({
  list: publicProcedure
    .input(PositionListInput)
    .output(PositionPage)
    .query(({ ctx, input }) => listPositions(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .input(ByIdInput)
    .output(Position)
    .query(async ({ ctx, input }) => found("position", input.id, await getPosition(ctx.db, input.id, ctx.scope))),
});
