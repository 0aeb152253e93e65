// @waqai/arabic: the text engine. Pure functions over canonical text; offsets are UTF-16 code
// units of the canonical (NFC) text, as everywhere in Waqai.
export { canonicalize, type Canonical, type RemovedChar } from "./text/canonical";
export { normalize, normalizeForSearch, toCanonicalSpan, foldString, type SearchText } from "./text/normalize";
export { foldVariants, VARIANT_TABLE } from "./text/variants";
export { tokenize, isWordLike, type Token, type TokenKind } from "./text/tokens";
export { lightStem, stemPrefix, stemSuffix, STEM_PREFIXES, STEM_SUFFIXES } from "./text/stemmer";
export { searchKeys, stemKey, tokensMatch } from "./text/search-keys";
export { splitSentences, type Segment, type SegmentKind } from "./text/sentences";
export { snapToGraphemes, snapToWords, quoteSelector, reanchor, type Span, type QuoteSelector, type Reanchored } from "./text/spans";
export { numberAt, digitsValue } from "./text/numbers";
export { resolveDateExpressions, resolveWeekday, type DateExpression, type Publication } from "./dates/resolve";
export { matchGazetteer, type PlaceMention } from "./lexicon/gazetteer";
export { matchActors, type ActorMention, type ActorMatchOptions } from "./lexicon/actors";
export { PLACES, PLACES_BY_ID, ACTORS, ACTORS_BY_ID, placeAncestors, placesNest, type PlaceEntry, type ActorEntry } from "./lexicon/data";
export type { LexiconMention } from "./lexicon/matcher";
export { extractEvents, type ExtractOptions } from "./extract/events";
export { compatibleTypes } from "./extract/merge";
export type { CandidateEvent, CandidateActor, CandidatePlace, CandidateDate, TextSpan } from "./extract/types";
export type { Figure, FigureKind } from "./extract/figures";
export type { AttributionCue } from "./extract/attribution";
export { findFigures } from "./extract/figures";
export { findTriggers, type Trigger } from "./extract/triggers";
