package org.diplograph.knowledge.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.knowledge.PartialDate;
import org.diplograph.knowledge.PersonNames;

/**
 * Persons in the CIA World Factbook's way of writing them: a title, then the name with the surname in capitals
 * ("Prime Minister Anthony (Tony) BLAIR (since 2 May 1997)", "President HU Jintao", "Vice President Albert GORE,
 * Jr."), several persons in a clause sharing one title ("Vice Premiers ZHU Rongji (since 8 April 1991), ZOU
 * Jiahua"). The surname marks where a name is; the words before it that are not title words are given names,
 * and words after it, when none come before, are the given names of a name written family name first.
 */
final class CapsNames {
    /** A person found in a clause, with the title before the name and the start date after it. */
    record Found(String title, ParsedName name, PartialDate since) {}

    /** Capitalized words that are titles, ranks or courtesies, never given names. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "president", "presidents", "vice", "prime", "minister", "ministers", "premier", "premiers", "deputy",
            "deputies", "first", "second", "third", "chancellor", "king", "queen", "emperor", "empress", "emir",
            "amir", "sultan", "prince", "princess", "crown", "heir", "apparent", "pope", "supreme", "leader",
            "chairman", "chairwoman", "chairperson", "co-prince", "archbishop", "bishop", "cardinal", "ambassador",
            "ambassadors", "charge", "chargé", "d'affaires", "counselor", "grand", "duke", "duchess", "governor",
            "general", "governor-general", "captain", "captains", "regent", "regents", "head", "state", "government",
            "council", "presidency", "interim", "acting", "transitional", "provisional", "federal", "executive",
            "secretary", "chief", "lieutenant", "colonel", "brigadier", "major", "gen.", "lt.", "col.", "maj.",
            "brig.", "adm.", "admiral", "marshal", "field", "dr.", "sir", "dame", "lord", "lady", "baroness",
            "sheikh", "shaykh", "shaikh", "hon.", "mr.", "mrs.", "ms.", "mullah", "ayatollah", "imam", "commander",
            "commander-in-chief", "senior", "affairs", "commission", "representative", "permanent", "high",
            "commissioner", "mayor", "paramount", "taoiseach", "tanaiste", "sovereign", "his", "her", "majesty",
            "royal", "highness", "excellency", "military", "junta", "revolutionary", "national", "people's",
            "republic", "assembly", "cabinet", "office", "the", "and", "of", "for", "foreign", "minister-counselor",
            "ambassador-designate", "co-princes", "monsignor", "reverend", "father", "gen", "lt", "col", "dr",
            "presidential", "coordinator", "premier-designate", "vice-president", "vice-premier", "co-prime",
            "hojjat", "ol-eslam", "marshall", "air", "vice-chairman", "chair", "member", "members", "members'",
            "speaker", "parliament", "union", "commission's", "european", "administrator", "administrative",
            "territorial", "high-commissioner", "resident", "senator", "general's", "prefect", "superior",
            "principal", "staff", "directorate", "director", "committee", "party", "congress", "front", "movement",
            "alliance", "coalition", "liberation", "army", "forces", "armed", "council's", "regency", "emirate",
            "kingdom", "sultanate", "state's", "rais", "caliph", "khalifa", "affaires", "d’affaires", "charg", "d'", "d’", "ad");
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "binti", "ibn", "al", "al-", "el", "el-", "de",
            "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "y", "i", "e",
            "ul", "ould", "abd", "abu", "ben", "ter", "zu", "ap", "mac");
    private static final Set<String> ACRONYMS = Set.of("NA", "US", "USA", "UK", "UN", "EU", "PRC", "USSR", "GDP",
            "NATO", "CEO", "MP", "MPS", "FSC", "PRD", "PRI", "PAN", "ANC", "KMT", "DPP", "PS", "PSD", "PSOE", "PP",
            "CDU", "CSU", "SPD", "FDP", "LDP", "BJP", "INC", "PPP", "PML", "PLO", "OAS", "AU", "ECOWAS", "SADC", "FAX",
            "DC", "NW", "II", "III", "IV", "VI", "VII", "VIII", "IX", "FRELIMO", "MPLA", "SWAPO", "ZANU", "ZANU-PF",
            "RPR", "UDF", "UDR", "PCF", "FN", "MRG", "RAD", "CDS", "PR", "APC", "NPP", "NDC", "PDP", "CPP", "SLPP");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");
    private static final Pattern TOKEN = Pattern.compile("\\(|\\)|,|[^\\s(),]+");
    private static final Pattern CAPS_PART = Pattern.compile("\\p{Lu}[\\p{Lu}'’.]*\\p{Lu}");
    private static final Pattern ROMAN = Pattern.compile("[IVX]+");
    private static final Pattern SINCE = Pattern.compile(
            "(?i)(?:^|[;,(]\\s*|\\s)(?:\\w+\\s+)?since\\s+(?:(\\d{1,2})\\s+)?(?:([A-Za-z]+)\\s+)?(\\d{4})");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\s*(\\d{1,2})\\s+([A-Za-z]+)\\s+(\\d{4})\\s*$");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private CapsNames() {}

    private record Tok(String text, int start, int end) {
        boolean is(String s) {
            return text.equals(s);
        }
    }

    /** The persons of a clause (text between semicolons), in order. */
    static List<Found> find(String clause) {
        List<Tok> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(clause);
        while (m.find())
            toks.add(new Tok(m.group(), m.start(), m.end()));
        List<Found> found = new ArrayList<>();
        int titleFrom = 0;
        String lastTitle = "";
        int i = 0;
        while (i < toks.size()) {
            if (!isCaps(toks, i)) {
                i++;
                continue;
            }
            // Left: given names (and a parenthesized nickname) back to a title word, punctuation or lower case.
            int left = i;
            String nickname = null;
            while (left > titleFrom) {
                Tok prev = toks.get(left - 1);
                if (prev.is(")") && left - 3 >= titleFrom && toks.get(left - 3).is("(")
                        && isGiven(toks.get(left - 2).text)) {
                    nickname = toks.get(left - 2).text;
                    left -= 3;
                } else if ((isGiven(prev.text) || isParticle(prev.text))
                        && !(left - 2 >= titleFrom && toks.get(left - 2).text.equalsIgnoreCase("of"))) {
                    // ("President of China XI Jinping": the word after "of" ends the title, it is no given name.)
                    left--;
                } else {
                    break;
                }
            }
            while (left < i && isParticle(toks.get(left).text))
                left++;
            // The surname: capital words, and particles between them.
            int right = i + 1;
            while (right < toks.size() && (isCaps(toks, right)
                    || isParticle(toks.get(right).text) && right + 1 < toks.size() && isCaps(toks, right + 1)))
                right++;
            int surnameEnd = right;
            // Trailing given names of a family-name-first name, or a second family name ("CALVINO Santamaria").
            while (right < toks.size() && (isGiven(toks.get(right).text) || isParticle(toks.get(right).text)))
                right++;
            while (right > surnameEnd && isParticle(toks.get(right - 1).text))
                right--;
            // ", Jr." after the name.
            int end = right;
            if (end + 1 < toks.size() && toks.get(end).is(",")
                    && SUFFIXES.contains(toks.get(end + 1).text.toLowerCase(Locale.ROOT)))
                end += 2;
            ParsedName name = name(toks, left, i, surnameEnd, right, nickname);
            String title = clean(clause.substring(toks.get(Math.min(titleFrom, left)).start,
                    left > titleFrom ? toks.get(left).start : toks.get(left).start));
            if (title.isEmpty() || title.equalsIgnoreCase("and"))
                title = lastTitle;
            lastTitle = title;
            int after = end < toks.size() ? toks.get(end).start : clause.length();
            PartialDate since = since(clause.substring(after));
            if (name != null)
                found.add(new Found(title, name, since));
            // Skip the parentheses that follow the name: nothing in them is a title of the next one.
            int j = end;
            while (j < toks.size() && toks.get(j).is("(")) {
                int depth = 0;
                do {
                    if (toks.get(j).is("("))
                        depth++;
                    else if (toks.get(j).is(")"))
                        depth--;
                    j++;
                } while (j < toks.size() && depth > 0);
            }
            titleFrom = j;
            i = Math.max(j, i + 1);
        }
        return found;
    }

