package org.diplograph.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Identity keys for the things extraction finds. A key is what makes two mentions, in one article or in two,
 * the same resource: the same key gives the same IRI. Keys are readable slugs, e.g. {@code us/marco-rubio}, except
 * for what has no name to read: an article is its text's {@link #contentHash}.
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

    /** SHA-256 of the text with whitespace runs collapsed, so re-wrapped copies of an article hash alike. */
    public static String contentHash(String text) {
        return sha256(text.strip().replaceAll("\\s+", " "));
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
