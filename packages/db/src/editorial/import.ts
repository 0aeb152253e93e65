import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import iconv from "iconv-lite";
import type { Db } from "../client";
import { documents } from "../tables";
import { canonicalText } from "../seed/load";
import { createRecord, type EditorActor } from "./write";

export type SourceEncoding = "utf-8" | "windows-1256" | "text";

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1256, the usual Arabic legacy encoding. */
export function decodeArticle(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "win1256"), encoding: "windows-1256" };
  }
}

export interface ImportArticle {
  titleAr: string;
  titleEn?: string;
  url?: string;
  outletId?: string;
  publishedDate?: string;
  language: "ar" | "en";
  text?: string;
  fileBase64?: string;
  fileName?: string;
  actor: EditorActor;
}

/** Imports an article as a draft document; the same text imported twice returns the first document. */
export async function importArticle(db: Db, { actor, ...input }: ImportArticle) {
  const decoded = input.fileBase64 ? decodeArticle(Buffer.from(input.fileBase64, "base64")) : { text: input.text ?? "", encoding: "text" as const };
  // The same canonical form as the seeds (NFC), so an article imported twice or seeded hashes alike; a BOM is not text.
  const text = canonicalText(decoded.text.replace(/^\uFEFF/, ""));
  if (!text.trim()) throw new EmptyArticleError();
  const textHash = createHash("sha256").update(text).digest("hex");
  const [existing] = await db.select({ id: documents.id, version: documents.version }).from(documents).where(eq(documents.textHash, textHash)).limit(1);
  if (existing) return { ...existing, textHash, length: text.length, encoding: decoded.encoding };
  const precision = input.publishedDate ? (["year", "month", "day"][input.publishedDate.split("-").length - 1] ?? "unknown") : "unknown";
  const { id, version } = await createRecord(db, {
    kind: "document",
    fields: {
      titleAr: input.titleAr,
      titleEn: input.titleEn,
      url: input.url,
      outletId: input.outletId,
      language: input.language,
      sourceFile: input.fileName ?? "pasted",
      text,
      textHash,
      length: text.length,
      publishedDate: input.publishedDate,
      publishedPrecision: precision,
      publishedBasis: input.publishedDate ? "stated" : "unknown",
    },
    actor,
    summary: `Imported (${decoded.encoding})`,
  });
  return { id, version, textHash, length: text.length, encoding: decoded.encoding };
}

export class EmptyArticleError extends Error {
  constructor() {
    super("The article has no text after normalisation");
    this.name = "EmptyArticleError";
  }
}