    private static String clean(String title) {
        String t = title.replaceAll("\\*\\*\\*[^*]*\\*\\*\\*", " ").replaceAll("\\([^)]*\\)", " ").replaceAll("^[\\s,]*(and\\s+)?", "")
                .replaceAll("[\\s,:-]+$", "").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("(?i)^and\\b\\s*", "");
        // Courtesies and ranks between title and name are no part of the title: "Vice President Dr.".
        return t.replaceAll("(?i)(\\s+(dr|sir|gen|lt|col|maj|brig|adm|mr|mrs|ms|hon|sheikh|shaykh|dame|lord|prof)\\.?)+$", "");
    }

    private static ParsedName name(List<Tok> toks, int left, int caps, int surnameEnd, int right, String nickname) {
        List<String> given = new ArrayList<>();
        List<String> surname = new ArrayList<>();
        List<String> trailing = new ArrayList<>();
        for (int k = left; k < caps; k++) {
            String t = toks.get(k).text;
            if (t.equals("(") || t.equals(")") || t.equals(nickname) && k > left && toks.get(k - 1).is("("))
                continue;
            given.add(t);
        }
        for (int k = caps; k < surnameEnd; k++) {
            String t = toks.get(k).text;
            int hyphen = t.indexOf('-');
            // "Hoseini-KHAMENEI": the part before the hyphen is a given name joined to the surname.
            if (k == caps && hyphen > 0 && !isAllCaps(t.substring(0, hyphen)) && isAllCaps(t.substring(hyphen + 1))) {
                given.add(t.substring(0, hyphen + 1));
                surname.add(t.substring(hyphen + 1));
            } else {
                surname.add(t);
            }
        }
        for (int k = surnameEnd; k < right; k++)
            trailing.add(toks.get(k).text);
        // "JD VANCE": a leading capital word without a vowel is initials.
        while (surname.size() > 1 && given.isEmpty() && !surname.get(0).matches(".*[AEIOUY].*")) {
            given.add(surname.remove(0));
        }
        // Regnal numbers belong to the name but are no surname: "ELIZABETH II".
        List<String> regnal = new ArrayList<>();
        while (surname.size() > 1 && ROMAN.matcher(surname.get(surname.size() - 1)).matches())
            regnal.add(0, surname.remove(surname.size() - 1));
        if (surname.isEmpty())
            return null;
        String sn = display(surname);
        String full;
        List<String> aliases = new ArrayList<>();
        String regnalText = regnal.isEmpty() ? "" : " " + String.join(" ", regnal);
        if (given.isEmpty()) {
            full = sn + regnalText + (trailing.isEmpty() ? "" : " " + display(trailing));
        } else {
            String g = display(given);
            String joined = g.endsWith("-") ? g + sn : g + " " + sn;
            full = joined + regnalText + (trailing.isEmpty() ? "" : " " + display(trailing));
            if (nickname != null) {
                aliases.add(full);
                full = nickname + " " + sn + (trailing.isEmpty() ? "" : " " + display(trailing));
            }
        }
        return new ParsedName(full, sn, aliases);
    }

