package org.diplograph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gender a name or honorific says, where it says one: "Mrs", "Ms" and "Sandra" are female, "Mr" and "Marco"
 * male, "Kamla" unknown here. First names come from the name list CoreNLP's coreference ships in its models
 * ({@code namegender.combine.txt}, about 14,600 names). Used only to keep apart what cannot be one person.
 */
public final class NameGenders {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "ms", "miss", "madam", "madame", "lady", "dame");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord");
    private static volatile Map<String, Gender> names;

    private NameGenders() {
    }

    /** The gender of a person's name as written, honorific first ("Mrs Howard"), else the first name. */
    public static Gender of(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty())
            return Gender.UNKNOWN;
        String first = words[0].toLowerCase(Locale.ROOT).replace(".", "");
        if (FEMALE_HONORIFICS.contains(first))
            return Gender.FEMALE;
        if (MALE_HONORIFICS.contains(first))
            return Gender.MALE;
        return words.length > 1 ? names().getOrDefault(first, Gender.UNKNOWN) : Gender.UNKNOWN;
    }

    public static boolean compatible(Gender a, Gender b) {
        return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
    }

    private static Map<String, Gender> names() {
        if (names == null) {
            synchronized (NameGenders.class) {
                if (names == null)
                    names = load();
            }
        }
        return names;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> m = new HashMap<>();
        try (InputStream in = NameGenders.class.getResourceAsStream(RESOURCE)) {
            if (in == null)
                return m; // without the list, only honorifics tell
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split("\t");
                if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE")))
                    m.put(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
