package org.diplograph.facts;

/**
 * "As of the article's date, the person holds {@code title} for {@code countryIso2} (or {@code organization})".
 *
 * @param countryIso2  the country the post is for, or null
 * @param organization the organization the post is in ("RosoboronExport", "Caribbean Community"), or null
 */
public record PostFact(String title, String countryIso2, String organization, Provenance provenance) {
}
