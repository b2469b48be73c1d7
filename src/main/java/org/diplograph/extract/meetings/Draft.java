package org.diplograph.extract.meetings;

import java.util.List;

import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.MeetingMode;
import org.diplograph.facts.MeetingStatus;

/**
 * A meeting as reported in one sentence, before dates, places and keys are settled across the article.
 *
 * @param place     the place named for it in the sentence, or null
 * @param placeIso2 the country of that place, or null
 */
record Draft(Sentence sentence, Trigger trigger, List<Party> parties, MeetingMode mode, MeetingStatus status, String date,
             boolean dateInherited, String place, String placeIso2, double confidence) {
    Draft with(String newDate, boolean inherited, String newPlace, String newPlaceIso2) {
        return new Draft(sentence, trigger, parties, mode, status, newDate, inherited, newPlace, newPlaceIso2,
                confidence);
    }

    Draft withMode(MeetingMode newMode) {
        return new Draft(sentence, trigger, parties, newMode, status, date, dateInherited, place, placeIso2,
                confidence);
    }

    Draft withStatus(MeetingStatus newStatus) {
        return new Draft(sentence, trigger, parties, mode, newStatus, date, dateInherited, place, placeIso2,
                confidence);
    }

    Draft withParties(List<Party> newParties) {
        return new Draft(sentence, trigger, List.copyOf(newParties), mode, status, date, dateInherited, place, placeIso2,
                confidence);
    }

    boolean hasPerson(String personKey) {
        return parties.stream().anyMatch(p -> personKey.equals(p.actor().personKey()));
    }
}
