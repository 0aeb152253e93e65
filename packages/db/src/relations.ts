import { relations } from "drizzle-orm";
import {
  actors,
  citations,
  claims,
  disputeIssues,
  disputeParties,
  disputes,
  documents,
  eventIssueLinks,
  eventParticipants,
  eventQuantities,
  eventRelations,
  events,
  outlets,
  places,
  positions,
} from "./tables";

export const outletRelations = relations(outlets, ({ many }) => ({ documents: many(documents) }));
export const documentRelations = relations(documents, ({ one, many }) => ({
  outlet: one(outlets, { fields: [documents.outletId], references: [outlets.id] }),
  citations: many(citations, { relationName: "document_citations" }),
  claims: many(claims),
}));
export const actorRelations = relations(actors, ({ one, many }) => ({
  parent: one(actors, { fields: [actors.parentId], references: [actors.id], relationName: "actor_parent" }),
  children: many(actors, { relationName: "actor_parent" }),
  participations: many(eventParticipants),
}));
export const placeRelations = relations(places, ({ one, many }) => ({
  parent: one(places, { fields: [places.parentId], references: [places.id], relationName: "place_parent" }),
  children: many(places, { relationName: "place_parent" }),
  events: many(events),
}));
export const eventRelationsDef = relations(events, ({ one, many }) => ({
  place: one(places, { fields: [events.placeId], references: [places.id] }),
  participants: many(eventParticipants),
  quantities: many(eventQuantities),
  relations: many(eventRelations, { relationName: "event_relations_from" }),
  citations: many(citations),
  claims: many(claims),
  issueLinks: many(eventIssueLinks),
}));
export const participantRelations = relations(eventParticipants, ({ one }) => ({
  event: one(events, { fields: [eventParticipants.eventId], references: [events.id] }),
  actor: one(actors, { fields: [eventParticipants.actorId], references: [actors.id] }),
}));
export const quantityRelations = relations(eventQuantities, ({ one }) => ({
  event: one(events, { fields: [eventQuantities.eventId], references: [events.id] }),
}));
export const eventRelationRelations = relations(eventRelations, ({ one }) => ({
  event: one(events, { fields: [eventRelations.eventId], references: [events.id], relationName: "event_relations_from" }),
}));
export const claimRelations = relations(claims, ({ one }) => ({
  document: one(documents, { fields: [claims.documentId], references: [documents.id] }),
  claimant: one(actors, { fields: [claims.claimantId], references: [actors.id] }),
  event: one(events, { fields: [claims.eventId], references: [events.id] }),
}));
export const disputeRelations = relations(disputes, ({ many }) => ({
  parties: many(disputeParties),
  issues: many(disputeIssues),
  eventLinks: many(eventIssueLinks),
}));
export const disputePartyRelations = relations(disputeParties, ({ one }) => ({
  dispute: one(disputes, { fields: [disputeParties.disputeId], references: [disputes.id] }),
  actor: one(actors, { fields: [disputeParties.actorId], references: [actors.id] }),
}));
export const issueRelations = relations(disputeIssues, ({ one, many }) => ({
  dispute: one(disputes, { fields: [disputeIssues.disputeId], references: [disputes.id] }),
  positions: many(positions),
}));
export const positionRelations = relations(positions, ({ one }) => ({
  issue: one(disputeIssues, { fields: [positions.issueId], references: [disputeIssues.id] }),
  actor: one(actors, { fields: [positions.actorId], references: [actors.id] }),
}));
export const eventIssueLinkRelations = relations(eventIssueLinks, ({ one }) => ({
  event: one(events, { fields: [eventIssueLinks.eventId], references: [events.id] }),
  dispute: one(disputes, { fields: [eventIssueLinks.disputeId], references: [disputes.id] }),
  issue: one(disputeIssues, { fields: [eventIssueLinks.issueId], references: [disputeIssues.id] }),
}));
export const citationRelations = relations(citations, ({ one }) => ({
  document: one(documents, { fields: [citations.documentId], references: [documents.id], relationName: "document_citations" }),
  event: one(events, { fields: [citations.eventId], references: [events.id] }),
}));
