import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACTOR_KINDS,
  API_TOKEN_SCOPES,
  Attribution,
  AUDIT_ACTIONS,
  CITATION_ROLES,
  CITATION_TARGET_KINDS,
  CivilianTargeting,
  Confidence,
  DateBasis,
  DisputeKind,
  DisputeStatus,
  EditorialStatus,
  EVENT_TYPES,
  EventRelationType,
  Grading,
  IssueLinkRelation,
  IssueStatus,
  IssueType,
  Language,
  LocationPrecision,
  Modality,
  OutletKind,
  ParticipantRole,
  PENDING_STATES,
  PLACE_FEATURES,
  PositionBasis,
  PublicationBasis,
  QUANTITY_KINDS,
  REVIEW_ACTIONS,
  ROLES,
  SEARCH_KINDS,
  Side,
  Stance,
  SUGGESTION_DECISIONS,
  TimePrecision,
  WEAPONS,
  Voice,
  ConflictPartyRole,
  ConflictSide,
  ConflictStatus,
  Incompatibility,
  ConflictType,
  EventPlaceRole,
  WindowBasis,
} from "@waqai/schema";
import { OUTBOX_TOPICS } from "../src/tables";
import { openTestDb, type TestDb } from "./test-db";

// The database keeps its own copy of every enumeration, in the CHECKs its migrations wrote. Here the migrated
// database (PGlite, or PostgreSQL with TEST_DATABASE_URL) is read back and each list compared with the schema's
// tuple, so a value added to the schema without a migration (or the reverse) fails here, not in production.

const STATUS = EditorialStatus.options;
const EXPECTED: Record<string, readonly string[]> = {
  actors_kind_check: ACTOR_KINDS,
  actors_status_check: STATUS,
  api_tokens_scopes_check: API_TOKEN_SCOPES,
  audit_log_action_check: AUDIT_ACTIONS,
  citations_role_check: CITATION_ROLES,
  citations_target_kind_check: CITATION_TARGET_KINDS,
  claims_confidence_check: Confidence.options,
  claims_modality_check: Modality.options,
  claims_status_check: STATUS,
  claims_voice_check: Voice.options,
  conflict_parties_role_check: ConflictPartyRole.options,
  conflict_parties_side_check: ConflictSide.options,
  conflicts_conflict_status_check: ConflictStatus.options,
  conflicts_incompatibility_check: Incompatibility.options,
  conflicts_status_check: STATUS,
  conflicts_type_check: ConflictType.options,
  event_places_role_check: EventPlaceRole.options,
  dispute_issues_issue_status_check: IssueStatus.options,
  dispute_issues_status_check: STATUS,
  dispute_issues_type_check: IssueType.options,
  dispute_parties_side_check: Side.options,
  disputes_dispute_status_check: DisputeStatus.options,
  disputes_kind_check: DisputeKind.options,
  disputes_status_check: STATUS,
  documents_basis_check: PublicationBasis.options,
  documents_precision_check: TimePrecision.options,
  documents_status_check: STATUS,
  event_issue_links_relation_check: IssueLinkRelation.options,
  event_participants_attribution_check: Attribution.options,
  event_participants_role_check: ParticipantRole.options,
  event_quantities_kind_check: QUANTITY_KINDS,
  event_relations_type_check: EventRelationType.options,
  events_basis_check: DateBasis.options,
  events_civilian_targeting_check: CivilianTargeting.options,
  events_grading_check: Grading.options,
  events_location_precision_check: LocationPrecision.options,
  events_precision_check: TimePrecision.options,
  events_status_check: STATUS,
  events_window_basis_check: WindowBasis.options,
  events_type_check: EVENT_TYPES,
  events_weapons_check: WEAPONS,
  outbox_topic_check: OUTBOX_TOPICS,
  outlets_kind_check: OutletKind.options,
  pending_changes_state_check: PENDING_STATES,
  places_feature_check: PLACE_FEATURES,
  places_status_check: STATUS,
  positions_basis_check: PositionBasis.options,
  positions_stance_check: Stance.options,
  positions_status_check: STATUS,
  review_comments_action_check: REVIEW_ACTIONS,
  search_entries_kind_check: SEARCH_KINDS,
  search_entries_status_check: STATUS,
  suggestion_decisions_decision_check: SUGGESTION_DECISIONS,
  users_locale_check: Language.options,
  users_role_check: ROLES,
};

let tdb: TestDb;
beforeAll(async () => {
  tdb = await openTestDb();
});
afterAll(async () => tdb?.dispose());

/** Every CHECK of the public schema that lists values (`= ANY (ARRAY[...])` or `<@ ARRAY[...]`), with the values in order. */
async function valueLists(): Promise<Map<string, string[]>> {
  const rows = await tdb.rawQuery<{ name: string; def: string }>(
    `select c.conname as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'c' and n.nspname = 'public' order by 1`,
  );
  const lists = new Map<string, string[]>();
  for (const { name, def } of rows) {
    const array = /ARRAY\[(.*?)\]/.exec(def);
    if (!array) continue;
    lists.set(
      name,
      [...array[1]!.matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => m[1]!.replaceAll("''", "'")),
    );
  }
  return lists;
}

describe("the database's enumerations are the schema's", () => {
  it("every value list in a CHECK equals the schema's tuple, in order", async () => {
    const lists = await valueLists();
    const mismatches = Object.entries(EXPECTED)
      .filter(([name, values]) => JSON.stringify(lists.get(name)) !== JSON.stringify([...values]))
      .map(([name, values]) => ({ name, database: lists.get(name) ?? "(no such CHECK)", schema: values }));
    expect(mismatches).toEqual([]);
  });

  it("no CHECK lists values the schema does not name", async () => {
    const unknown = [...(await valueLists()).keys()].filter((name) => !(name in EXPECTED));
    expect(unknown).toEqual([]);
  });

  it("a value missing from a CHECK is seen (the comparison can fail)", async () => {
    await tdb.rawQuery(`alter table outlets drop constraint outlets_kind_check`);
    await tdb.rawQuery(`alter table outlets add constraint outlets_kind_check check (kind in ('newspaper', 'website'))`);
    try {
      expect((await valueLists()).get("outlets_kind_check")).toEqual(["newspaper", "website"]);
      expect((await valueLists()).get("outlets_kind_check")).not.toEqual([...OutletKind.options]);
    } finally {
      await tdb.rawQuery(`alter table outlets drop constraint outlets_kind_check`);
      await tdb.rawQuery(`alter table outlets add constraint outlets_kind_check check (kind in (${OutletKind.options.map((k) => `'${k}'`).join(", ")}))`);
    }
  });
});
