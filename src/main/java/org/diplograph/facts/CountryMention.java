package org.diplograph.facts;

/**
 * A country named in the text, by name, short form, demonym ("Russian delegation") or capital standing for its
 * government ("Moscow and Islamabad").
 *
 * @param iso2 ISO 3166-1 alpha-2 code of the country meant
 * @param form how it was named: {@code name}, {@code alias}, {@code demonym}, {@code capital}, {@code anaphor}
 */
public record CountryMention(String iso2, String form, Provenance provenance) {
    public Span span() {
        return provenance.evidence();
    }
}
