import { z } from "zod";
import { RecordNames, RecordNamesInput, SitemapEntries, SitemapEntriesInput, SitemapIndex, SuggestedRecords, SuggestInput } from "@waqai/schema";
import { recordNames, sitemapEntries, sitemapIndex, suggestRecords } from "@waqai/db/queries";
import { publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";

export const recordsRouter = router({
  /**
   * Names of the records a page refers to by id (at most 200): citation targets, documents, claimants.
   * tRPC only: its input is a list of references, which a query string does not carry well.
   */
  names: publicProcedure
    .input(RecordNamesInput)
    .output(RecordNames)
    .query(({ ctx, input }) => recordNames(ctx.db, input.refs, ctx.scope)),
  /** The reader's suggest box: actors, places, disputes or conflicts whose names start with the typed words. */
  suggest: publicProcedure
    .meta(rest.list("suggest", "Search", "Actors, places, disputes or conflicts whose names start with the typed words (Arabic-normalized)"))
    .input(SuggestInput)
    .output(SuggestedRecords)
    .query(({ ctx, input }) => suggestRecords(ctx.db, input, ctx.scope)),
  /** The reader's sitemap index: the files there are (events by month, other kinds by id range). Published records only. */
  sitemapIndex: publicProcedure
    .meta(rest.list("sitemap-index", "Sitemaps", "The sitemap files there are: published events by month (20,000 a part), other kinds by id range"))
    .input(z.object({}).optional())
    .output(SitemapIndex)
    .query(({ ctx }) => sitemapIndex(ctx.db)),
  /** One sitemap file's ids and last changes (at most 20,000). */
  sitemapEntries: publicProcedure
    .meta(rest.list("sitemap-entries", "Sitemaps", "One sitemap file: the ids and last changes of up to 20,000 published records"))
    .input(SitemapEntriesInput)
    .output(SitemapEntries)
    .query(({ ctx, input }) => sitemapEntries(ctx.db, input)),
});
