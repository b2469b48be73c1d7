package org.diplograph.facts;

import java.util.List;

/**
 * A meeting, visit, talks, summit or call between officials or delegations.
 *
 * @param date        TIMEX value ("2018-03-14", "2018-04"), or null when the text gives none
 * @param placeName   city or country name, or null
 * @param placeIso2   country of the place, or null
 * @param mode        visit, host, meeting, summit, call or talks
 * @param status      occurred, planned, hypothetical or negated
 */
public record MeetingFact(String key, List<Participant> participants, String date, String placeName,
                          String placeIso2, MeetingMode mode, MeetingStatus status, Provenance provenance) {
    public MeetingFact {
        participants = List.copyOf(participants);
    }
}
