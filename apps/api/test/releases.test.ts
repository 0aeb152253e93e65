/**
 * Releases over HTTP: an admin (signed in) makes one through tRPC; anyone lists it and reads it over REST;
 * the download is the recorded bytes (their SHA-256 is the recorded one), immutable, with the checksum as
 * ETag (304 on If-None-Match); the same version again is 409 and changes nothing; no one else may make one.
 */
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Release } from "@waqai/schema";
import { ADMIN_ORIGIN, firstStartPassword, signIn, type Session } from "./admin-session";
import { freshApiDatabase, spawnApi, type ApiDatabase, type ApiProcess } from "./process";

let database: ApiDatabase;
let api: ApiProcess;
let admin: Session;
beforeAll(async () => {
  database = await freshApiDatabase();
  api = await spawnApi({ ...database.env, WAQAI_TRUSTED_ORIGINS: ADMIN_ORIGIN });
  admin = await signIn(api, "admin@waqai.local", firstStartPassword(api));
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await database?.dispose();
});

const en = { "accept-language": "en" };

describe("releases over HTTP", () => {
  it("an admin makes one; REST lists it, describes it and serves its exact bytes, immutable", async () => {
    const made = await admin.mutate<Release>("releases.create", { version: "1.0.0" });
    expect(made.version).toBe("1.0.0");
    expect(made.url).toBe(`${api.url}/api/v1/releases/1.0.0/download`);
    expect(made.citation).toContain(made.sha256);
    expect(made.citation).toContain(made.url);

    const list = await fetch(`${api.url}/api/v1/releases`, { headers: en });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: Release[] }).items).toEqual([made]);
    const one = await fetch(`${api.url}/api/v1/releases/1.0.0`, { headers: en });
    expect(await one.json()).toEqual(made);

    const res = await fetch(`${api.url}${made.downloadPath}`, { headers: { "accept-encoding": "gzip, br" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("etag")).toBe(`"${made.sha256}"`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(made.bytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(made.sha256);
    const last = JSON.parse(gunzipSync(bytes).toString("utf8").trimEnd().split("\n").at(-1)!) as { counts: Record<string, number> };
    expect(last.counts).toEqual(made.counts);
    expect(made.counts.event).toBeGreaterThan(0);

    const again = await fetch(`${api.url}${made.downloadPath}`, { headers: { "if-none-match": `"${made.sha256}"` } });
    expect(again.status).toBe(304);
  });

  it("a version is never made twice, and only an admin's session makes one", async () => {
    const before: unknown = await (await fetch(`${api.url}/api/v1/releases/1.0.0`)).json();
    const res = await fetch(`${api.url}/trpc/releases.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin.cookie, origin: ADMIN_ORIGIN, ...en },
      body: JSON.stringify({ version: "1.0.0" }),
    });
    expect(res.status).toBe(409);
    expect(await (await fetch(`${api.url}/api/v1/releases/1.0.0`)).json()).toEqual(before);

    const anonymous = await fetch(`${api.url}/trpc/releases.create`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ADMIN_ORIGIN },
      body: JSON.stringify({}),
    });
    expect(anonymous.status).toBe(401);
    // A date-based version when none is given.
    const dated = await admin.mutate<Release>("releases.create", {});
    expect(dated.version).toMatch(/^\d{4}\.\d{2}\.\d{2}-1$/);
  });

  it("unknown and malformed versions: 404 and 400 in the REST error shape", async () => {
    const missing = await fetch(`${api.url}/api/v1/releases/9.9.9/download`, { headers: en });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe("NOT_FOUND");
    expect((await fetch(`${api.url}/api/v1/releases/9.9.9`, { headers: en })).status).toBe(404);
    const bad = await fetch(`${api.url}/api/v1/releases/latest/download`, { headers: en });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { fieldErrors: Record<string, string> }).fieldErrors)).toEqual(["version"]);
    const badMeta = await fetch(`${api.url}/api/v1/releases/latest`, { headers: en });
    expect(badMeta.status).toBe(400);
  });
});
