package org.diplograph.facts;

/**
 * The 18 event types of PLOVER (the successor of CAMEO), the types of {@link RelationFact}s; their quad class and
 * intensity are in {@code ontology/diplograph.ttl} ({@code dg:PloverEventTypes}). Listed from verbal cooperation
 * to material conflict, as there.
 */
public enum PloverType {
    AGREE, CONSULT, SUPPORT,
    CONCEDE, COOPERATE, AID, RETREAT,
    INVESTIGATE, DEMAND, DISAPPROVE, REJECT, THREATEN,
    PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT, FIGHT
}
