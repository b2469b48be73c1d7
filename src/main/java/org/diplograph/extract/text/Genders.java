package org.diplograph.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.facts.Span;

/**
 * The gender a person's name says, where it says one, for "he" and "she" and for keeping apart what cannot be one
 * person ("Mrs Howard" is not Michael Howard). An honorific in or right before a mention decides ("Mrs", "Mr.",
 * "Queen"); else the first name of a name of two words or more, from the list CoreNLP's coreference ships
 * ({@code dcoref/namegender.combine.txt}, about 14,600 first names), except where CoreNLP's two short lists of common
 * first names ({@code gender/male_first_names.txt}, {@code female_first_names.txt}) say the other gender or both:
 * such names ("Robin", "Kelly", "Jamie") are of either. Unknown fits every pronoun.
 */
public final class Genders {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir", "lord", "king", "prince");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "ms", "miss", "madam", "madame", "lady",
            "dame", "queen", "princess");
    private static volatile Map<String, Gender> names;

    private Genders() {
    }

    /** The gender an honorific says ("Mrs", "Mr."), else UNKNOWN. */
    public static Gender ofHonorific(String word) {
        if (word == null)
            return Gender.UNKNOWN;
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return FEMALE_HONORIFICS.contains(w) ? Gender.FEMALE : MALE_HONORIFICS.contains(w) ? Gender.MALE
                : Gender.UNKNOWN;
    }

    /** The gender of a name as written: its honorific ("Mrs Howard"), else its first name when it has a surname too. */
    public static Gender ofName(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty())
            return Gender.UNKNOWN;
        Gender honorific = ofHonorific(words[0]);
        if (honorific != Gender.UNKNOWN)
            return honorific;
        return words.length > 1 ? firstNames().getOrDefault(words[0].toLowerCase(Locale.ROOT).replace(".", ""),
                Gender.UNKNOWN) : Gender.UNKNOWN;
    }

    /**
     * The gender of a mention in the article text: an honorific opening it or right before it ("Mrs" is seldom
     * part of the name CoreNLP tags), else UNKNOWN.
     *
     * @param localBegin where the mention begins in {@code articleText}
     */
    public static Gender ofMention(String mention, String articleText, int localBegin) {
        Gender g = ofHonorific(mention.strip().split("\\s+")[0]);
        return g != Gender.UNKNOWN ? g : ofHonorific(NeighbourWords.previousWord(articleText, localBegin));
    }

    /**
     * The gender of a person: what an honorific at one of their mentions says (UNKNOWN if two say different), else
     * what their name says.
     *
     * @param articleOffset where the article text starts in the source document the spans index
     */
    public static Gender ofPerson(String name, List<Span> mentions, String articleText, int articleOffset) {
        Gender said = Gender.UNKNOWN;
        for (Span s : mentions) {
            Gender g = ofMention(s.text(), articleText, s.begin() - articleOffset);
            if (g != Gender.UNKNOWN && said != Gender.UNKNOWN && g != said)
                return Gender.UNKNOWN;
            if (g != Gender.UNKNOWN)
                said = g;
        }
        return said != Gender.UNKNOWN ? said : ofName(name);
    }

    /** MALE for he, him, his; FEMALE for she, her, hers; null for any other word. */
    public static Gender ofPronoun(String pronoun) {
        switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he": case "him": case "his": return Gender.MALE;
            case "she": case "her": case "hers": return Gender.FEMALE;
            default: return null;
        }
    }

    public static boolean compatible(Gender a, Gender b) {
        return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
    }

    private static Map<String, Gender> firstNames() {
        if (names == null) {
            synchronized (Genders.class) {
                if (names == null)
                    names = load();
            }
        }
        return names;
    }

    private static Map<String, Gender> load() {
        Map<String, Gender> m = new HashMap<>();
        for (String line : lines("/edu/stanford/nlp/models/dcoref/namegender.combine.txt")) {
            String[] f = line.split("\t");
            if (f.length == 2 && (f[1].equals("male") || f[1].equals("female")))
                m.put(f[0], Gender.valueOf(f[1].toUpperCase(Locale.ROOT)));
        }
        Set<String> male = new HashSet<>(lines("/edu/stanford/nlp/models/gender/male_first_names.txt"));
        Set<String> female = new HashSet<>(lines("/edu/stanford/nlp/models/gender/female_first_names.txt"));
        for (String n : male)
            m.merge(n, Gender.MALE, (a, b) -> a == b ? a : Gender.UNKNOWN);
        for (String n : female)
            m.merge(n, Gender.FEMALE, (a, b) -> a == b && !male.contains(n) ? a : Gender.UNKNOWN);
        m.values().removeIf(g -> g == Gender.UNKNOWN);
        return m;
    }

    /** The lower-case, non-blank lines of a classpath resource; none when the models jar lacks it. */
    private static List<String> lines(String resource) {
        try (InputStream in = Genders.class.getResourceAsStream(resource)) {
            if (in == null)
                return List.of();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
