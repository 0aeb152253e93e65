import { z } from "zod";
import { BilingualText, Confidence, Editorial, Id, Voice } from "./common";

/** What the claimant does with the proposition (ClaimReview-like), not our rating of it. */
export const Modality = z.enum(["asserted", "reported", "alleged", "denied", "planned", "agreed", "affirmed_support"]);
export type Modality = z.infer<typeof Modality>;

/**
 * Who says what, where. The claimant (an actor, possibly an unnamed group such as «مصادر بالمعارضة»)
 * is kept apart from the outlet that carried it and the document it appeared in.
 */
export const ClaimBase = z
  .object({
    id: Id,
    documentId: Id,
    claimantId: Id,
    outletId: Id.optional(),
    modality: Modality,
    /** Whether the text quotes the claimant, reports it, or the words are someone else's framing of it. */
    voice: Voice.default("reported"),
    confidence: Confidence,
    statement: BilingualText,
    eventId: Id.optional(),
    quantityId: Id.optional(),
    positionId: Id.optional(),
  })
  .refine((c) => c.eventId || c.quantityId || c.positionId, {
    path: ["eventId"],
    message: "a claim must be about an event, a figure or a position",
  });
export const Claim = ClaimBase.and(Editorial);
export type Claim = z.infer<typeof Claim>;
