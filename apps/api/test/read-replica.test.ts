import { createServer, type Server } from "node:http";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replicaToolsPresent, startReplicaPair } from "../../../scripts/replica.mjs";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";
import { freePort, spawnApi, type ApiProcess } from "./process";

// The public's reads from a PostgreSQL streaming replica (DATABASE_READ_URL), the editors' from the primary. A real
// primary and replica (initdb, pg_basebackup -R; scripts/replica.mjs) under a real API process; the replica's
// replay is paused to hold a lag open: the public does not see the publish yet, its editors do, and the readers
// are not told to re-render until the replica has it. Runs in the PostgreSQL suite (TEST_DATABASE_URL set).

const runs = !!process.env.TEST_DATABASE_URL && replicaToolsPresent();
const SECRET = "read-replica-test-secret-01234567";
let pair: { primaryUrl: string; replicaUrl: string; stop(): void } | undefined;
let replica: pg.Client;
let api: ApiProcess;
let admin: Session;
let editor: Session;
let reader: Server;
const revalidated: string[][] = [];

beforeAll(async () => {
  if (!runs) return;
  pair = startReplicaPair(await freePort(), await freePort());
  replica = new pg.Client({ connectionString: pair.replicaUrl });
  await replica.connect();
  const readerPort = await freePort();
  reader = createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", () => {
      if (req.headers.authorization === `Bearer ${SECRET}`) revalidated.push((JSON.parse(body) as { tags: string[] }).tags);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => reader.listen(readerPort, "127.0.0.1", resolve));
  api = await spawnApi({
    DATABASE_URL: pair.primaryUrl,
    DATABASE_READ_URL: pair.replicaUrl,
    WAQAI_AUTH_SECRET: "read-replica-test-auth-secret-0123456789abcdef",
    WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN,
    WAQAI_ADMIN_EMAIL: "replica.admin@example.org",
    READER_URL: `http://127.0.0.1:${readerPort}`,
    REVALIDATE_SECRET: SECRET,
  });
  admin = await signIn(api, "replica.admin@example.org", firstStartPassword(api));
  await admin.mutate("users.create", { email: "replica.editor@example.org", role: "editor", password: "replica-editor-password-1" });
  editor = await signIn(api, "replica.editor@example.org", "replica-editor-password-1");
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await replica?.end();
  reader?.close();
  pair?.stop();
});

/** events.byId as the public asks it (no cookie): the answer's HTTP status. */
const publicStatus = async (id: string) => (await fetch(`${api.url}/trpc/events.byId?input=${encodeURIComponent(JSON.stringify({ id }))}`)).status;

async function until(what: string, test: () => Promise<boolean> | boolean, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms:\n${api.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!runs)("a read replica for the public", () => {
  it("the public reads the replica, editors the primary; readers are told of a publish only once the replica has it", async () => {
    expect(api.output()).toContain("read replica opened");
    const draft = await editor.mutate<{ id: string; version: number }>("edit.event.create", { type: "air_strike", titleAr: "غارة على سراقب" });
    const submitted = await editor.mutate<{ version: number }>("edit.event.setStatus", { id: draft.id, baseVersion: draft.version, to: "in_review" });

    await replica.query("select pg_wal_replay_pause()"); // a lag that lasts until the test ends it
    await admin.mutate("edit.event.setStatus", { id: draft.id, baseVersion: submitted.version, to: "published" });
    const tagged = () => revalidated.some((tags) => tags.includes(`event:${draft.id}`));

    // The editor who published reads the primary: the record is there. The public reads the paused replica: not yet.
    expect((await admin.query<{ id: string }>("events.byId", { id: draft.id })).id).toBe(draft.id);
    expect(await publicStatus(draft.id)).toBe(404);
    await new Promise((r) => setTimeout(r, 1500));
    expect(tagged(), "no reader was told while the replica lacked the publish").toBe(false);

    await replica.query("select pg_wal_replay_resume()");
    await until("the public sees the publish", async () => (await publicStatus(draft.id)) === 200);
    await until("the reader is told", tagged);
  });
});
