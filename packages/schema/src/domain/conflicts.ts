import { z } from "zod";
import { BilingualText, Editorial, Id, PartialDate } from "./common";

/** UCDP's type of conflict (1–4): colonial, between states, within a state, or within a state with foreign troops on a side. */
export const ConflictType = z.enum(["extrasystemic", "interstate", "intrastate", "internationalized_intrastate"]);
/** UCDP's incompatibility (1–3): what the parties fight over. */
export const Incompatibility = z.enum(["territory", "government", "territory_and_government"]);
export const ConflictStatus = z.enum(["active", "inactive", "ended", "unknown"]);
/** A primary party fights in its own name; a secondary one supports a primary party with troops (UCDP side_a_2nd). */
export const ConflictPartyRole = z.enum(["primary", "secondary"]);
export const ConflictSide = z.enum(["a", "b"]);

export const ConflictParty = z.object({ actorId: Id, side: ConflictSide, role: ConflictPartyRole });
export type ConflictParty = z.infer<typeof ConflictParty>;

/** Two opposing primary parties of a conflict (UCDP's dyad): an event of the conflict may name the dyad it is between. */
export const Dyad = z
  .object({
    id: Id,
    sideA: Id,
    sideB: Id,
    title: BilingualText.optional(),
    start: PartialDate.optional(),
    end: PartialDate.optional(),
  })
  .refine((d) => d.sideA !== d.sideB, { path: ["sideB"], message: "a dyad is two different parties" });
export type Dyad = z.infer<typeof Dyad>;

/**
 * An armed conflict in UCDP's sense: a contested incompatibility over government or territory between two
 * sides, at least one a state's government, fought with armed force. Kept apart from a dispute (a
 * disagreement between parties over points, with positions): the Syrian war is a conflict, the US–Russia
 * quarrel over it a dispute. Side a is the government side, as UCDP codes it.
 */
export const ConflictBase = z.object({
  id: Id,
  title: BilingualText,
  summary: BilingualText.optional(),
  type: ConflictType,
  incompatibility: Incompatibility,
  /** What is contested, in words: «الحكم في سورية» (the government of Syria). */
  contested: BilingualText.optional(),
  conflictStatus: ConflictStatus,
  /** ISO 3166-1 alpha-2 codes of the countries it is fought in. */
  countries: z.array(z.string().length(2)).default([]),
  parties: z.array(ConflictParty).min(2),
  dyads: z.array(Dyad).default([]),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
});
export const Conflict = ConflictBase.and(Editorial);
export type Conflict = z.infer<typeof Conflict>;
