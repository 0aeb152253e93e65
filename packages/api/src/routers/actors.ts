import { Actor, ActorListInput, ActorPage, ByIdInput, Place, PlaceListInput, PlacePage } from "@waqai/schema";
import { getActor, getPlace, listActors, listPlaces } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

export const actorsRouter = router({
  list: publicProcedure
    .meta(rest.list("actors", "Actors and places", "List actors"))
    .input(ActorListInput)
    .output(ActorPage)
    .query(({ ctx, input }) => listActors(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("actors", "Actors and places", "One actor"))
    .input(ByIdInput)
    .output(Actor)
    .query(async ({ ctx, input }) => found("actor", input.id, await getActor(ctx.db, input.id, ctx.scope))),
});

export const placesRouter = router({
  list: publicProcedure
    .meta(rest.list("places", "Actors and places", "List places"))
    .input(PlaceListInput)
    .output(PlacePage)
    .query(({ ctx, input }) => listPlaces(ctx.db, input, ctx.scope)),
  byId: publicProcedure
    .meta(rest.byId("places", "Actors and places", "One place"))
    .input(ByIdInput)
    .output(Place)
    .query(async ({ ctx, input }) => found("place", input.id, await getPlace(ctx.db, input.id, ctx.scope))),
});
