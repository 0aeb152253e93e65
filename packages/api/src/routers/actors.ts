import { Actor, ActorListInput, ActorPage, ByIdInput, Place, PlaceListInput, PlacePage } from "@waqai/schema";
import { getActor, getPlace, listActors, listPlaces } from "@waqai/db";
import { publicProcedure, router } from "../trpc";
import { found } from "./found";

export const actorsRouter = router({
  list: publicProcedure
    .input(ActorListInput)
    .output(ActorPage)
    .query(({ ctx, input }) => listActors(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .input(ByIdInput)
    .output(Actor)
    .query(async ({ ctx, input }) => found("actor", input.id, await getActor(ctx.db, input.id, ctx.scope))),
});

export const placesRouter = router({
  list: publicProcedure
    .input(PlaceListInput)
    .output(PlacePage)
    .query(({ ctx, input }) => listPlaces(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .input(ByIdInput)
    .output(Place)
    .query(async ({ ctx, input }) => found("place", input.id, await getPlace(ctx.db, input.id, ctx.scope))),
});
