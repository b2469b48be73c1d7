package org.diplograph.facts;

/**
 * "As of the article's date, the person holds {@code title} for {@code countryIso2} (or {@code organization})".
 *
 * @param countryIso2  the country the post is for, or null
 * @param organization the organization the post is in ("RosoboronExport", "Caribbean Community"), or null
 * @param start        the first day of the term as the office-holder tables give it ({@code 2021-01-26},
 *                     {@code 2021-01}, {@code 2021}), or null when only the text speaks of the post
 * @param end          the last day of the term likewise, or null (open, or unknown)
 */
public record PostFact(String title, String countryIso2, String organization, Provenance provenance, String start,
                       String end) {
    /** A post the text names, without a term. */
    public PostFact(String title, String countryIso2, String organization, Provenance provenance) {
        this(title, countryIso2, organization, provenance, null, null);
    }
}
