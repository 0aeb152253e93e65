import { z } from "zod";
import { Id, Language, PartialDate } from "../domain/common";
import { CitationRole } from "../domain/sources";

/** Paste or upload: text as given, or a file's bytes (base64) whose encoding is detected on the server. */
export const ImportDocumentInput = z
  .object({
    titleAr: z.string().trim().min(1).max(500),
    titleEn: z.string().trim().min(1).max(500).optional(),
    url: z.url().optional(),
    outletId: Id.optional(),
    publishedDate: PartialDate.optional(),
    language: Language.default("ar"),
    text: z.string().min(1).max(500_000).optional(),
    fileBase64: z.string().min(1).max(2_000_000).optional(),
    fileName: z.string().max(200).optional(),
  })
  .refine((i) => !!i.text !== !!i.fileBase64, { path: ["text"], message: "paste the text or upload a file (one of the two)" });

export const ImportResult = z.object({
  id: Id,
  version: z.number().int(),
  textHash: z.string(),
  length: z.number().int(),
  encoding: z.enum(["utf-8", "windows-1256", "text"]),
});

export const SPAN_TARGET_KINDS = ["event", "claim", "quantity", "place", "actor", "date"] as const;
/** A "date" citation supports the event's time: stored as role "date" on the event. */
export const SpanTargetKind = z.enum(SPAN_TARGET_KINDS);

export const CiteSpanInput = z.object({
  documentId: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  snap: z.enum(["grapheme", "word"]).default("grapheme"),
  target: z.object({ kind: SpanTargetKind, id: Id }),
  role: CitationRole.optional(),
});
export const CitedSpan = z.object({
  id: Id,
  documentId: Id,
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  documentHash: z.string(),
  role: CitationRole,
  targetKind: z.string(),
  targetId: Id,
});

export const EditorDocument = z.object({
  id: Id,
  title: z.string().nullable(),
  text: z.string(),
  textHash: z.string(),
  status: z.string(),
  version: z.number().int(),
  publishedDate: z.string().nullable(),
  /** Each span with the name of what it supports, and the event it belongs to (an event's, or its figure's). */
  spans: z.array(CitedSpan.extend({ targetLabel: z.string().nullable(), eventId: z.string().nullable() })),
});

export const Suggestion = z.object({
  kind: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  label: z.string(),
});
export const SuggestionsOutput = z.object({ available: z.boolean(), items: z.array(Suggestion) });
