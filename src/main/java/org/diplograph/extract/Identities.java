package org.diplograph.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identity keys for the things extraction finds. A key is what makes two mentions, in one article or in two,
 * the same resource: the same key gives the same IRI. Keys are readable slugs, e.g. {@code us/marco-rubio}.
 */
public final class Identities {
    private Identities() {
    }

    /** A person is their name plus the country they act for, when known: two Ahmed Khans of two countries stay two. */
    public static String personKey(String name, String countryIso2) {
        return scoped(countryIso2, slug(name));
    }

    public static String organizationKey(String name, String countryIso2) {
        return scoped(countryIso2, slug(name));
    }

    public static String placeKey(String name, String countryIso2) {
        return scoped(countryIso2, slug(name));
    }

    private static String scoped(String countryIso2, String slug) {
        return countryIso2 == null ? slug : countryIso2.toLowerCase(Locale.ROOT) + "/" + slug;
    }

    /** Lower-case ASCII words joined by '-': "Nicolás Maduro" gives {@code nicolas-maduro}. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : slug;
    }
}
