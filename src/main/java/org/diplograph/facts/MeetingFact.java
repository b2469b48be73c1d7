package org.diplograph.facts;

import java.util.List;

/**
 * A meeting, visit, talks, summit or call between officials or delegations.
 *
 * @param date        TIMEX value ("2018-03-14", "2018-04"), or null when the text gives none
 * @param placeName   city or country name, or null
 * @param placeIso2   country of the place, or null
 * @param mode        {@code visit}, {@code host}, {@code meeting}, {@code summit}, {@code call}, {@code talks}
 * @param status      {@code occurred}, {@code planned}, {@code hypothetical}, {@code negated}
 */
public record MeetingFact(String key, List<Participant> participants, String date, String placeName,
                          String placeIso2, String mode, String status, Provenance provenance) {
    public MeetingFact {
        participants = List.copyOf(participants);
    }
}
