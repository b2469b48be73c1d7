package org.diplograph.rdf;

import org.apache.jena.rdf.model.Resource;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PloverType;
import org.diplograph.rdf.vocabulary.DG;

/**
 * The vocabulary term of each typed value of the facts: one {@link DG} constant per enum constant. The switches
 * have no default, so a new constant that is not given its term does not compile.
 */
public final class FactTerms {
    private FactTerms() {
    }

    /** The concept of {@code dg:MeetingModes}. */
    public static Resource of(MeetingMode mode) {
        return switch (mode) {
            case VISIT -> DG.mode_visit;
            case HOST -> DG.mode_host;
            case MEETING -> DG.mode_meeting;
            case SUMMIT -> DG.mode_summit;
            case CALL -> DG.mode_call;
            case TALKS -> DG.mode_talks;
        };
    }

    /** The concept of {@code dg:Statuses}. */
    public static Resource of(MeetingStatus status) {
        return switch (status) {
            case OCCURRED -> DG.status_occurred;
            case PLANNED -> DG.status_planned;
            case HYPOTHETICAL -> DG.status_hypothetical;
            case NEGATED -> DG.status_negated;
        };
    }

    /** The concept of {@code dg:PloverEventTypes}. */
    public static Resource of(PloverType type) {
        return switch (type) {
            case AGREE -> DG.AGREE;
            case CONSULT -> DG.CONSULT;
            case SUPPORT -> DG.SUPPORT;
            case CONCEDE -> DG.CONCEDE;
            case COOPERATE -> DG.COOPERATE;
            case AID -> DG.AID;
            case RETREAT -> DG.RETREAT;
            case INVESTIGATE -> DG.INVESTIGATE;
            case DEMAND -> DG.DEMAND;
            case DISAPPROVE -> DG.DISAPPROVE;
            case REJECT -> DG.REJECT;
            case THREATEN -> DG.THREATEN;
            case PROTEST -> DG.PROTEST;
            case MOBILIZE -> DG.MOBILIZE;
            case SANCTION -> DG.SANCTION;
            case COERCE -> DG.COERCE;
            case ASSAULT -> DG.ASSAULT;
            case FIGHT -> DG.FIGHT;
        };
    }

    /** The class an organization of this kind has beside {@code org:Organization}, or null for {@code OTHER}. */
    public static Resource classOf(OrganizationKind kind) {
        return switch (kind) {
            case STATE_BODY -> DG.StateBody;
            case INTERGOVERNMENTAL -> DG.IntergovernmentalOrganization;
            case OTHER -> null;
        };
    }
}
