import { TRPCError } from "@trpc/server";
import { CreateReleaseInput, Release, ReleaseByVersionInput, ReleaseList } from "@waqai/schema";
import { createRelease, getRelease, listReleases, ReleaseExistsError, type ReleaseRow } from "@waqai/db/export";
import { adminProcedure, publicProcedure, router } from "../trpc";
import { rest } from "../rest-meta";
import { found } from "./found";

/** The stable download path of a release under the API's public URL. */
export const releaseDownloadPath = (version: string) => `/api/v1/releases/${version}/download`;

/** A release as the API shows it: its row, its download path and a suggested citation. */
export function releaseOut(row: ReleaseRow, publicUrl = ""): Release {
  const day = row.createdAt.toISOString().slice(0, 10);
  const url = `${publicUrl}${releaseDownloadPath(row.version)}`;
  return {
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    format: row.format,
    fileName: row.fileName,
    bytes: row.bytes,
    sha256: row.sha256,
    counts: row.counts,
    eventsUpdatedThrough: row.eventsUpdatedThrough?.toISOString() ?? null,
    downloadPath: releaseDownloadPath(row.version),
    url,
    citation: `Waqai: an archive of events from Arabic news reports, release ${row.version} (${day}; ${row.counts.event ?? 0} events). ${url}. SHA-256 ${row.sha256}.`,
  };
}

/** Dataset releases: immutable, checksummed snapshots (docs/api.md, "Releases"). Public reads; admins make them. */
export const releasesRouter = router({
  list: publicProcedure
    .meta(rest.list("releases", "Releases", "Every dataset release, newest first: version, date, counts, size and SHA-256"))
    .output(ReleaseList)
    .query(async ({ ctx }) => ({ items: (await listReleases(ctx.db)).map((r) => releaseOut(r, ctx.publicUrl)) })),
  byVersion: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/releases/{version}",
        tags: ["Releases"],
        summary: "One dataset release: its counts, size, SHA-256, download path and a suggested citation",
        description:
          'A release never changes once made: the same version always names the same bytes (`sha256`), downloadable at `download` with an immutable Cache-Control. `citation` is a suggested reference for a paper (docs/api.md, "Releases").',
        protect: false,
        errorResponses: { 400: "Bad input: `fieldErrors` names the field", 404: "No release with this version" },
      },
    })
    .input(ReleaseByVersionInput)
    .output(Release)
    .query(async ({ ctx, input }) => releaseOut(found("release", input.version, await getRelease(ctx.db, input.version)), ctx.publicUrl)),
  /** Admins (signed in, never through a token): write the published archive as a new release. */
  create: adminProcedure
    .input(CreateReleaseInput)
    .output(Release)
    .mutation(async ({ ctx, input }) => {
      if (!ctx.releasesDir)
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message: ctx.locale === "ar" ? "لا مجلد للإصدارات في هذا الخادم." : "This server has no releases folder.",
        });
      try {
        return releaseOut(await createRelease(ctx.db, { dir: ctx.releasesDir, version: input.version, createdBy: ctx.user?.id ?? null }), ctx.publicUrl);
      } catch (err) {
        if (err instanceof ReleaseExistsError)
          throw new TRPCError({
            code: "CONFLICT",
            message:
              ctx.locale === "ar" ? `الإصدار ${err.version} موجود؛ لا يُستبدل إصدار أبداً.` : `Release ${err.version} exists; a release is never overwritten.`,
            cause: err,
          });
        throw err;
      }
    }),
});
