package org.diplograph.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one normal form in which person names are compared, and the few rules of name structure the lookup needs.
 * A name is folded to lower-case words without diacritics, apostrophes or periods ("YEL'TSIN" and "Yeltsin",
 * "Joseph R. Biden, Jr." and "joseph r biden jr" alike); courtesy words before a name (Mr, Dr, Sir, His
 * Excellency) and suffixes after it (Jr., MP, QC) are not part of it. Regnal numbers are ("Charles III").
 */
public final class PersonNames {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame", "hon", "honourable", "honorable", "rt", "right", "excellency", "his", "her",
            "sheikh", "shaikh", "sheik", "shaykh");
    private static final Set<String> SUFFIXES = Set.of("jr", "jnr", "junior", "sr", "snr", "senior", "mp", "qc", "kc",
            "obe", "mbe", "cbe", "kbe", "dbe", "gcmg", "kcmg", "cmg", "gcb", "kcb", "phd", "retd", "esq");

    private PersonNames() {}

    /** The folded form of a name: lower case, no diacritics, apostrophes dropped, other punctuation a space. */
    public static String key(String text) {
        return String.join(" ", tokens(text));
    }

    /** The words of the folded form. */
    public static List<String> tokens(String text) {
        // Most names are ASCII: decompose only the others (the tables hold some 90,000 names).
        String t = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        List<String> words = new ArrayList<>(4);
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\'', '\u2019', '\u2018', '\u02bc', '\u02bb', '`', '\u00b4' -> { }
                case '\u00df' -> b.append("ss");
                case '\u00f8', '\u00d8' -> b.append('o');
                case '\u00e6', '\u00c6' -> b.append("ae");
                case '\u0153', '\u0152' -> b.append("oe");
                case '\u0142', '\u0141' -> b.append('l');
                case '\u0111', '\u0110' -> b.append('d');
                case '\u0131' -> b.append('i');
                case '\u00fe', '\u00de' -> b.append("th");
                default -> {
                    if (Character.getType(c) == Character.NON_SPACING_MARK)
                        continue;   // the accents NFKD took off the letters
                    if (Character.isLetterOrDigit(c)) {
                        b.append(Character.toLowerCase(c));
                    } else if (!b.isEmpty()) {
                        words.add(b.toString());
                        b.setLength(0);
                    }
                }
            }
        }
        if (!b.isEmpty())
            words.add(b.toString());
        return words;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 0x80)
                return false;
        return true;
    }

    /**
     * The words of a name as a person is named in text: folded, without the courtesy words before it and the
     * suffixes after it ("H.E. Mr Joseph R. Biden, Jr." gives joseph, r, biden).
     */
    public static List<String> core(String text) {
        List<String> t = new ArrayList<>(tokens(text));
        while (true) {
            if (t.size() > 2 && t.get(0).equals("h") && t.get(1).equals("e"))   // H.E.
                t.subList(0, 2).clear();
            else if (t.size() > 1 && HONORIFICS.contains(t.get(0)))
                t.remove(0);
            else
                break;
        }
        while (t.size() > 1 && SUFFIXES.contains(t.get(t.size() - 1)))
            t.remove(t.size() - 1);
        return List.copyOf(t);
    }

    /** Whether a folded word is a suffix such as jr or mp. */
    public static boolean isSuffix(String word) {
        return SUFFIXES.contains(word);
    }

    /**
     * A word the sources print in capitals, in the case it is written in text: "BLAIR" → "Blair", "O'NEAL" →
     * "O'Neal", "HOSEINI-KHAMENEI" → "Hoseini-Khamenei", "MCCAIN" → "McCain". Words with a lower-case letter are
     * kept as they are.
     */
    public static String displayCase(String word) {
        if (!word.equals(word.toUpperCase(Locale.ROOT)) || word.chars().noneMatch(Character::isLetter)
                || word.matches("(\\p{L}\\.)+"))   // initials: "J.R."
            return word;
        StringBuilder b = new StringBuilder(word.length());
        boolean upper = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(upper ? c : Character.toLowerCase(c));
            // After a hyphen or a space; after an apostrophe only behind one letter ("O'Neal", not "Yel'tsin").
            upper = c == '-' || c == ' ' || (c == '\'' || c == '\u2019') && i == 1;
        }
        String s = b.toString();
        if (s.length() > 3 && s.startsWith("Mc"))
            s = "Mc" + Character.toUpperCase(s.charAt(2)) + s.substring(3);
        return s;
    }

    /**
     * The surname a name has when nobody says which it is: its last word that is no suffix or regnal number
     * ("Joseph R. Biden, Jr." → "Biden", "Elizabeth II" → "Elizabeth").
     */
    public static String lastName(String name) {
        String[] words = name.strip().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("^[,.]+|[,.]+$", "");
            List<String> folded = tokens(w);
            if (!w.isEmpty() && !folded.isEmpty() && !(folded.size() == 1 && isSuffix(folded.get(0)))
                    && !w.matches("[IVX]+"))
                return w;
        }
        return name.strip();
    }

    /** The folded name with hyphens for spaces, for identifiers: "Tony Blair" → {@code tony-blair}. */
    public static String slug(String text) {
        return String.join("-", tokens(text));
    }

    /**
     * The identifier a person gets when a table gives none: the holder's code or the organization's name, then the
     * name ({@code gb/tony-blair}, {@code united-nations/kofi-annan}), like the person IRIs of the graph.
     */
    public static String personId(String holder, String name) {
        return slug(holder) + "/" + slug(name);
    }
}
