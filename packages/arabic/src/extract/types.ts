// What the extraction assistant proposes: candidate events with every piece pointing at its words.
import type { EventType, WEAPONS } from "@waqai/schema";
import type { DateExpression } from "../dates/resolve";
import type { SegmentKind } from "../text/sentences";
import type { AttributionCue } from "./attribution";
import type { Figure } from "./figures";
import type { TriggerType } from "./lexicon";

/** The schema's weapon enum as a type. */
export type Weapon = (typeof WEAPONS)[number];

export interface TextSpan {
  start: number;
  end: number;
  words: string;
}

export type CandidateRole = "initiator" | "target" | "mediator" | "party" | "victim" | "observer";

export interface CandidateActor extends TextSpan {
  id: string;
  role: CandidateRole;
  confidence: number;
}

export interface CandidatePlace extends TextSpan {
  id: string;
  confidence: number;
  /** Where a movement started or ended, when the text says so. */
  role?: "origin" | "destination";
  inherited?: boolean;
  /** Named in a coordination with another place («الفوعة وكفريا»). */
  coordinated?: boolean;
}

export interface CandidateDate extends DateExpression {
  confidence: number;
  /** Taken from another clause of the same sentence, or from a merged mention. */
  inherited?: boolean;
  /** Why this date, when no words of the event's own gave it (the publication-day default). */
  reason?: string;
}

export interface CandidateEvent {
  type: EventType;
  confidence: number;
  /** The words that name the event (its first mention). */
  trigger: TextSpan;
  /** Every mention merged into this candidate, in text order. */
  mentions: TextSpan[];
  sentence: { start: number; end: number; kind: SegmentKind };
  modality: "asserted" | "planned" | "denied" | "alleged";
  place?: CandidatePlace;
  date?: CandidateDate;
  actors: CandidateActor[];
  figures: Array<Omit<Figure, "firstToken" | "lastToken">>;
  weapons: Array<TextSpan & { weapon: Weapon }>;
  attribution?: AttributionCue;
  /** Actions this event agrees on or proposes («اتفقا على ... فتح تحقيق»): folded in, not separate events. */
  content?: EventType[];
}

/** The working form of a candidate while the extractor assigns and merges. */
export interface Draft {
  type: TriggerType;
  confidence: number;
  first: number;
  last: number;
  trigger: TextSpan;
  mentions: TextSpan[];
  segment: number;
  clause: number;
  definite: boolean;
  framed: boolean;
  irrealis: boolean;
  negated: boolean;
  /** «كما»: the clause announces another event of the same kind. */
  also: boolean;
  /** «بعد/قبل/منذ» before the trigger: its own time, not the sentence's. */
  sequenced: boolean;
  /** Named inside another event's complement («تحقيقها في الحادث ...»): owns only its own clause. */
  embedded: boolean;
  places: CandidatePlace[];
  place?: CandidatePlace;
  placeAnaphora: boolean;
  date?: CandidateDate;
  dateBoundary?: "start" | "end";
  actors: CandidateActor[];
  figures: Figure[];
  weapons: Array<TextSpan & { weapon: Weapon }>;
  attribution?: AttributionCue;
  content: EventType[];
  absorbed: boolean;
}