    private static String display(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words)
            out.add(PersonNames.displayCase(w));
        return String.join(" ", out).replace("- ", "-");
    }

    private static boolean isCaps(List<Tok> toks, int i) {
        String t = toks.get(i).text;
        String bare = t.replaceAll("[.,]+$", "");
        if (ACRONYMS.contains(bare) && !(ROMAN.matcher(bare).matches() && i > 0 && isCaps(toks, i - 1)))
            return false;
        // A regnal number after a name in capitals ("ELIZABETH II"); else a word like any other ("XI Jinping").
        if (ROMAN.matcher(bare).matches() && i > 0 && isCapsWord(toks.get(i - 1).text))
            return true;
        return isCapsWord(t);
    }

    private static boolean isCapsWord(String t) {
        if (t.matches("(\\p{Lu}\\.)+"))   // initials: "J.A."
            return false;
        Matcher m = CAPS_PART.matcher(t);
        if (!m.find())
            return false;
        // The whole word in capitals, or a hyphenated word ending in a capitals part ("Hoseini-KHAMENEI").
        return isAllCaps(t) || t.indexOf('-') > 0 && isAllCaps(t.substring(t.lastIndexOf('-') + 1));
    }

    private static boolean isAllCaps(String t) {
        return t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(Locale.ROOT))
                && t.chars().filter(Character::isLetter).count() >= 2;
    }

    private static boolean isGiven(String t) {
        if (t.isEmpty() || TITLE_WORDS.contains(t.toLowerCase(Locale.ROOT)))
            return false;
        if (t.matches("\\p{Lu}\\.(\\p{Lu}\\.)*"))   // initials: "R.", "J.P."
            return true;
        return Character.isUpperCase(t.charAt(0)) && t.length() > 1 && !isAllCaps(t)
                && t.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.');
    }

    private static boolean isParticle(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(l) && !t.equals(t.toUpperCase(Locale.ROOT))
                || (l.startsWith("al-") || l.startsWith("el-")) && Character.isLowerCase(t.charAt(0)) && !isCapsWord(t);
    }

    /** The start date in the text right after a name: "(since 2 May 1997)", "(17 March 2008)". */
    static PartialDate since(String after) {
        String s = after.stripLeading();
        // Only the parentheses right after the name (one or two: a party, then the date).
        StringBuilder groups = new StringBuilder();
        int pos = 0;
        for (int n = 0; n < 2 && pos < s.length() && s.charAt(pos) == '('; n++) {
            int close = s.indexOf(')', pos);
            if (close < 0)
                break;
            groups.append(s, pos + 1, close).append(" ; ");
            pos = close + 1;
            while (pos < s.length() && s.charAt(pos) == ' ')
                pos++;
        }
        String g = groups.toString();
        Matcher m = SINCE.matcher(g);
        if (m.find())
            return date(m.group(1), m.group(2), m.group(3)).orElse(null);
        for (String part : g.split(" ; ")) {
            Matcher d = DATE_ONLY.matcher(part);
            if (d.matches())
                return date(d.group(1), d.group(2), d.group(3)).orElse(null);
        }
        return null;
    }

    /** A date from day, month name and year, any of the first two missing. */
    static Optional<PartialDate> date(String day, String month, String year) {
        int y = Integer.parseInt(year);
        if (y < 1800 || y > 2100)
            return Optional.empty();
        int mo = month == null ? 0 : MONTHS.indexOf(month.toLowerCase(Locale.ROOT)) + 1;
        if (month != null && mo == 0)
            return Optional.of(PartialDate.ofYear(y));
        try {
            if (mo == 0)
                return Optional.of(PartialDate.ofYear(y));
            if (day == null)
                return Optional.of(PartialDate.ofMonth(y, mo));
            return Optional.of(PartialDate.of(java.time.LocalDate.of(y, mo, Integer.parseInt(day))));
        } catch (java.time.DateTimeException e) {
            return Optional.of(PartialDate.ofMonth(y, mo));
        }
    }
}
