package org.diplograph.facts;

import java.util.List;

/**
 * Who said what: a direct quote or reported speech. {@code provenance.evidence()} is the content span.
 *
 * @param cue       the reporting verb or phrase ("said", "told", "according to")
 * @param cueSpan   where the cue is, or null
 * @param date      TIMEX value of when it was said (the article's date unless the text says otherwise)
 * @param aboutIso2 countries the content is about
 */
public record StatementFact(String key, Speaker speaker, String text, boolean direct, String cue, Span cueSpan,
                            String date, List<String> aboutIso2, Provenance provenance) {
    public StatementFact {
        aboutIso2 = List.copyOf(aboutIso2);
    }
}
