import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../src/client";
import * as t from "../src/tables";
import { sortKeyOf, windowColumns } from "../src/mapping/events";

const uid = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

/** Rows built by tests for themselves, so no test depends on what another left behind. */
export async function makeDocument(db: Db, over: Partial<typeof t.documents.$inferInsert> = {}) {
  const text = over.text ?? "سقط عشرات القتلى والجرحى أمس في غارات جوية على مدينة دارة عزة.";
  const row = {
    id: uid("doc"),
    language: "ar",
    text,
    textHash: createHash("sha256").update(text).digest("hex"),
    length: text.length,
    publishedDate: "2017-04-23",
    publishedPrecision: "day",
    publishedBasis: "stated",
    status: "published" as const,
    ...over,
  };
  await db.insert(t.documents).values(row);
  return row;
}

export async function makePlace(db: Db, over: Partial<typeof t.places.$inferInsert> = {}) {
  const row = { id: uid("pl"), nameAr: "دارة عزة", nameEn: "Darat Izza", feature: "town", lat: 36.2828, lon: 36.8519, status: "published" as const, ...over };
  await db.insert(t.places).values(row);
  return row;
}

export async function makeActor(db: Db, over: Partial<typeof t.actors.$inferInsert> = {}) {
  const row = { id: uid("act"), nameAr: "روسيا", nameEn: "Russia", kind: "state", status: "published" as const, ...over };
  await db.insert(t.actors).values(row);
  return row;
}

export async function makeEvent(db: Db, over: Partial<typeof t.events.$inferInsert> = {}) {
  const row = {
    id: uid("ev"),
    type: "air_strike",
    titleAr: "غارات جوية",
    timePrecision: over.dateStart ? "day" : "unknown",
    timeBasis: over.dateStart ? "stated" : "unknown",
    locationPrecision: "exact",
    grading: "weak",
    clarity: "high",
    status: "published" as const,
    ...over,
  };
  const sortKey = sortKeyOf(row.dateStart ?? undefined);
  // The window the date states, as every write path stores it (unless the caller gives its own).
  const window = windowColumns({
    start: row.timePrecision === "unknown" ? undefined : (row.dateStart ?? undefined),
    end: row.dateEnd ?? undefined,
    earliest: row.dateEarliest ?? undefined,
    latest: row.dateLatest ?? undefined,
    windowBasis: (row.windowBasis ?? undefined) as never,
  });
  await db.insert(t.events).values({ ...window, ...row, sortKey });
  return { ...window, ...row, sortKey };
}
