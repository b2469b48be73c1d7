package org.diplograph.extract.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Grammatical gender of a person's name, for "he"/"she": from an honorific (Mr., Mrs., Ms.) or the first name,
 * looked up in CoreNLP's lists of common male and female first names. Unknown names fit either pronoun.
 */
final class Genders {
    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Pattern MALE_TITLE = Pattern.compile("\\b(?:Mr|Sir|Lord|King|Prince)\\b\\.?");
    private static final Pattern FEMALE_TITLE = Pattern.compile("\\b(?:Mrs|Ms|Miss|Madam|Lady|Queen|Princess|Dame)\\b\\.?");
    private static final Set<String> MALE = load("edu/stanford/nlp/models/gender/male_first_names.txt");
    private static final Set<String> FEMALE = load("edu/stanford/nlp/models/gender/female_first_names.txt");

    private Genders() {
    }

    /** Gender of a person from their name and the words of their mentions. */
    static Gender of(String name, Iterable<String> mentions) {
        for (String mention : mentions) {
            if (MALE_TITLE.matcher(mention).find())
                return Gender.MALE;
            if (FEMALE_TITLE.matcher(mention).find())
                return Gender.FEMALE;
        }
        String first = name.strip().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
        boolean male = MALE.contains(first), female = FEMALE.contains(first);
        return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
    }

    /** Can {@code pronoun} refer to someone of {@code gender}? */
    static boolean fits(String pronoun, Gender gender) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("he") || p.equals("him"))
            return gender != Gender.FEMALE;
        if (p.equals("she") || p.equals("her"))
            return gender != Gender.MALE;
        return true;
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = Genders.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                return names; // models jar without the lists: every name is of unknown gender
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine())
                if (!line.isBlank())
                    names.add(line.strip().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
