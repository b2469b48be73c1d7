package org.diplograph.knowledge.build;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplograph.knowledge.PartialDate;
import org.diplograph.knowledge.PersonNames;

/**
 * Names and dates as the CAMEO dictionaries write them (PETRARCH2's Phoenix files, CountryInfo): names in capitals
 * with underscores ({@code TONY_BLAIR_}, {@code BAN_KI-MOON}) and dates as YYMMDD or YYYYMMDD, some of them
 * impossible ({@code 20070631}: the month's last day is meant).
 */
final class CameoNames {
    /** Leading words that are titles, not names ("PRIME_MINISTER_GORDON_BROWN"). */
    private static final Set<String> TITLE_WORDS = Set.of("president", "prime", "minister", "foreign", "acting",
            "king", "queen", "sheikh", "shaikh", "sheik", "dr", "dr.", "general", "gen", "gen.", "secretary-general",
            "secretary", "un", "u.n.", "united", "nations", "chancellor", "premier", "emir", "amir", "sultan",
            "former", "vice", "deputy", "interim", "sir", "mr", "mrs", "ms", "defense", "defence", "interior",
            "finance", "envoy", "ambassador", "spokesman", "senator", "governor", "baron", "jonkheer", "colonel",
            "lt", "lt.", "major", "ayatollah", "grand", "crown", "prince", "princess", "emperor", "supreme", "leader",
            "chairman", "chief", "commander", "marshal", "field", "admiral", "the", "of", "and");
    /** Words of headwords that are no persons ("MINISTRY_OF_DEFENSE", "ARMY_OFFICERS"). */
    private static final Set<String> NOT_PERSONS = Set.of("ministry", "government", "party", "council", "army",
            "forces", "police", "committee", "agency", "office", "department", "bank", "union", "association",
            "commission", "court", "cabinet", "parliament", "assembly", "senate", "national", "military", "officials",
            "official", "rebels", "soldiers", "troops", "people", "state", "republic", "kingdom", "province", "city",
            "university", "front", "movement", "organization", "organisation", "group", "company", "corporation",
            "ministers", "embassy", "delegation", "administration", "regime", "authority", "authorities", "guard",
            "navy", "air", "intelligence", "service", "services", "institute", "federation", "congress", "coalition",
            "alliance", "league", "secretariat", "fund", "programme", "program", "mission", "forum",
            "spokesman", "spokesperson", "citizens", "students", "workers", "media", "newspaper", "radio", "tv",
            "television", "news", "press");

    private CameoNames() {}

    /** The words of a CAMEO name without titles before it, or empty when the headword is no person. */
    static Optional<List<String>> words(String cameo) {
        String t = cameo.replaceAll("[\\p{Cntrl}]", "").replace('_', ' ').strip();
        List<String> words = new ArrayList<>();
        for (String w : t.split("\\s+"))
            if (!w.isEmpty())
                words.add(w);
        for (String w : words)
            if (NOT_PERSONS.contains(w.toLowerCase(Locale.ROOT)) || !w.matches("[\\p{L}.'’-]+"))
                return Optional.empty();
        while (!words.isEmpty() && TITLE_WORDS.contains(bare(words.get(0))))
            words.remove(0);
        // A title further in ("RUSSIAN_FOREIGN_MINISTER_LAVROV") makes the form a phrase, not a name.
        for (String w : words)
            if (Set.of("minister", "president", "secretary", "foreign", "chancellor", "premier", "ambassador",
                    "spokesman", "envoy", "vice-president", "president-elect", "gov", "governor", "mr", "mrs", "sen",
                    "senator", "rep", "gen", "former").contains(bare(w)))
                return Optional.empty();
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    /** A word lower-cased without a final period: "Mr." → "mr". */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** A person's name in text case from its CAMEO form: "TONY_BLAIR_" → "Tony Blair"; at least two words. */
    static Optional<ParsedName> name(String cameo) {
        return words(cameo).filter(w -> w.size() >= 2).map(w -> {
            List<String> shown = new ArrayList<>();
            for (String word : w) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (!shown.isEmpty() && word.matches("[IVX]+"))   // regnal numbers: "ELIZABETH_II"
                    shown.add(word);
                else
                    shown.add(Set.of("al", "bin", "ibn", "de", "da", "del", "van", "von", "der", "la", "le", "el")
                            .contains(lower) && !shown.isEmpty() ? lower : PersonNames.displayCase(word));
            }
            return new ParsedName(String.join(" ", shown), null, List.of());
        });
    }

    /** A date of YYMMDD (years to 2020 are this century) or YYYYMMDD; empty when malformed. */
    static Optional<PartialDate> date(String digits) {
        int y;
        String md;
        if (digits.matches("\\d{6}")) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            y = yy <= 20 ? 2000 + yy : 1900 + yy;
            md = digits.substring(2);
        } else if (digits.matches("\\d{8}")) {
            y = Integer.parseInt(digits.substring(0, 4));
            md = digits.substring(4);
        } else {
            return Optional.empty();
        }
        int m = Integer.parseInt(md.substring(0, 2));
        int d = Integer.parseInt(md.substring(2));
        if (m < 1 || m > 12)
            return Optional.of(PartialDate.ofYear(y));
        YearMonth ym = YearMonth.of(y, m);
        try {
            return Optional.of(PartialDate.of(LocalDate.of(y, m, Math.max(1, Math.min(d, ym.lengthOfMonth())))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
